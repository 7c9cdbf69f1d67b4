package io.carepulse.devidp;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The whole provider on a random port, one shared context for every integration test. The issuer
 * deliberately differs from the server address to prove it is configured, not derived.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "carepulse.idp.issuer=" + DevIdpTest.ISSUER, "carepulse.idp.spa-url=" + DevIdpTest.SPA_URL,
				"carepulse.idp.data-dir=target/test-idp-data" })
@AutoConfigureMockMvc
public @interface DevIdpTest {

	String ISSUER = "http://idp.carepulse.test";

	String SPA_URL = "http://spa.carepulse.test";

}
