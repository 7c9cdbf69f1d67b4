package io.carepulse;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The CarePulse GraphQL API. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CarePulseApplication {

    public static void main(String[] args) {
        SpringApplication.run(CarePulseApplication.class, args);
    }
}
