package io.carepulse.platform.observability;

import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Where metrics and detailed health may be read. On the public port (the default), actuator
 * serves only the health status (UP or DOWN, with liveness and readiness): no components, no
 * details, no metrics, since anyone on the internet reaches that port. Metrics
 * ({@code /actuator/prometheus}) and detailed health are served only when a management port is
 * set ({@code MANAGEMENT_PORT}, on loopback unless {@code MANAGEMENT_ADDRESS} says otherwise),
 * which the operator keeps off the public network. These are defaults: explicit
 * {@code management.*} settings win.
 */
public class ManagementEndpointDefaults implements EnvironmentPostProcessor {

    static final String SOURCE = "carepulseManagementDefaults";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String managementPort = environment.getProperty("management.server.port");
        boolean separatePort = managementPort != null && !managementPort.isBlank();
        String exposure = separatePort ? "health,info,prometheus" : "health";
        String detail = separatePort ? "always" : "never";
        Map<String, Object> defaults = new HashMap<>(Map.of(
                "management.endpoints.web.exposure.include", exposure,
                "management.endpoint.health.show-components", detail,
                "management.endpoint.health.show-details", detail));
        if (separatePort) {
            defaults.put("management.server.address", environment.getProperty("MANAGEMENT_ADDRESS", "127.0.0.1"));
        }
        environment.getPropertySources().addLast(new MapPropertySource(SOURCE, defaults));
    }
}
