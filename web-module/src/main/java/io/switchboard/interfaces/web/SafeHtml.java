package io.switchboard.interfaces.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
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

    /** The only images shown: a ticket's own inline files, as email intake pointed them. */
    private static final Pattern OWN_IMAGE = Pattern.compile("/files/\\d{1,19}/\\d{1,19}/inline");

    private static final Safelist POLICY = Safelist.relaxed()
            .removeProtocols("img", "src", "http", "https") // checked below instead: our own address only
            .addTags("details", "summary") // quotes folded by email intake
            .addProtocols("a", "href", "http", "https", "mailto")
            .addEnforcedAttribute("a", "rel", "nofollow noopener noreferrer")
            .addEnforcedAttribute("a", "target", "_blank");

    private static final Document.OutputSettings COMPACT =
            new Document.OutputSettings().prettyPrint(false).escapeMode(Entities.EscapeMode.base);

    public String clean(String html) {
        if (html == null) {
            return "";
        }
        String clean = Jsoup.clean(html, "", POLICY, COMPACT);
        if (!clean.contains("<img")) {
            return clean;
        }
        Element body = Jsoup.parseBodyFragment(clean).body();
        body.select("img").forEach(img -> {
            if (!OWN_IMAGE.matcher(img.attr("src")).matches()) {
                img.remove();
            }
        });
        body.ownerDocument().outputSettings(COMPACT);
        return body.html();
    }
}
