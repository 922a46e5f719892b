package io.switchboard.interfaces.web.admin;

import io.switchboard.application.mail.InboundMailView;
import io.switchboard.application.mail.MailboxAdministration;
import io.switchboard.application.mail.MailboxView;
import io.switchboard.application.mail.Quarantine;
import io.switchboard.application.view.Page;
import io.switchboard.domain.shared.DomainException;
import io.switchboard.interfaces.web.Feedback;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Admin: the messages email intake could not process, newest first, each with its reason; one at
 * a time viewed with its raw source, downloaded as .eml, reprocessed (after fixing what was
 * wrong) or discarded. The same as /api/v1/mail/quarantine.
 */
@Named
@ViewScoped
public class QuarantinePage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 25;
    /** Enough of the source to read its headers and the start of its body without sending megabytes to the page. */
    static final int SOURCE_SHOWN = 64 * 1024;

    @Inject
    Quarantine quarantine;

    @Inject
    MailboxAdministration mailboxes;

    @Inject
    SecurityContext security;

    private int page = 1;
    private Long mailbox;
    private Long selectedId;

    private transient Page<InboundMailView> current;
    private transient Map<Long, String> names;
    private transient InboundMailView selected;
    private transient String source;

    public Page<InboundMailView> getMessages() {
        if (current == null) {
            current = quarantine.list(mailbox, page, PAGE_SIZE);
        }
        return current;
    }

    public List<MailboxView> getMailboxChoices() {
        return mailboxes.mailboxes();
    }

    public String mailboxName(long id) {
        if (names == null) {
            names = mailboxes.mailboxes().stream().collect(Collectors.toMap(MailboxView::id, MailboxView::name));
        }
        return names.getOrDefault(id, "mailbox " + id + " (deleted)");
    }

    public int getLastPage() {
        long total = getMessages().total();
        return (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    public void next() {
        page = Math.min(page + 1, getLastPage());
        reload();
    }

    public void previous() {
        page = Math.max(1, page - 1);
        reload();
    }

    public void filter() {
        page = 1;
        reload();
    }

    public void view(long id) {
        selectedId = id;
        selected = null;
        source = null;
    }

    public void close() {
        selectedId = null;
        selected = null;
        source = null;
    }

    public InboundMailView getSelected() {
        if (selected == null && selectedId != null) {
            try {
                selected = quarantine.get(selectedId);
            } catch (DomainException e) {
                selectedId = null;
                Feedback.error(e, Map.of());
            }
        }
        return selected;
    }

    /** The start of the raw message as text; the bytes of other charsets show as replacement marks. */
    public String getSource() {
        if (source == null && getSelected() != null) {
            byte[] raw = quarantine.raw(selectedId);
            String text = new String(Arrays.copyOf(raw, Math.min(raw.length, SOURCE_SHOWN)), StandardCharsets.UTF_8);
            source = raw.length > SOURCE_SHOWN
                    ? text + "\n\n[... " + (raw.length - SOURCE_SHOWN)
                            + " more bytes: download the message to see them all]"
                    : text;
        }
        return source;
    }

    public void reprocess(long id) {
        try {
            InboundMailView after = quarantine.reprocess(id);
            if ("quarantined".equals(after.state())) {
                Feedback.warn("Reprocessed: still in quarantine.", after.reason());
            } else {
                Feedback.info("Reprocessed: the message became " + describe(after) + ".");
                close();
            }
        } catch (DomainException e) {
            Feedback.error(e, Map.of());
        }
        reload();
    }

    public void discard(long id) {
        try {
            quarantine.discard(id, security.getCallerPrincipal().getName());
            Feedback.info("Message discarded; the same message will not be taken in again.");
            close();
        } catch (DomainException e) {
            Feedback.error(e, Map.of());
        }
        reload();
    }

    public String downloadPath(long id) {
        return QuarantineDownloadServlet.PATH + "/" + id;
    }

    static String describe(InboundMailView m) {
        return m.outcome() == null ? m.state() : m.outcome();
    }

    private void reload() {
        current = null;
        if (page > 1 && getMessages().items().isEmpty()) {
            page = getLastPage();
            current = null;
        }
    }

    public int getPage() {
        return page;
    }

    public Long getMailbox() {
        return mailbox;
    }

    public void setMailbox(Long mailbox) {
        this.mailbox = mailbox;
    }
}
