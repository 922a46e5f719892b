package io.switchboard.it.portal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The portal on a 390 px phone: nothing wider than the screen, every control big enough to tap. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PhoneLayoutIT {

    private Browser b;

    @BeforeAll
    void signIn() {
        b = Browser.open(390, 844);
        b.login("agent");
    }

    @AfterAll
    void close() {
        b.close();
    }

    /** The right edge of the widest element in the page's main area, in CSS pixels. */
    private long widest() {
        return (Long) b.js("return Math.round(Math.max.apply(null, Array.from(document.querySelectorAll('.sb-main *'))"
                + ".filter(e => !e.closest('.sb-table-scroll')).map(e => e.getBoundingClientRect().right)));");
    }

    /** The element reaching furthest right, as tag.class#id, to say what to fix. */
    private Object culprit() {
        return b.js(
                "var es = Array.from(document.querySelectorAll('.sb-main *')).filter(e => !e.closest('.sb-table-scroll'));"
                        + " es.sort((x, y) => y.getBoundingClientRect().right - x.getBoundingClientRect().right); var e = es[0];"
                        + " return e ? e.tagName + '.' + e.className + '#' + e.id + ' in ' + e.parentElement.className : 'nothing';");
    }

    @Test
    void everyPageFitsTheScreen() {
        Fixtures.ticket("Phone check " + Fixtures.token(), "medium");
        for (String page : List.of("/index.xhtml", "/tickets.xhtml", "/notifications.xhtml")) {
            b.go(page);
            long right = widest();
            assertTrue(right <= 390, page + " is " + right + " px wide on a 390 px screen, because of " + culprit());
        }
    }

    @Test
    void theNewTicketButtonStaysAButton() {
        b.go("/index.xhtml");
        @SuppressWarnings("unchecked")
        List<Long> size =
                (List<Long>) b.js("var r = document.getElementById('topForm:newTicket').getBoundingClientRect();"
                        + " return [Math.round(r.width), Math.round(r.height)];");
        assertTrue(size.get(0) >= 32 && size.get(1) >= 32, "New ticket is " + size.get(0) + "×" + size.get(1) + " px");
        b.click(Browser.id("topForm:newTicket"));
        b.waitFor(Browser.id("newTabs:quickForm:quickText"));
    }
}
