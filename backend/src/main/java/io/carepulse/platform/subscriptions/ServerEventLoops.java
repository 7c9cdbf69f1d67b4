package io.carepulse.platform.subscriptions;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.ReactorResourceFactory;
import reactor.netty.resources.LoopResources;

/**
 * The server's event loops: one per core unless {@code SERVER_IO_THREADS} says otherwise. Reactor
 * Netty's default is at least four, which on a machine with fewer cores makes the loops take turns
 * on a core: a fan-out to thousands of sockets then holds up the requests on the waiting loops for
 * the operating system's time slices, not just for one slice of the fan-out (measured with
 * {@code make bench-liveqa} at 10,000 subscribers on 2 cores, three runs each: the approval
 * call's p99 went from 58.9–90.4 to 42.0–44.4 ms and delivery p50 from 93.3–113.7 to 81.2–85.5 ms,
 * with slices of 64). The server
 * takes its loops from this factory when it starts, as do the application's HTTP clients.
 */
@Configuration(proxyBeanMethods = false)
class ServerEventLoops {

    @Bean
    ReactorResourceFactory reactorResourceFactory(@Value("${carepulse.server.io-threads:0}") int configured) {
        int threads = configured > 0 ? configured : Runtime.getRuntime().availableProcessors();
        ReactorResourceFactory factory = new ReactorResourceFactory();
        factory.setUseGlobalResources(false);
        factory.setLoopResourcesSupplier(() -> LoopResources.create("reactor-http", threads, true));
        return factory;
    }
}
