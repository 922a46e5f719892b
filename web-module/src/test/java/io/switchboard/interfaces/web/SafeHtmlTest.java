package io.switchboard.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SafeHtmlTest {

    private final SafeHtml safeHtml = new SafeHtml();

    @Test
    void aTicketsOwnInlineImageIsShownAndNoOtherImageIs() {
        assertEquals(
                "<p>See</p><img src=\"/files/12/34/inline\" alt=\"screen\">",
                safeHtml.clean("<p>See</p><img src=\"/files/12/34/inline\" alt=\"screen\" onload=\"alert(1)\">"
                        + "<img src=\"https://tracker.example/p.gif\"><img src=\"/files/12/34\">"
                        + "<img src=\"/files/12/34/inline?x=1\"><img src=\"//evil.example/files/1/2/inline\">"));
    }

    @Test
    void scriptNeverSurvives() {
        assertEquals("<p>Hi</p>", safeHtml.clean("<p>Hi</p><script>alert(1)</script>"));
    }
}
