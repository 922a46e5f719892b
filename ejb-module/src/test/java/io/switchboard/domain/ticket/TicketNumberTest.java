package io.switchboard.domain.ticket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.domain.shared.InvalidInputException;
import io.switchboard.testsupport.Ids;
import io.switchboard.testsupport.TicketFixture;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TicketNumberTest {

    @Test
    void formatsTheIdInSixDigits() {
        assertEquals("TKT-000123", new TicketNumber(123).toString());
        assertEquals("TKT-000001", new TicketNumber(1).toString());
        assertEquals("TKT-999999", new TicketNumber(999_999).toString());
    }

    @Test
    void numbersAboveSixDigitsKeepAllTheirDigits() {
        TicketNumber big = new TicketNumber(12_345_678);

        assertEquals("TKT-12345678", big.toString());
        assertEquals(big, TicketNumber.parse(big.toString()));
        assertEquals(Optional.of(big), TicketNumber.findIn("Re: [TKT-12345678] VPN down"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"TKT-000123", "tkt-123", "123", "  TKT-000123  ", "Tkt-0000000123", "000123"})
    void parsesTheFormsPeopleType(String text) {
        assertEquals(new TicketNumber(123), TicketNumber.parse(text));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {
                "TKT-",
                "TKT-abc",
                "TKT-12a",
                "printer",
                "0",
                "TKT-000000",
                "-5",
                "TKT--5",
                "TKT-+5",
                "TKT 123",
                "#123",
                "1234567890123456",
                "1.5"
            })
    void refusesAnythingElse(String text) {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> TicketNumber.parse(text));

        assertEquals("ticket", refused.errors().get(0).field());
    }

    @Test
    void zeroAndNegativeIdsAreNotTicketNumbers() {
        assertThrows(IllegalArgumentException.class, () -> new TicketNumber(0));
        assertThrows(IllegalArgumentException.class, () -> new TicketNumber(-1));
    }

    @Test
    void findsTheTagInAnEmailSubject() {
        assertEquals(Optional.of(new TicketNumber(42)), TicketNumber.findIn("Re: [TKT-000042] Printer on fire"));
        assertEquals(Optional.of(new TicketNumber(42)), TicketNumber.findIn("AW: [tkt-000042]"));
        assertEquals(
                Optional.of(new TicketNumber(7)),
                TicketNumber.findIn("TKT-000007 and TKT-000008"),
                "the first tag wins");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"Printer on fire", "Order 000042", "TKT-42 is short", "XTKT-000042", "TKT-000042X"})
    void findsNothingWithoutAFullTag(String subject) {
        assertEquals(Optional.empty(), TicketNumber.findIn(subject));
    }

    @Test
    void tellsATicketReferenceFromFreeText() {
        assertTrue(TicketNumber.looksLikeOne("TKT-000123"));
        assertTrue(TicketNumber.looksLikeOne("tkt-5"));
        assertFalse(TicketNumber.looksLikeOne("123"), "a bare number is more likely a search term");
        assertFalse(TicketNumber.looksLikeOne("printer"));
        assertFalse(TicketNumber.looksLikeOne(null));
    }

    @Test
    void aTicketsNumberIsItsId() {
        Ticket ticket = Ids.assign(new TicketFixture().open(), 123);

        assertEquals("TKT-000123", ticket.number().toString());
    }
}
