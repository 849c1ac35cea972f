package com.xingping.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class ClientAddressTest {

    @Test
    void withoutTrustedProxiesTheHeaderIsIgnored() {
        ClientAddress none = new ClientAddress("");

        assertThat(none.of(request("203.0.113.9", "10.9.9.9"))).isEqualTo("203.0.113.9");
    }

    @Test
    void aTrustedProxyIsBelievedAboutTheAddressItSaw() {
        ClientAddress nginx = new ClientAddress("10.0.0.5");

        assertThat(nginx.of(request("10.0.0.5", "198.51.100.23"))).isEqualTo("198.51.100.23");
        assertThat(nginx.of(request("10.0.0.5", null))).isEqualTo("10.0.0.5");
    }

    @Test
    void anUntrustedPeerCannotChooseItsAddressByHeader() {
        ClientAddress nginx = new ClientAddress("10.0.0.5");

        assertThat(nginx.of(request("203.0.113.9", "10.0.0.1"))).isEqualTo("203.0.113.9");
    }

    @Test
    void onlyTheAddressesAppendedByTrustedProxiesAreBelieved() {
        ClientAddress two = new ClientAddress("10.0.0.0/24, 192.168.1.1");

        // the client forged the first hop; 192.168.1.1 (trusted) saw 198.51.100.23, then 10.0.0.5 saw 192.168.1.1
        assertThat(two.of(request("10.0.0.5", "1.2.3.4, 198.51.100.23, 192.168.1.1"))).isEqualTo("198.51.100.23");
    }

    @Test
    void aHeaderThatIsNoAddressFallsBackToThePeer() {
        ClientAddress nginx = new ClientAddress("10.0.0.5");

        assertThat(nginx.of(request("10.0.0.5", "evil.example"))).isEqualTo("10.0.0.5");
    }

    @Test
    void ipv6RangesMatch() {
        ClientAddress v6 = new ClientAddress("fd00::/8");

        assertThat(v6.of(request("fd00::1", "2001:db8::7"))).isEqualTo("2001:db8::7");
        assertThat(v6.of(request("fe80::1", "2001:db8::7"))).isEqualTo("fe80::1");
    }

    @Test
    void aSettingThatIsNoAddressIsRefusedAtStartNamingIt() {
        assertThatThrownBy(() -> new ClientAddress("proxy.local")).hasMessageContaining("'proxy.local'");
        assertThatThrownBy(() -> new ClientAddress("10.0.0.0/33")).hasMessageContaining("prefix length");
    }

    private static MockHttpServletRequest request(String peer, String forwardedFor) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(peer);
        if (forwardedFor != null) {
            request.addHeader("X-Forwarded-For", forwardedFor);
        }
        return request;
    }
}
