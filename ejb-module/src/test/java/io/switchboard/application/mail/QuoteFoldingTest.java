package io.switchboard.application.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class QuoteFoldingTest {

    @Test
    void foldsFromTheAttributionLineInSeveralLanguages() {
        for (String attribution : new String[] {
            "On Tue, 1 Dec 2026 at 10:00, Desk <desk@example.com> wrote:",
            "Am 01.12.2026 um 10:00 schrieb Desk <desk@example.com>:",
            "Le mar. 1 déc. 2026 à 10:00, Desk <desk@example.com> a écrit :"
        }) {
            QuoteFolding.Split s = QuoteFolding.text("Thanks, that fixed it.\n\n" + attribution + "\n> Try a restart.");
            assertEquals("Thanks, that fixed it.", s.own(), attribution);
            assertTrue(s.folded().startsWith(attribution) && s.folded().endsWith("> Try a restart."), s.folded());
        }
    }

    @Test
    void foldsOutlooksHeaderBlockAndTheSignature() {
        QuoteFolding.Split outlook = QuoteFolding.text(
                "See below.\n\nFrom: Desk <desk@example.com>\nSent: Tuesday\n" + "Subject: Your ticket\n\nOld text");
        assertEquals("See below.", outlook.own());
        assertTrue(outlook.folded().startsWith("From: Desk"));
        QuoteFolding.Split original = QuoteFolding.text("Forwarding.\n-----Original Message-----\nFrom: x");
        assertEquals("Forwarding.", original.own());
        QuoteFolding.Split signature = QuoteFolding.text("The printer is offline.\n-- \nAnna Smith\nAcme Ltd");
        assertEquals("The printer is offline.", signature.own());
        assertEquals("-- \nAnna Smith\nAcme Ltd".strip(), signature.folded());
    }

    @Test
    void foldsATrailingQuoteButNotQuotesBetweenOwnWords() {
        QuoteFolding.Split tail = QuoteFolding.text("Still broken.\n\n> Did you restart it?\n>\n> Desk");
        assertEquals("Still broken.", tail.own());
        String inline = "> Did you restart it?\nYes, twice.\n> Is the light on?\nNo.";
        assertEquals(new QuoteFolding.Split(inline, ""), QuoteFolding.text(inline));
    }

    @Test
    void aMessageThatIsAllQuoteIsLeftAsItIs() {
        String all = "On Tue, Desk wrote:\n> Hello";
        assertEquals(new QuoteFolding.Split(all, ""), QuoteFolding.text(all));
        assertEquals(new QuoteFolding.Split("Just text.", ""), QuoteFolding.text("Just text."));
    }

    @Test
    void foldsTheQuoteContainersOfCommonMailersInHtml() {
        String gmail = "<div>Works now.</div><div class=\"gmail_quote\"><div>On Tue, Desk wrote:</div>"
                + "<blockquote>Try a restart.</blockquote></div>";
        String folded = QuoteFolding.html(gmail);
        assertTrue(folded.startsWith("<div>Works now.</div><details><summary>"), folded);
        assertTrue(folded.contains("Try a restart.</blockquote></div></details>"), folded);
        String apple = "<p>Yes.</p><blockquote type=\"cite\">Is it on?</blockquote><p>Sent from my phone</p>";
        assertTrue(QuoteFolding.html(apple)
                .contains("<details><summary>Quoted text and signature</summary>"
                        + "<blockquote type=\"cite\">Is it on?</blockquote><p>Sent from my phone</p></details>"));
        String onlyQuote = "<blockquote type=\"cite\">Is it on?</blockquote>";
        assertEquals(onlyQuote, QuoteFolding.html(onlyQuote));
    }
}
