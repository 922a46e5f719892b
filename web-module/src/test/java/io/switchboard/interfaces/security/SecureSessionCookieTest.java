package io.switchboard.interfaces.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SecureSessionCookieTest {

    @Test
    void theNewIdTakesTheVersionAndCloneOfTheCookieTheClientHad() {
        assertEquals(
                "0000NEWID:f39037a3-8e67",
                SecureSessionCookie.value("NEWID", "0000W6gLB-oEaPEQLz2w8p7oyww:f39037a3-8e67"));
        assertEquals("0003NEWID", SecureSessionCookie.value("NEWID", "0003OLDID"));
    }

    @Test
    void withoutACookieItIsTheFirstVersion() {
        assertEquals("0000NEWID", SecureSessionCookie.value("NEWID", null));
        assertEquals("0000NEWID", SecureSessionCookie.value("NEWID", ""));
    }
}
