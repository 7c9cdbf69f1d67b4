package io.carepulse.platform.limits;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.List;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;

/**
 * The address of the client behind a request. The socket's peer, unless that peer is one of the
 * trusted reverse proxies ({@code TRUSTED_PROXIES}, e.g. the compose nginx): then
 * {@code X-Forwarded-For} is read from the right, skipping trusted proxies, and the first other
 * address is the client. Anyone else's {@code X-Forwarded-For} is ignored, so a client cannot
 * choose its own address to dodge a limit.
 */
@Component
public class ClientAddresses {

    private final List<Cidr> trusted;

    public ClientAddresses(LimitSettings settings) {
        this.trusted = settings.trustedProxies().stream().map(Cidr::parse).toList();
    }

    public String of(ServerHttpRequest request) {
        return resolve(request.getRemoteAddress(), request.getHeaders().get("X-Forwarded-For"));
    }

    /** As {@link #of(ServerHttpRequest)}, from the peer address and the {@code X-Forwarded-For} header values. */
    public String resolve(InetSocketAddress peer, List<String> forwardedFor) {
        String address = peer == null || peer.getAddress() == null ? "unknown" : peer.getAddress().getHostAddress();
        if (!isTrusted(address) || forwardedFor == null) {
            return address;
        }
        List<String> hops = forwardedFor.stream().flatMap(value -> java.util.Arrays.stream(value.split(",")))
                .map(String::strip).filter(hop -> !hop.isEmpty()).toList();
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = hops.get(i);
            if (!isIpLiteral(hop)) {
                return address; // a garbled header: fall back to the proxy we know
            }
            if (!isTrusted(hop)) {
                return hop;
            }
        }
        return address;
    }

    private boolean isTrusted(String address) {
        if (!isIpLiteral(address)) {
            return false;
        }
        byte[] bytes = bytes(address);
        for (Cidr block : trusted) {
            if (block.contains(bytes)) {
                return true;
            }
        }
        return false;
    }

    /** The bytes of an IP literal (never a DNS lookup: callers pass literals only). */
    static byte[] bytes(String literal) {
        try {
            return InetAddress.getByName(literal).getAddress();
        } catch (UnknownHostException e) {
            return new byte[0];
        }
    }

    /** A block of addresses such as {@code 10.0.0.0/8}, {@code 172.16.0.0/12} or {@code ::1/128}. */
    record Cidr(byte[] network, int prefix) {

        static Cidr parse(String block) {
            int slash = block.indexOf('/');
            String address = slash < 0 ? block : block.substring(0, slash);
            if (!isIpLiteral(address)) {
                throw new IllegalArgumentException("Not an IP address block: " + block
                        + " (TRUSTED_PROXIES takes addresses such as 10.0.0.0/8, never host names)");
            }
            byte[] network = bytes(address);
            int prefix = slash < 0 ? network.length * 8 : Integer.parseInt(block.substring(slash + 1));
            if (prefix < 0 || prefix > network.length * 8) {
                throw new IllegalArgumentException("Bad prefix length in " + block);
            }
            return new Cidr(network, prefix);
        }

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int full = prefix / 8;
            for (int i = 0; i < full; i++) {
                if (address[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefix % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xFF << (8 - rest)) & 0xFF;
            return (address[full] & mask) == (network[full] & mask);
        }
    }

    /** An IPv4 or IPv6 literal, never a host name (which a matcher would look up in DNS). */
    static boolean isIpLiteral(String value) {
        return value.matches("[0-9.]{7,15}") || (value.contains(":") && value.matches("[0-9a-fA-F:.]{2,45}"));
    }
}
