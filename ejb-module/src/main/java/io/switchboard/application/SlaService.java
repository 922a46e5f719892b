package io.switchboard.application;

import io.switchboard.application.view.SlaPolicyView;
import io.switchboard.domain.shared.InvalidInputException;
import io.switchboard.domain.shared.StaleVersionException;
import io.switchboard.domain.sla.BusinessCalendar;
import io.switchboard.domain.sla.SlaPolicy;
import io.switchboard.domain.sla.SlaPolicyRepository;
import io.switchboard.domain.ticket.Priority;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
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

    public List<SlaPolicyView> policies() {
        return policies.all().stream().map(SlaService::view).toList();
    }

    /** Minutes as a duration; a count past what a duration holds (about 1.5e17) is bad input, not an overflow. */
    private static Duration minutes(String field, long minutes) {
        try {
            return Duration.ofMinutes(minutes);
        } catch (ArithmeticException e) {
            throw new InvalidInputException(field, "is far too large");
        }
    }

    public SlaPolicyView update(
            Priority priority,
            Long expectedVersion,
            long firstResponseMinutes,
            long resolutionMinutes,
            String calendar) {
        SlaPolicy policy = policies.forPriority(priority);
        if (expectedVersion != null && expectedVersion != policy.version()) {
            throw new StaleVersionException("The " + priority.key() + " SLA policy", expectedVersion, policy.version());
        }
        policy.retarget(
                minutes("firstResponseMinutes", firstResponseMinutes),
                minutes("resolutionMinutes", resolutionMinutes),
                BusinessCalendar.parse(calendar));
        policies.flush();
        return view(policy);
    }

    private static SlaPolicyView view(SlaPolicy p) {
        return new SlaPolicyView(
                p.priority(),
                p.firstResponse().toMinutes(),
                p.resolution().toMinutes(),
                p.calendar().spec(),
                p.version());
    }
}
