package io.switchboard.interfaces.rest.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class CanonicalJsonTest {

    @Test
    void whitespaceAndMemberOrderDoNotChangeTheRequest() {
        assertEquals(
                CanonicalJson.of("{\"summary\":\"VPN down\",\"priority\":\"high\"}"),
                CanonicalJson.of("{\n  \"priority\" : \"high\",\n  \"summary\" : \"VPN down\"\n}\n"));
    }

    @Test
    void numbersAndEscapesAreSpelledOneWay() {
        assertEquals(CanonicalJson.of("{\"n\":1.0,\"s\":\"\\u0041\"}"), CanonicalJson.of("{\"s\":\"A\",\"n\":1}"));
    }

    @Test
    void anotherValueIsAnotherRequest() {
        assertNotEquals(CanonicalJson.of("{\"summary\":\"a\"}"), CanonicalJson.of("{\"summary\":\"b\"}"));
        assertNotEquals(CanonicalJson.of("[1,2]"), CanonicalJson.of("[2,1]"));
    }

    @Test
    void textThatIsNoJsonStaysAsItIs() {
        assertEquals("not json", CanonicalJson.of("not json"));
    }
}
