package io.carepulse.devidp;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DataDirectoryConfiguration {

	@Bean
	DataDirectory dataDirectory(IdpProperties properties) {
		return new DataDirectory(properties.dataDir());
	}

}
