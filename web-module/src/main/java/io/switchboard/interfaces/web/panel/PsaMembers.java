package io.switchboard.interfaces.web.panel;

import io.switchboard.application.psa.LinkView;
import io.switchboard.application.psa.PsaFailure;
import io.switchboard.application.psa.PsaResources;
import io.switchboard.domain.shared.DomainException;
import io.switchboard.interfaces.web.Feedback;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * The PSA section's resources: find a PSA member by name, put them on the ticket, or take one
 * off. Each change is made in the PSA at once and read back from there.
 */
@Named
@ViewScoped
public class PsaMembers implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FIELD = "panelForm:psaMember";

    /** A PSA member the search found. */
    public record Member(String id, String name) implements Serializable {}

    @Inject
    PsaResources resources;

    @Inject
    TicketPanel panel;

    @Inject
    PsaSection section;

    private String query;
    private List<Member> found = List.of();
    private String memberId;

    public void find() {
        try {
            found = resources.members(panel.ticketId(), query).stream()
                    .map(e -> new Member(e.id(), e.name()))
                    .toList();
            memberId = found.isEmpty() ? null : found.get(0).id();
            if (found.isEmpty()) {
                Feedback.fieldWarning(FIELD, "No PSA member's name contains \u201c" + query + "\u201d.");
            }
        } catch (PsaFailure e) {
            Feedback.error("The PSA did not list its members: " + e.getMessage());
        }
    }

    public void add() {
        if (memberId == null) {
            Feedback.fieldWarning(FIELD, "Find the PSA member to put on the ticket first.");
            return;
        }
        String name = found.stream()
                .filter(m -> m.id().equals(memberId))
                .map(Member::name)
                .findFirst()
                .orElse(memberId);
        changed(() -> resources.add(panel.ticketId(), memberId), name + " works the PSA ticket now.");
    }

    public void remove(LinkView.Resource resource) {
        changed(() -> resources.remove(panel.ticketId(), resource.id()), resource.member() + " is off the PSA ticket.");
    }

    private interface Change {
        LinkView run() throws PsaFailure;
    }

    private void changed(Change change, String done) {
        try {
            change.run();
            section.changed(panel.ticketId());
            found = List.of();
            memberId = null;
            query = null;
            panel.refreshAfterOwnChange();
            Feedback.info(done);
        } catch (DomainException e) {
            Feedback.error(e, Map.of("memberId", FIELD));
        } catch (PsaFailure e) {
            Feedback.error("The PSA did not make the change: " + e.getMessage());
        }
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public List<Member> getFound() {
        return found;
    }

    public String getMemberId() {
        return memberId;
    }

    public void setMemberId(String memberId) {
        this.memberId = memberId;
    }
}
