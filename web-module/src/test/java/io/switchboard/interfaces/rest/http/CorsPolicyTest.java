package io.switchboard.interfaces.rest.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CorsPolicyTest {

    @Test
    void noListMeansNoOtherSiteMayCall() {
        CorsPolicy off = CorsPolicy.of("");
        assertTrue(off.isOff());
        assertFalse(off.allows("https://evil.example"));
    }

    @Test
    void originsMatchExactlyWhateverTheirCaseOrTrailingSlash() {
        CorsPolicy policy = CorsPolicy.of("https://Tools.example.com/, http://localhost:3000");
        assertTrue(policy.allows("https://tools.example.com"));
        assertTrue(policy.allows("http://localhost:3000"));
        assertFalse(policy.allows("https://tools.example.com.evil.example"));
        assertFalse(policy.allows("http://tools.example.com"));
        assertFalse(policy.allows(null));
    }

    @Test
    void aPreflightMayAskOnlyForTheHeadersTheApiTakes() {
        assertEquals("", CorsPolicy.refusedHeaders("Authorization, Content-Type, If-Match"));
        assertEquals("x-debug", CorsPolicy.refusedHeaders("authorization, X-Debug"));
        assertTrue(CorsPolicy.allowsMethod("patch"));
        assertFalse(CorsPolicy.allowsMethod("TRACE"));
    }
}
