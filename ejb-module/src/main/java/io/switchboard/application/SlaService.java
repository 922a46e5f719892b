package io.switchboard.application;

import io.switchboard.application.view.SlaPolicyView;
import io.switchboard.domain.shared.StaleVersionException;
import io.switchboard.domain.sla.BusinessCalendar;
import io.switchboard.domain.sla.SlaPolicy;
import io.switchboard.domain.sla.SlaPolicyRepository;
import io.switchboard.domain.ticket.Priority;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.List;

/**
 * SLA targets per priority. A change applies to tickets opened (or re-prioritised) afterwards;
 * running clocks keep the targets they started with, as a promise made is a promise kept.
 */
@Stateless
public class SlaService {

    @Inject
    SlaPolicyRepository policies;

    @PersistenceContext(unitName = "switchboard")
    EntityManager em;

    public List<SlaPolicyView> policies() {
        return policies.all().stream().map(SlaService::view).toList();
    }

    public SlaPolicyView update(Priority priority, Long expectedVersion, long firstResponseMinutes, long resolutionMinutes, String calendar) {
        SlaPolicy policy = em.find(SlaPolicy.class, policies.forPriority(priority).id());
        if (expectedVersion != null && expectedVersion != policy.version()) {
            throw new StaleVersionException("The " + priority.key() + " SLA policy", expectedVersion, policy.version());
        }
        policy.retarget(Duration.ofMinutes(firstResponseMinutes), Duration.ofMinutes(resolutionMinutes), BusinessCalendar.parse(calendar));
        em.flush();
        return view(policy);
    }

    private static SlaPolicyView view(SlaPolicy p) {
        return new SlaPolicyView(p.priority(), p.firstResponse().toMinutes(), p.resolution().toMinutes(), p.calendar().spec(), p.version());
    }
}
