package io.switchboard.application;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Entities;

/** The Markdown subset agents write replies in, to HTML; the caller sanitises the result. */
final class Markdown {

    private static final Pattern BULLET = Pattern.compile("^\\s*[-*+]\\s+(.*)$");
    private static final Pattern NUMBERED = Pattern.compile("^\\s*\\d{1,3}[.)]\\s+(.*)$");
    private static final Pattern CODE = Pattern.compile("`([^`\\n]+)`");
    private static final Pattern BOLD = Pattern.compile("\\*\\*([^*\\n]+)\\*\\*");
    private static final Pattern ITALIC = Pattern.compile("(?<![\\w*])\\*([^*\\n]+)\\*(?![\\w*])");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]\\n]+)]\\((https?://[^\\s)]+|mailto:[^\\s)]+)\\)");
    private static final Pattern BARE = Pattern.compile("(?<![\"'>=])\\b(https?://[^\\s<]+[^\\s<.,;:!?)\\]])");

    private Markdown() {}

    static String toHtml(String text) {
        StringBuilder html = new StringBuilder();
        String[] lines = text.split("\n", -1);
        String list = null;
        StringBuilder paragraph = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.strip().startsWith("```")) {
                paragraph = flush(html, paragraph);
                list = closeList(html, list);
                StringBuilder code = new StringBuilder();
                for (i++; i < lines.length && !lines[i].strip().startsWith("```"); i++) {
                    code.append(code.isEmpty() ? "" : "\n").append(lines[i]);
                }
                html.append("<pre><code>")
                        .append(Entities.escape(code.toString()))
                        .append("</code></pre>");
                continue;
            }
            Matcher bullet = BULLET.matcher(line);
            Matcher numbered = NUMBERED.matcher(line);
            String kind = bullet.matches() ? "ul" : numbered.matches() ? "ol" : null;
            if (kind != null) {
                paragraph = flush(html, paragraph);
                if (!kind.equals(list)) {
                    closeList(html, list);
                    html.append('<').append(kind).append('>');
                    list = kind;
                }
                html.append("<li>")
                        .append(inline((kind.equals("ul") ? bullet : numbered).group(1)))
                        .append("</li>");
            } else if (line.isBlank()) {
                paragraph = flush(html, paragraph);
                list = closeList(html, list);
            } else {
                list = closeList(html, list);
                paragraph.append(paragraph.isEmpty() ? "" : "<br>").append(inline(line.strip()));
            }
        }
        flush(html, paragraph);
        closeList(html, list);
        return html.toString();
    }

    private static StringBuilder flush(StringBuilder html, StringBuilder paragraph) {
        if (!paragraph.isEmpty()) {
            html.append("<p>").append(paragraph).append("</p>");
        }
        return new StringBuilder();
    }

    private static String closeList(StringBuilder html, String list) {
        if (list != null) {
            html.append("</").append(list).append('>');
        }
        return null;
    }

    /** Escapes the text, then turns code, links, bold and italics into tags (code first: nothing inside it is read). */
    private static String inline(String raw) {
        String s = Entities.escape(raw);
        StringBuilder out = new StringBuilder();
        Matcher code = CODE.matcher(s);
        int last = 0;
        while (code.find()) {
            out.append(spans(s.substring(last, code.start())))
                    .append("<code>")
                    .append(code.group(1))
                    .append("</code>");
            last = code.end();
        }
        return out.append(spans(s.substring(last))).toString();
    }

    private static String spans(String s) {
        String linked = LINK.matcher(s)
                .replaceAll(m -> "<a href=\"" + Matcher.quoteReplacement(m.group(2)) + "\">"
                        + Matcher.quoteReplacement(m.group(1)) + "</a>");
        linked = BARE.matcher(linked)
                .replaceAll(m -> "<a href=\"" + Matcher.quoteReplacement(m.group(1)) + "\">"
                        + Matcher.quoteReplacement(m.group(1)) + "</a>");
        String bold = BOLD.matcher(linked).replaceAll("<strong>$1</strong>");
        return ITALIC.matcher(bold).replaceAll("<em>$1</em>");
    }
}
