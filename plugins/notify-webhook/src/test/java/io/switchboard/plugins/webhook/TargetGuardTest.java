package io.switchboard.plugins.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class TargetGuardTest {

    private static TargetGuard.Resolver dns(String... addresses) {
        return host -> {
            InetAddress[] out = new InetAddress[addresses.length];
            for (int i = 0; i < addresses.length; i++) {
                out[i] = InetAddress.getByName(addresses[i]);
            }
            return out;
        };
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "10.1.2.3", "172.16.0.9", "192.168.1.1", "169.254.169.254", "100.64.0.1", "0.0.0.0",
        "::1", "fe80::1", "fd00::1", "::ffff:127.0.0.1", "::ffff:10.0.0.1", "64:ff9b::7f00:1", "224.0.0.1", "::"})
    void refusesInternalAddressesBehindAName(String address) {
        TargetGuard guard = new TargetGuard(List.of(), dns(address));
        TargetGuard.Refused refused = assertThrows(TargetGuard.Refused.class, () -> guard.check("https://hooks.example.com/x"));
        assertTrue(refused.getMessage().contains(address.equals("::") ? "unspecified" : "resolves to"), refused.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://2130706433/", "http://0177.0.0.1/", "http://0x7f000001/", "http://0x7f.0.0.1/", "http://127.1/",
        "http://017700000001/", "http://127.0.0.01/"})
    void refusesAmbiguousNumericHostsBeforeResolvingThem(String url) {
        TargetGuard guard = new TargetGuard(List.of(), host -> {
            throw new AssertionError("must not resolve " + host);
        });
        TargetGuard.Refused refused = assertThrows(TargetGuard.Refused.class, () -> guard.check(url));
        assertTrue(refused.getMessage().contains("ambiguous"), refused.getMessage());
    }

    @Test
    void refusesLiteralLoopbackAndMappedAddresses() {
        TargetGuard guard = new TargetGuard(List.of(), InetAddress::getAllByName);
        assertThrows(TargetGuard.Refused.class, () -> guard.check("http://127.0.0.1:8080/"));
        assertThrows(TargetGuard.Refused.class, () -> guard.check("http://[::ffff:7f00:1]/"));
        assertThrows(TargetGuard.Refused.class, () -> guard.check("http://[::1]/"));
    }

    @Test
    void refusesWhenAnyResolvedAddressIsInternal() {
        TargetGuard guard = new TargetGuard(List.of(), dns("93.184.216.34", "10.0.0.5"));
        assertThrows(TargetGuard.Refused.class, () -> guard.check("https://mixed.example.com/"));
    }

    @Test
    void resolvesOnceAndPinsTheCheckedAddressAgainstRebinding() throws Exception {
        AtomicInteger lookups = new AtomicInteger();
        TargetGuard.Resolver rebinding = host -> lookups.getAndIncrement() == 0
                ? new InetAddress[] {InetAddress.getByName("93.184.216.34")}
                : new InetAddress[] {InetAddress.getByName("127.0.0.1")};
        TargetGuard.Target target = new TargetGuard(List.of(), rebinding).check("https://rebind.example.com:8443/hook?a=1");
        assertEquals(1, lookups.get());
        assertEquals("https://93.184.216.34:8443/hook?a=1", target.pinned().toString());
        assertEquals("rebind.example.com:8443", target.hostHeader());
    }

    @Test
    void theAllowListOpensNamedHostsAndRanges() throws Exception {
        assertNotNull(new TargetGuard(List.of("127.0.0.0/8"), dns("127.0.0.1")).check("http://localhost:9000/"));
        assertNotNull(new TargetGuard(List.of("hooks.corp.example"), dns("10.2.3.4")).check("http://hooks.corp.example/"));
        assertNotNull(new TargetGuard(List.of("fd00::/8"), dns("fd12::1")).check("http://v6.corp.example/"));
        assertThrows(TargetGuard.Refused.class, () -> new TargetGuard(List.of("10.0.0.0/8"), dns("192.168.0.1")).check("http://x.example/"));
    }

    @Test
    void acceptsPublicAddressesAndRefusesOtherSchemesAndCredentials() throws Exception {
        assertNotNull(new TargetGuard(List.of(), dns("93.184.216.34")).check("https://hooks.slack.com/services/T/B/X"));
        assertThrows(TargetGuard.Refused.class, () -> new TargetGuard(List.of(), dns("93.184.216.34")).check("ftp://x.example/"));
        assertThrows(TargetGuard.Refused.class, () -> new TargetGuard(List.of(), dns("93.184.216.34")).check("https://user:pw@x.example/"));
        assertThrows(TargetGuard.Refused.class, () -> new TargetGuard(List.of(), host -> {
            throw new UnknownHostException(host);
        }).check("https://nowhere.invalid/"));
    }

    @Test
    void checksAllowListSyntax() {
        assertNull(TargetGuard.checkAllowList(List.of("10.0.0.0/8", "hooks.corp.example", "fd00::/8", "127.0.0.1")));
        assertNotNull(TargetGuard.checkAllowList(List.of("10.0.0.0/99")));
        assertNotNull(TargetGuard.checkAllowList(List.of("not a host")));
    }
}
