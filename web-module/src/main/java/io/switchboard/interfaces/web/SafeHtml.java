package io.switchboard.interfaces.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;
import org.jsoup.safety.Safelist;

/**
 * Note bodies are cleaned when they are stored; the page cleans them again with the same kind of
 * allow-list before writing them unescaped, so HTML stored by any older or other path cannot run
 * script in the portal either.
 */
@Named
@ApplicationScoped
public class SafeHtml {

    private static final Safelist POLICY = Safelist.relaxed()
            .removeTags("img")
            .addTags("details", "summary") // quotes folded by email intake
            .addProtocols("a", "href", "http", "https", "mailto")
            .addEnforcedAttribute("a", "rel", "nofollow noopener noreferrer")
            .addEnforcedAttribute("a", "target", "_blank");

    private static final Document.OutputSettings COMPACT =
            new Document.OutputSettings().prettyPrint(false).escapeMode(Entities.EscapeMode.base);

    public String clean(String html) {
        return html == null ? "" : Jsoup.clean(html, "", POLICY, COMPACT);
    }
}
