package io.switchboard.infrastructure.outbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.domain.plugin.AllowList;
import io.switchboard.plugin.OutboundGuard;
import io.switchboard.plugin.OutboundGuard.TargetRefused;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HostOutboundGuardTest {

    private static HostOutboundGuard.Resolver dns(String... addresses) {
        return host -> {
            InetAddress[] out = new InetAddress[addresses.length];
            for (int i = 0; i < addresses.length; i++) {
                out[i] = InetAddress.getByName(addresses[i]);
            }
            return out;
        };
    }

    private static HostOutboundGuard guard(List<String> allow, HostOutboundGuard.Resolver dns) {
        return new HostOutboundGuard(AllowList.of(allow), dns);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "127.0.0.1",
                "10.1.2.3",
                "172.16.0.9",
                "192.168.1.1",
                "169.254.169.254",
                "100.64.0.1",
                "0.0.0.0",
                "192.0.0.8",
                "198.18.0.1",
                "198.19.255.254",
                "240.0.0.1",
                "255.255.255.255",
                "224.0.0.1",
                "239.255.255.250",
                "::1",
                "fe80::1",
                "fd00::1",
                "fec0::1",
                "::ffff:127.0.0.1",
                "::ffff:10.0.0.1",
                "64:ff9b::7f00:1",
                "2002:7f00:1::1",
                "2002:c0a8:101::",
                "2002:a00:1::5",
                "2001:0:4136:e378:8000:63bf:3fff:fdd2",
                "2001::1",
                "ff02::1",
                "ff05::1:3",
                "::"
            })
    void refusesInternalAddressesBehindAName(String address) {
        TargetRefused refused = assertThrows(
                TargetRefused.class, () -> guard(List.of(), dns(address)).check("hooks.example.com", 443));
        assertTrue(refused.getMessage().contains("resolves to"), refused.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.216.34", "2606:2800:220:1:248:1893:25c8:1946", "2002:5db8:d822::1", "8.8.8.8"})
    void letsPublicAddressesThrough(String address) throws Exception {
        OutboundGuard.Target target = guard(List.of(), dns(address)).check("public.example.com", 25);
        assertEquals(InetAddress.getByName(address), target.address());
        assertEquals("public.example.com", target.host());
        assertEquals(25, target.port());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"2130706433", "0177.0.0.1", "0x7f000001", "0x7f.0.0.1", "127.1", "017700000001", "127.0.0.01"})
    void refusesAmbiguousNumericHostsBeforeResolvingThem(String host) {
        HostOutboundGuard guard = guard(List.of(), h -> {
            throw new AssertionError("must not resolve " + h);
        });
        TargetRefused refused = assertThrows(TargetRefused.class, () -> guard.check(host, 80));
        assertTrue(refused.getMessage().contains("ambiguous"), refused.getMessage());
    }

    @Test
    void refusesLiteralLoopbackAndMappedAddressesInUrls() {
        HostOutboundGuard guard = HostOutboundGuard.of(AllowList.NONE);
        assertThrows(TargetRefused.class, () -> guard.check(URI.create("http://127.0.0.1:8080/")));
        assertThrows(TargetRefused.class, () -> guard.check(URI.create("http://[::ffff:7f00:1]/")));
        assertThrows(TargetRefused.class, () -> guard.check(URI.create("http://[::1]/")));
        assertThrows(TargetRefused.class, () -> guard.check(URI.create("http://[2002:7f00:1::1]/")));
        assertThrows(TargetRefused.class, () -> guard.check(URI.create("ftp://example.com/")));
    }

    @Test
    void refusesWhenAnyResolvedAddressIsInternal() {
        assertThrows(
                TargetRefused.class,
                () -> guard(List.of(), dns("93.184.216.34", "10.0.0.5")).check("mixed.example.com", 443));
    }

    @Test
    void refusesBadPortsAndNamesThatDoNotResolve() {
        assertThrows(
                TargetRefused.class,
                () -> guard(List.of(), dns("93.184.216.34")).check("x.example", 0));
        assertThrows(
                TargetRefused.class,
                () -> guard(List.of(), dns("93.184.216.34")).check("x.example", 65536));
        assertThrows(
                TargetRefused.class,
                () -> guard(List.of(), dns("93.184.216.34")).check("a b", 80));
        assertThrows(
                TargetRefused.class,
                () -> guard(List.of(), h -> {
                            throw new UnknownHostException(h);
                        })
                        .check("nowhere.invalid", 443));
    }

    @Test
    void resolvesOnceAndReturnsTheCheckedAddressAgainstRebinding() throws Exception {
        AtomicInteger lookups = new AtomicInteger();
        HostOutboundGuard.Resolver rebinding = host -> lookups.getAndIncrement() == 0
                ? new InetAddress[] {InetAddress.getByName("93.184.216.34")}
                : new InetAddress[] {InetAddress.getByName("127.0.0.1")};
        OutboundGuard.Target target = guard(List.of(), rebinding).check("rebind.example.com", 8443);
        assertEquals(1, lookups.get());
        assertEquals("93.184.216.34", target.addressLiteral());
    }

    @Test
    void theAllowListOpensNamedHostsAndRanges() throws Exception {
        assertNotNull(guard(List.of("127.0.0.0/8"), dns("127.0.0.1")).check("localhost", 9000));
        assertNotNull(guard(List.of("smtp.corp.example"), dns("10.2.3.4")).check("SMTP.corp.example", 587));
        assertNotNull(guard(List.of("fd00::/8"), dns("fd12::1")).check("v6.corp.example", 80));
        assertThrows(
                TargetRefused.class,
                () -> guard(List.of("10.0.0.0/8"), dns("192.168.0.1")).check("x.example", 80));
    }

    @Test
    void allowListEntriesAreChecked() {
        assertTrue(AllowList.problem(List.of("10.0.0.0/8", "hooks.corp.example", "fd00::/8", "127.0.0.1", " "))
                .isEmpty());
        assertTrue(AllowList.problem(List.of("10.0.0.0/99")).isPresent());
        assertTrue(AllowList.problem(List.of("not a host")).isPresent());
        assertThrows(IllegalArgumentException.class, () -> AllowList.of(List.of("10.0.0.0/8/8")));
    }
}
