package io.switchboard.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 11, finding 7: a password is compared as typed, never trimmed or cleaned first. */
class PasswordsIT {

    @Test
    void aPasswordWithWhitespaceOrControlCharactersAddedIsWrong() {
        String from = "198.18.7." + (1 + new java.util.Random().nextInt(250));
        List<String> accepted = new ArrayList<>();
        for (String variant : List.of(
                "switchboard ",
                " switchboard",
                "switchboard\t",
                "\tswitchboard",
                "switchboard\n",
                "switchboard\u0000",
                "switchboard\u00a0",
                "\u200bswitchboard")) {
            if (LoginThrottleIT.signIn("agent", variant, from).statusCode() == 200) {
                accepted.add(variant.replace("\t", "\\t").replace("\n", "\\n").replace("\u0000", "\\0"));
            }
        }
        assertEquals(List.of(), accepted);
        assertEquals(
                200,
                LoginThrottleIT.signIn("agent", "switchboard", "198.18.8.1").statusCode());
    }

    @Test
    void thePortalComparesThePasswordAsTypedToo() {
        PortalSession portal = new PortalSession("198.18.9." + (1 + new java.util.Random().nextInt(250)));
        HttpResponse<String> refused = portal.signIn("agent", " switchboard ");
        assertEquals(401, refused.statusCode(), "the login page again: refused");
        assertTrue(refused.body().contains("Wrong user name or password"));
        assertEquals(302, portal.signIn("agent", "switchboard").statusCode());
    }
}
