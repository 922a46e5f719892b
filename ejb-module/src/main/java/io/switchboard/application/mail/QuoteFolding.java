package io.switchboard.application.mail;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * Finds where a message's own words end and the quoted history or the signature begins, so the
 * ticket shows them folded away ({@code <details>}) while the text and the raw message keep
 * everything: for plain text the "On ... wrote:" line in the usual languages, Outlook's
 * "-----Original Message-----" or From:/Sent: block, a trailing run of "&gt;" lines and the "-- "
 * signature delimiter; for HTML the quote containers of Gmail, Apple Mail, Thunderbird and Outlook.
 */
final class QuoteFolding {

    static final String SUMMARY = "Quoted text and signature";

    private static final List<Pattern> STARTS = List.of(
            Pattern.compile(
                    "^(On|Le|El|Il|Op|Den|På) .{4,300}(wrote|a écrit|escribió|ha scritto|schreef|skrev)\\s*:\\s*$",
                    Pattern.CASE_INSENSITIVE),
            Pattern.compile("^Am .{4,300} schrieb .{1,300}:\\s*$"), // German names the writer after the verb
            Pattern.compile(
                    "^-{2,}\\s*(Original Message|Ursprüngliche Nachricht|Message d'origine|Mensaje original|Forwarded message)\\s*-{2,}\\s*$",
                    Pattern.CASE_INSENSITIVE),
            Pattern.compile("^_{20,}\\s*$"),
            Pattern.compile("^-- ?$"));
    private static final Pattern OUTLOOK_FROM =
            Pattern.compile("^\\*?(From|Von|De)\\*?:\\s.+", Pattern.CASE_INSENSITIVE);
    private static final Pattern OUTLOOK_NEXT =
            Pattern.compile("^\\*?(Sent|Date|Gesendet|Envoyé|Enviado)\\*?:\\s.+", Pattern.CASE_INSENSITIVE);
    private static final String HTML_QUOTES = "div.gmail_quote, blockquote[type=cite], div#divRplyFwdMsg,"
            + " div#appendonsend, div.moz-cite-prefix, div.OutlookMessageHeader, div.gmail_signature,"
            + " div.moz-signature";

    private QuoteFolding() {}

    /** The text split where the quote or signature starts; {@code folded} is empty when there is none. */
    record Split(String own, String folded) {}

    static Split text(String text) {
        String[] lines = text.split("\\R", -1);
        int start = -1;
        for (int i = 0; i < lines.length && start < 0; i++) {
            String line = lines[i].stripTrailing();
            if (STARTS.stream().anyMatch(p -> p.matcher(line).matches())
                    || OUTLOOK_FROM.matcher(line).matches()
                            && i + 1 < lines.length
                            && OUTLOOK_NEXT.matcher(lines[i + 1].strip()).matches()) {
                start = i;
            }
        }
        if (start < 0) {
            start = trailingQuote(lines);
        }
        if (start <= 0) {
            return new Split(text, "");
        }
        String own = String.join("\n", Arrays.copyOfRange(lines, 0, start)).strip();
        String folded = String.join("\n", Arrays.copyOfRange(lines, start, lines.length))
                .strip();
        return own.isEmpty() ? new Split(text, "") : new Split(own, folded);
    }

    /** Where a block of "&gt;" lines at the end starts (blank lines and an attribution line may sit in it). */
    private static int trailingQuote(String[] lines) {
        int i = lines.length - 1;
        while (i >= 0 && lines[i].isBlank()) {
            i--;
        }
        int start = -1;
        while (i >= 0 && (lines[i].startsWith(">") || lines[i].isBlank())) {
            if (lines[i].startsWith(">")) {
                start = i;
            }
            i--;
        }
        return start;
    }

    /**
     * The HTML with its first quote container, and whatever follows it in the same parent, moved
     * into a {@code <details>}; unchanged when it has none or nothing of the sender's own before it.
     */
    static String html(String html) {
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false);
        List<Node> tail = tailFrom(doc);
        if (tail.isEmpty()) {
            return html;
        }
        Document probe = doc.clone();
        tailFrom(probe).forEach(Node::remove);
        if (probe.body().text().isBlank()) {
            return html;
        }
        Element parent = (Element) tail.get(0).parent();
        Element details = new Element("details");
        details.appendElement("summary").text(SUMMARY);
        for (Node n : tail) {
            details.appendChild(n); // moves the node out of its old place
        }
        parent.appendChild(details);
        return doc.body().html();
    }

    /** The first quote container and its later siblings, or nothing. */
    private static List<Node> tailFrom(Document doc) {
        Element quote = doc.body().selectFirst(HTML_QUOTES);
        if (quote == null || quote.parent() == null) {
            return List.of();
        }
        List<Node> siblings = quote.parent().childNodes();
        return List.copyOf(siblings.subList(quote.siblingIndex(), siblings.size()));
    }
}
