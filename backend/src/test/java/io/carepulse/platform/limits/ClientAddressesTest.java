package io.carepulse.platform.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

/** X-Forwarded-For counts only from trusted proxies, read from the right. */
class ClientAddressesTest {

    private final ClientAddresses addresses = new ClientAddresses(new LimitSettings(
            List.of("172.16.0.0/12", "::1/128"), 0, 0, 0, null, null, null));

    @Test
    void aClientCannotChooseItsOwnAddress() {
        assertThat(addresses.resolve(peer("203.0.113.7"), List.of("10.9.9.9"))).isEqualTo("203.0.113.7");
    }

    @Test
    void behindATrustedProxyTheRightmostUntrustedHopIsTheClient() {
        assertThat(addresses.resolve(peer("172.18.0.5"), List.of("198.51.100.4"))).isEqualTo("198.51.100.4");
        // The client prepended a forged hop; the proxy appended the address it saw.
        assertThat(addresses.resolve(peer("172.18.0.5"), List.of("10.9.9.9, 198.51.100.4")))
                .isEqualTo("198.51.100.4");
        // Two trusted proxies in a row.
        assertThat(addresses.resolve(peer("172.18.0.5"), List.of("198.51.100.4, 172.20.0.2")))
                .isEqualTo("198.51.100.4");
        assertThat(addresses.resolve(peer("::1"), List.of("2001:db8::1"))).isEqualTo("2001:db8::1");
    }

    @Test
    void aGarbledHeaderFallsBackToTheProxyAndHostNamesAreNeverLookedUp() {
        assertThat(addresses.resolve(peer("172.18.0.5"), List.of("evil.example.org"))).isEqualTo("172.18.0.5");
        assertThatThrownBy(() -> new ClientAddresses(new LimitSettings(List.of("proxy.internal"), 0, 0, 0, null, null,
                null))).hasMessageContaining("never host names");
    }

    private static InetSocketAddress peer(String address) {
        return new InetSocketAddress(address, 40000);
    }
}
