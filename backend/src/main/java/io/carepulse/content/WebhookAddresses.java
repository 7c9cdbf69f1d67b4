package io.carepulse.content;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Where a webhook may post: an HTTPS URL whose host resolves only to public addresses — never
 * loopback, private, link-local, carrier-grade NAT, multicast or unspecified ones (so a webhook
 * cannot reach the cluster's own services or a cloud's metadata endpoint). The address checked is
 * the one connected to ({@link WebhookPublisher} pins it), so a name that resolves differently the
 * second time (DNS rebinding) gains nothing.
 */
final class WebhookAddresses {

    private WebhookAddresses() {
    }

    /** Why a URL may not be a webhook, in words; null when it may (before resolving its host). */
    static String refusal(URI url, boolean development) {
        if (url == null || url.getHost() == null) {
            return "Enter the webhook's full address, starting with https://";
        }
        if (!"https".equalsIgnoreCase(url.getScheme()) && !(development && "http".equalsIgnoreCase(url.getScheme()))) {
            return "The webhook must use https://";
        }
        if (url.getUserInfo() != null) {
            return "Leave names and passwords out of the webhook's address";
        }
        return null;
    }

    /** The host's addresses, resolved off the event loop; an error when any is not public. */
    static Mono<InetAddress> resolve(URI url, boolean development) {
        return Mono.fromCallable(() -> List.of(InetAddress.getAllByName(url.getHost())))
                .subscribeOn(Schedulers.boundedElastic())
                .onErrorMap(UnknownHostException.class, e -> new WebhookRefused("The webhook's host is not found"))
                .flatMap(addresses -> {
                    for (InetAddress address : addresses) {
                        if (!development && !isPublic(address)) {
                            return Mono.error(new WebhookRefused("The webhook's host is a private or local address"));
                        }
                    }
                    return Mono.just(addresses.getFirst());
                });
    }

    static boolean isPublic(InetAddress address) {
        if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = bytes[0] & 0xff;
            int second = bytes[1] & 0xff;
            // 0.0.0.0/8, carrier-grade NAT 100.64.0.0/10, 192.0.0.0/24, benchmarking 198.18.0.0/15, 240.0.0.0/4
            return first != 0 && !(first == 100 && second >= 64 && second <= 127)
                    && !(first == 192 && second == 0 && (bytes[2] & 0xff) == 0)
                    && !(first == 198 && (second == 18 || second == 19)) && first < 240;
        }
        if (address instanceof Inet6Address) {
            int first = bytes[0] & 0xff;
            // Unique local fc00::/7; an IPv4-mapped address is judged as IPv4 by the JDK already.
            return (first & 0xfe) != 0xfc;
        }
        return true;
    }

    /** A webhook that may not be posted to, with why. */
    static final class WebhookRefused extends RuntimeException {
        WebhookRefused(String message) {
            super(message, null, false, false);
        }
    }
}
