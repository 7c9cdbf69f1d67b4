package io.carepulse.platform.graphql;

import graphql.i18n.I18n;
import java.util.Locale;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * graphql-java reads its error-message bundles from the jar on first use per locale. Doing that
 * on a Netty event loop would block it (BlockHound catches it in tests), so the bundles are loaded
 * once at startup and every request uses that one locale: API error messages are in English.
 */
@Component
class MessageBundles implements WebGraphQlInterceptor, SmartInitializingSingleton {

    static final Locale LOCALE = Locale.ENGLISH;

    @Override
    public void afterSingletonsInstantiated() {
        for (I18n.BundleType type : I18n.BundleType.values()) {
            I18n.i18n(type, LOCALE);
        }
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        request.configureExecutionInput((input, builder) -> builder.locale(LOCALE).build());
        return chain.next(request);
    }
}
