package io.switchboard.domain.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class MailboxPollStateTest {

    private static final Instant T0 = Instant.parse("2026-12-02T07:00:00Z");

    @Test
    void failuresCountInARowUntilAReadWorksAndTheLastErrorStaysOnRecord() {
        MailboxPollState s = new MailboxPollState(7);
        s.failed("login refused", T0);
        s.failed("login refused again", T0.plusSeconds(5));
        assertEquals(2, s.failuresInRow());
        assertEquals("login refused again", s.lastError());
        assertNull(s.lastSuccessAt());

        s.succeeded(0, T0.plusSeconds(15));
        assertEquals(0, s.failuresInRow());
        assertEquals("login refused again", s.lastError(), "history, not a current failure");
        assertEquals(T0.plusSeconds(15), s.lastPollAt());
    }

    @Test
    void anEmptyReadKeepsWhenMailLastCameAndHowMuch() {
        MailboxPollState s = new MailboxPollState(7);
        s.succeeded(3, T0);
        s.succeeded(0, T0.plusSeconds(1));
        assertEquals(T0, s.lastMailAt());
        assertEquals(3, s.lastTaken());
        assertEquals(T0.plusSeconds(1), s.lastPollAt());
    }

    @Test
    void aVeryLongReasonIsCutToTheColumn() {
        MailboxPollState s = new MailboxPollState(7);
        s.failed("x".repeat(5000), T0);
        assertEquals(MailboxPollState.MAX_ERROR, s.lastError().length());
    }
}
