package io.switchboard.application.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReplyAddressesTest {

    private static final Addressee REQUESTER =
            new Addressee(null, "Megan Bowen", "megan@contoso.example", Addressee.Role.REQUESTER);
    private static final Addressee ASSIGNEE = new Addressee("sam", "Sam", "sam@desk.example", Addressee.Role.ASSIGNEE);

    private static List<String> emails(List<Addressee> list) {
        return list.stream().map(Addressee::email).toList();
    }

    @Test
    void ccAddsToWhoeverHearsAnywayEachAddressOnce() {
        List<Addressee> out = new ArrayList<>(List.of(ASSIGNEE, REQUESTER));
        ReplyAddresses.of(Map.of("to", "", "cc", "Lee@Contoso.example,megan@contoso.example, lee@contoso.example"))
                .applyTo(out, REQUESTER.email(), a -> a.startsWith("lee") ? Optional.of("Lee Gu") : Optional.empty());
        assertEquals(List.of("sam@desk.example", "megan@contoso.example", "lee@contoso.example"), emails(out));
        Addressee lee = out.get(2);
        assertEquals("Lee Gu", lee.name());
        assertTrue(lee.isRequester(), "a copied address gets the public reply and its own reply token");
    }

    @Test
    void toReplacesTheRequester() {
        List<Addressee> out = new ArrayList<>(List.of(ASSIGNEE, REQUESTER));
        ReplyAddresses.of(Map.of("to", "it@contoso.example", "cc", ""))
                .applyTo(out, REQUESTER.email(), a -> Optional.empty());
        assertEquals(List.of("sam@desk.example", "it@contoso.example"), emails(out));
    }

    @Test
    void toThatNamesTheRequesterKeepsThem() {
        List<Addressee> out = new ArrayList<>(List.of(REQUESTER));
        ReplyAddresses.of(Map.of("to", "megan@contoso.example,it@contoso.example"))
                .applyTo(out, REQUESTER.email(), a -> Optional.empty());
        assertEquals(List.of("megan@contoso.example", "it@contoso.example"), emails(out));
    }

    @Test
    void aReplyAddressedToNobodyChangesNothing() {
        assertFalse(ReplyAddresses.of(Map.of()).any());
        assertFalse(ReplyAddresses.of(Map.of("to", "", "cc", " ")).any());
        List<Addressee> out = new ArrayList<>(List.of(REQUESTER));
        ReplyAddresses.of(Map.of()).applyTo(out, REQUESTER.email(), a -> Optional.empty());
        assertEquals(List.of(REQUESTER), out);
    }
}
