package io.switchboard.it.portal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * axe-core in the page under test, from the copy on the test class path (the browser reaches no
 * network): the serious and critical WCAG 2 A/AA violations, one line each.
 */
final class Axe {

    private static String script;

    private Axe() {}

    private static synchronized String script() {
        if (script == null) {
            try (InputStream in = Axe.class.getResourceAsStream("/axe.min.js")) {
                if (in == null) {
                    throw new IllegalStateException("axe.min.js is not on the test class path");
                }
                script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return script;
    }

    /** What axe finds serious or critical on the page as it is now; empty when it is clean. */
    @SuppressWarnings("unchecked")
    static List<String> seriousViolations(Browser b) {
        b.settle().waitForTransitions();
        if (!Boolean.TRUE.equals(b.js("return !!window.axe;"))) {
            b.js(script());
        }
        return (List<String>) b.driver()
                .executeAsyncScript("var done = arguments[arguments.length - 1];"
                        + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},"
                        + " resultTypes: ['violations']}).then(function (r) {"
                        + "  done(r.violations.filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })"
                        + "    .map(function (v) { return v.impact + ' ' + v.id + ': ' + v.help + ' at '"
                        + "      + v.nodes.slice(0, 4).map(function (n) { return n.target.join(' '); }).join(' | '); }));"
                        + "}, function (e) { done(['axe failed: ' + e]); });");
    }
}
