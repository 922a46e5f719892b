package io.switchboard.interfaces.web;

import io.switchboard.application.NotificationService;
import io.switchboard.application.view.NotificationView;
import io.switchboard.application.view.Page;
import io.switchboard.domain.shared.NotFoundException;
import io.switchboard.interfaces.web.panel.TicketPanel;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The notification bell: unread count, the latest few, and the full list page. */
@Named
@RequestScoped
public class Bell {

    static final int LATEST = 8;
    static final int PAGE = 50;

    @Inject
    NotificationService notifications;

    @Inject
    PortalUser user;

    @Inject
    TicketPanel panel;

    private Long unread;
    private List<NotificationView> latest;
    private Page<NotificationView> all;
    private boolean unreadOnly;

    public long getUnread() {
        if (unread == null) {
            unread = notifications.unreadCount(user.getLogin());
        }
        return unread;
    }

    public List<NotificationView> getLatest() {
        if (latest == null) {
            latest = notifications.list(user.getLogin(), false, 1, LATEST).items();
        }
        return latest;
    }

    public Page<NotificationView> getAll() {
        if (all == null) {
            all = notifications.list(user.getLogin(), unreadOnly, 1, PAGE);
        }
        return all;
    }

    /** Opens the ticket a notification is about, and marks it read. */
    public void open(NotificationView n) {
        try {
            notifications.markRead(user.getLogin(), n.id());
        } catch (NotFoundException e) {
            // already gone; the ticket still opens
        }
        forget();
        panel.open(n.ticketId());
    }

    public void markRead(NotificationView n) {
        notifications.markRead(user.getLogin(), n.id());
        forget();
    }

    public void markAllRead() {
        int marked = notifications.markAllRead(user.getLogin());
        forget();
        Feedback.info(marked == 1 ? "1 notification marked read." : marked + " notifications marked read.");
    }

    private void forget() {
        unread = null;
        latest = null;
        all = null;
    }

    public boolean isUnreadOnly() {
        return unreadOnly;
    }

    public void setUnreadOnly(boolean unreadOnly) {
        this.unreadOnly = unreadOnly;
        all = null;
    }
}
