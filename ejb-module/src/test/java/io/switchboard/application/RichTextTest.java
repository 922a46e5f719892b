package io.switchboard.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.domain.shared.InvalidInputException;
import io.switchboard.domain.ticket.MessageBody;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class RichTextTest {

    private final RichText richText = new RichText();

    private String safe(String html) {
        return richText.fromHtml(html).safeHtml();
    }

    @Test
    void aMailsOwnImagesPointAtTheirFilesAndEveryOtherImageGoes() {
        MessageBody body = richText.fromMailHtml(
                "<p>Look:</p><img src=\"cid:%3Cshot1@mail.example%3E\" onerror=\"alert(1)\">"
                        + "<img src=\"https://tracker.example/pixel.gif\"><img src=\"cid:unknown@x\">"
                        + "<img src=\"data:image/png;base64,AAAA\"><img src=\"javascript:alert(1)\">",
                java.util.Map.of("shot1@mail.example", "/files/7/9/inline"));

        assertEquals("<p>Look:</p><img src=\"/files/7/9/inline\" loading=\"lazy\">", body.safeHtml());
        assertEquals("Look:", body.text());
    }

    @Test
    void htmlFromElsewhereKeepsNoImagesAtAll() {
        MessageBody body =
                richText.fromHtml("<p>Hi</p><img src=\"cid:shot1@mail.example\"><img src=\"/files/7/9/inline\">");

        assertEquals("<p>Hi</p>", body.safeHtml());
    }

    @Test
    void scriptsAreRemovedWithTheirContent() {
        MessageBody body = richText.fromHtml("<p>Hello</p><script>alert('pwned')</script>");

        assertFalse(body.safeHtml().toLowerCase(Locale.ROOT).contains("script"), body.safeHtml());
        assertFalse(body.safeHtml().contains("pwned"), body.safeHtml());
        assertEquals("Hello", body.text());
    }

    @Test
    void simpleMarkdownBecomesSafeHtml() {
        MessageBody body = richText.fromMarkdown(
                "Hi **Dana**,\r\n\r\nplease:\n- restart *Outlook*\n- run `outlook /safe`\n\nSee [the guide](https://kb.example/x) or"
                        + " https://kb.example/y.\n```\n<script>x</script>\n```\n<img src=x onerror=alert(1)>");

        String html = body.safeHtml();
        assertTrue(html.contains("<strong>Dana</strong>"), html);
        assertTrue(
                html.contains("<ul><li>restart <em>Outlook</em></li><li>run <code>outlook /safe</code></li></ul>"),
                html);
        assertTrue(
                html.contains("<a href=\"https://kb.example/x\" rel=\"nofollow noopener noreferrer\">the guide</a>"),
                html);
        assertTrue(html.contains("<a href=\"https://kb.example/y\""), html);
        assertTrue(html.contains("<pre><code>&lt;script&gt;x&lt;/script&gt;</code></pre>"), html);
        assertFalse(html.contains("<img"), "typed HTML stays text: " + html);
        assertTrue(body.text().contains("restart Outlook"), body.text());
    }

    @Test
    void aBrowsersLineBreaksKeepLinesAndParagraphs() {
        MessageBody body = richText.fromText("First line\r\nsecond line\r\n\r\nA new paragraph");

        assertEquals("<p>First line<br>second line</p><p>A new paragraph</p>", body.safeHtml());
        assertEquals("First line\nsecond line\n\nA new paragraph", body.text());
    }

    @Test
    void eventHandlersAreRemoved() {
        String html = safe("<p onclick=\"steal()\" onmouseover='steal()'>Click <b onload=x>me</b></p>");

        assertFalse(html.contains("steal"), html);
        assertFalse(html.toLowerCase(Locale.ROOT).contains("onload"), html);
        assertTrue(html.contains("<b>me</b>"), html);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "javascript:alert(1)",
                "JaVaScRiPt:alert(1)",
                " javascript:alert(1)",
                "data:text/html,<script>x</script>",
                "vbscript:msgbox(1)"
            })
    void dangerousLinksLoseTheirTarget(String href) {
        String html = safe("<a href=\"" + href + "\">pay here</a>");

        assertFalse(html.toLowerCase(Locale.ROOT).contains("script:"), html);
        assertFalse(html.contains("data:"), html);
        assertTrue(html.contains("pay here"), html);
    }

    @Test
    void linksGetRelNofollowNoopenerNoreferrer() {
        String html = safe("<a href=\"https://example.com/kb/42\" rel=\"opener\" target=\"_blank\">KB 42</a>");

        Element link = Jsoup.parseBodyFragment(html).selectFirst("a");
        assertEquals("https://example.com/kb/42", link.attr("href"));
        assertEquals("nofollow noopener noreferrer", link.attr("rel"));
    }

    @Test
    void mailtoLinksAreKept() {
        assertTrue(
                safe("<a href=\"mailto:help@desk.example\">mail us</a>").contains("href=\"mailto:help@desk.example\""));
    }

    @Test
    void stylesAreRemoved() {
        String html = safe("<style>body{display:none}</style><p style=\"position:fixed;top:0\">Hi</p>");

        assertFalse(html.contains("style"), html);
        assertFalse(html.contains("display:none"), html);
        assertEquals("<p>Hi</p>", html);
    }

    @Test
    void framesFormsAndObjectsAreRemoved() {
        String html =
                safe("<p>Hi</p><iframe src=\"https://evil.example\"></iframe><form action=\"https://evil.example\">"
                        + "<input name=\"password\"></form><object data=\"x.swf\"></object><embed src=\"x.swf\">");

        assertEquals("<p>Hi</p>", html);
    }

    @Test
    void remoteImagesAreRemovedSoNothingTracksTheReader() {
        String html =
                safe("<p>Screenshot:</p><img src=\"https://tracker.example/pixel.gif\" width=\"1\" height=\"1\">");

        assertFalse(html.contains("img"), html);
        assertFalse(html.contains("tracker"), html);
    }

    @Test
    void harmlessFormattingSurvives() {
        String html =
                safe("<p>A <strong>bold</strong> <em>claim</em></p><ul><li>one</li><li>two</li></ul><pre>code</pre>");

        assertEquals(
                "<p>A <strong>bold</strong> <em>claim</em></p><ul><li>one</li><li>two</li></ul><pre>code</pre>", html);
    }

    @Test
    void plainTextIsEscapedAndKeepsParagraphsAndLineBreaks() {
        MessageBody body =
                richText.fromText("Dear desk,\n\nif a < b && c > d then <script>x</script>\nthanks\r\n\r\n  Dana  ");

        assertEquals(
                "<p>Dear desk,</p><p>if a &lt; b &amp;&amp; c &gt; d then &lt;script&gt;x&lt;/script&gt;<br>thanks</p><p>Dana</p>",
                body.safeHtml());
        assertEquals("Dear desk,\n\nif a < b && c > d then <script>x</script>\nthanks\n\n  Dana", body.text());
    }

    @Test
    void theTextOfHtmlKeepsItsLineBreaks() {
        MessageBody body = richText.fromHtml("<p>First line<br>second line</p><p>Next paragraph</p><div>A block</div>");

        assertEquals("First line\nsecond line\nNext paragraph\nA block", body.text());
    }

    @Test
    void plainTextCollapsesRunsOfEmptyLines() {
        assertEquals(
                "one\n\ntwo",
                RichText.plainText(
                        Jsoup.parseBodyFragment("one<br><br><br><br><br>two").body()));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<script>alert(1)</script>",
                "<img src=\"https://tracker.example/p.gif\">",
                "<p> </p><br>",
                "<style>p{}</style>",
                "<iframe src=\"https://evil.example\"></iframe>"
            })
    void htmlThatIsBlankOnceSanitisedIsRefused(String html) {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> richText.fromHtml(html));

        assertEquals("body", refused.errors().get(0).field());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\n\t"})
    void blankBodiesAreRefused(String body) {
        assertEquals(
                "body",
                assertThrows(InvalidInputException.class, () -> richText.fromText(body))
                        .errors()
                        .get(0)
                        .field());
        assertEquals(
                "body",
                assertThrows(InvalidInputException.class, () -> richText.fromHtml(body))
                        .errors()
                        .get(0)
                        .field());
    }

    @Test
    void oversizedBodiesAreRefused() {
        String huge = "x".repeat(MessageBody.MAX_CHARS + 1);

        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> richText.fromText(huge));

        assertTrue(refused.errors().get(0).message().contains(Integer.toString(MessageBody.MAX_CHARS)));
    }
}
