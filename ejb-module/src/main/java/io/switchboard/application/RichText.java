package io.switchboard.application;

import io.switchboard.domain.shared.InvalidInputException;
import io.switchboard.domain.ticket.MessageBody;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Safelist;
import org.jsoup.select.NodeVisitor;

/**
 * The one policy for text from outside: HTML is cleaned with jsoup's allow-list (no scripts,
 * styles, event handlers, forms or remote images; links get rel=noopener), and every message
 * also gets a plain-text form.
 */
@ApplicationScoped
public class RichText {

    private static final Safelist POLICY = Safelist.relaxed()
            .removeTags("img")
            .addTags("details", "summary") // folded quotes in email; they run nothing
            .addProtocols("a", "href", "http", "https", "mailto")
            .addEnforcedAttribute("a", "rel", "nofollow noopener noreferrer");

    /**
     * Mail may show its own inline images (multipart/related parts named by Content-ID), never a
     * remote one: {@code cid:} is the only image source let through, and each is then pointed at
     * the stored file or dropped.
     */
    private static final Safelist MAIL_POLICY = Safelist.relaxed()
            .removeProtocols("img", "src", "http", "https")
            .addProtocols("img", "src", "cid")
            .addTags("details", "summary")
            .addProtocols("a", "href", "http", "https", "mailto")
            .addEnforcedAttribute("a", "rel", "nofollow noopener noreferrer");

    private static final Document.OutputSettings COMPACT =
            new Document.OutputSettings().prettyPrint(false).escapeMode(Entities.EscapeMode.base);

    public MessageBody fromText(String text) {
        // Browsers send a textarea's line breaks as CRLF; \R\s*\R would take one CRLF for a paragraph break.
        String checked = requireBody(text).replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder html = new StringBuilder();
        for (String paragraph : checked.strip().split("\\R\\s*\\R")) {
            html.append("<p>")
                    .append(Entities.escape(paragraph.strip()).replaceAll("\\R", "<br>"))
                    .append("</p>");
        }
        return new MessageBody(html.toString(), checked.strip());
    }

    /**
     * A small, safe Markdown: **bold**, *italics*, `code`, fenced code blocks, "- " and "1. " lists,
     * [text](https://link) and bare links; everything else is text. The HTML made from it goes
     * through the same allow-list as any other HTML.
     */
    public MessageBody fromMarkdown(String markdown) {
        String checked = requireBody(markdown).replace("\r\n", "\n").replace('\r', '\n');
        return fromHtml(Markdown.toHtml(checked));
    }

    public MessageBody fromHtml(String html) {
        String checked = requireBody(html);
        return checked(Jsoup.clean(checked, "", POLICY, COMPACT));
    }

    /**
     * HTML from an email, cleaned like any other, except that images the message carries itself
     * stay: each {@code <img src="cid:...">} whose Content-ID is in {@code inlineImages} gets that
     * address (a file of the ticket), and every other image goes.
     */
    public MessageBody fromMailHtml(String html, Map<String, String> inlineImages) {
        String checked = requireBody(html);
        Element body = Jsoup.parseBodyFragment(Jsoup.clean(checked, "", MAIL_POLICY, COMPACT))
                .body();
        for (Element img : body.select("img")) {
            String id = contentId(img.attr("src"));
            String address = id == null ? null : inlineImages.get(id);
            if (address == null) {
                img.remove();
            } else {
                img.attr("src", address);
                img.attr("loading", "lazy");
            }
        }
        body.ownerDocument().outputSettings(COMPACT);
        return checked(body.html());
    }

    /** {@code cid:part1.abc@example.com} (maybe %-escaped, maybe in angle brackets) as the parser names the part. */
    private static String contentId(String src) {
        if (!src.regionMatches(true, 0, "cid:", 0, 4)) {
            return null;
        }
        String id = src.substring(4);
        try {
            id = URLDecoder.decode(id.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            // not %-escaped after all: the name as written
        }
        return id.replaceAll("[<>\\s]", "");
    }

    private static MessageBody checked(String safe) {
        String text = plainText(Jsoup.parseBodyFragment(safe).body());
        if (text.isBlank()) {
            throw new InvalidInputException("body", "has no readable text once unsafe HTML is removed");
        }
        return new MessageBody(safe, text);
    }

    private static String requireBody(String body) {
        if (body == null || body.isBlank()) {
            throw new InvalidInputException("body", "must not be blank");
        }
        if (body.length() > MessageBody.MAX_CHARS) {
            throw new InvalidInputException("body", "must be at most " + MessageBody.MAX_CHARS + " characters");
        }
        return body;
    }

    /** Text with line breaks where the HTML had blocks and breaks, so a note still reads as written. */
    static String plainText(Element root) {
        StringBuilder out = new StringBuilder();
        root.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    out.append(text.text());
                } else if (node instanceof Element e && e.normalName().equals("br")) {
                    out.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e
                        && e.isBlock()
                        && out.length() > 0
                        && out.charAt(out.length() - 1) != '\n') {
                    out.append('\n');
                }
            }
        });
        return out.toString()
                .replaceAll("[ \\t\\x0B\\f]+\\n", "\n")
                .replaceAll("\\n{3,}", "\n\n")
                .strip();
    }
}
