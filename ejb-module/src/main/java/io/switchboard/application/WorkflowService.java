package io.switchboard.application;

import io.switchboard.application.command.WorkflowEdit;
import io.switchboard.application.view.WorkflowView;
import io.switchboard.domain.shared.FieldError;
import io.switchboard.domain.shared.InvalidInputException;
import io.switchboard.domain.shared.StaleVersionException;
import io.switchboard.domain.workflow.WorkflowRepository;
import io.switchboard.domain.workflow.WorkflowStatus;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads the workflow; statuses and transitions are data an admin can change. */
@Stateless
public class WorkflowService {

    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_]{1,39}");

    @Inject
    WorkflowRepository workflow;

    public WorkflowView workflow() {
        return new WorkflowView(workflow.statuses().stream()
                .map(s -> new WorkflowView.Status(
                        s.key(),
                        s.name(),
                        s.category(),
                        s.position(),
                        s.isInitial(),
                        s.isActive(),
                        s.allowedTargets().stream().map(WorkflowStatus::key).toList(),
                        s.version()))
                .toList());
    }

    /**
     * Replaces statuses and transitions in one go, or changes nothing: exactly one active initial
     * status (not a done one), no transition to or from a status that does not exist or is
     * switched off, no status moving to itself, keys fixed once made, nothing removed.
     */
    public WorkflowView save(WorkflowEdit edit) {
        Map<String, WorkflowStatus> existing = new LinkedHashMap<>();
        workflow.statuses().forEach(s -> existing.put(s.key(), s));
        List<FieldError> errors = validate(edit, existing);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        for (WorkflowEdit.Status s : edit.statuses()) {
            WorkflowStatus current = existing.get(s.key());
            if (current != null && s.version() != null && s.version() != current.version()) {
                throw new StaleVersionException("Status '" + s.key() + "'", s.version(), current.version());
            }
        }
        long nextId =
                existing.values().stream().mapToLong(WorkflowStatus::id).max().orElse(0) + 1;
        Map<String, WorkflowStatus> byKey = new HashMap<>(existing);
        for (WorkflowEdit.Status s : edit.statuses()) {
            WorkflowStatus status = byKey.get(s.key());
            if (status == null) {
                status = workflow.save(
                        new WorkflowStatus(nextId++, s.key(), s.name().strip(), s.category(), s.position()));
                byKey.put(s.key(), status);
            }
            status.rename(s.name().strip());
            status.recategorise(s.category());
            status.moveTo(s.position());
            status.markInitial(s.initial());
            status.setActive(s.active());
        }
        for (WorkflowEdit.Status s : edit.statuses()) {
            WorkflowStatus from = byKey.get(s.key());
            Set<String> wanted = new HashSet<>(s.transitions());
            for (WorkflowStatus target : byKey.values()) {
                if (wanted.contains(target.key())) {
                    from.allow(target);
                } else {
                    from.disallow(target);
                }
            }
        }
        workflow.flush();
        return workflow();
    }

    private static List<FieldError> validate(WorkflowEdit edit, Map<String, WorkflowStatus> existing) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, WorkflowEdit.Status> edited = new LinkedHashMap<>();
        for (int i = 0; i < edit.statuses().size(); i++) {
            WorkflowEdit.Status s = edit.statuses().get(i);
            String field = "statuses[" + i + "]";
            if (s.key() == null || !KEY.matcher(s.key()).matches()) {
                errors.add(new FieldError(
                        field + ".key", "must be 2 to 40 lower-case letters, digits or _, starting with a letter"));
                continue;
            }
            if (edited.put(s.key(), s) != null) {
                errors.add(new FieldError(field + ".key", "'" + s.key() + "' is used twice"));
            }
            if (s.name() == null || s.name().isBlank() || s.name().strip().length() > 80) {
                errors.add(new FieldError(field + ".name", "must be 1 to 80 characters"));
            }
            if (s.category() == null) {
                errors.add(new FieldError(field + ".category", "is required"));
            }
            if (s.position() < 0 || s.position() > 999) {
                errors.add(new FieldError(field + ".position", "must be 0 to 999"));
            }
        }
        for (String key : existing.keySet()) {
            if (!edited.containsKey(key)) {
                errors.add(
                        new FieldError(
                                "statuses",
                                "'" + key
                                        + "' is missing: statuses cannot be removed or renamed (their key is fixed); deactivate it instead"));
            }
        }
        List<WorkflowEdit.Status> initial =
                edited.values().stream().filter(WorkflowEdit.Status::initial).toList();
        if (initial.size() != 1) {
            errors.add(new FieldError(
                    "initial", "exactly one status must be the initial one; " + initial.size() + " are"));
        } else if (!initial.get(0).active()) {
            errors.add(new FieldError(
                    "initial", "the initial status '" + initial.get(0).key() + "' must be active"));
        } else if (initial.get(0).category() != null
                && initial.get(0).category().isDone()) {
            errors.add(new FieldError(
                    "initial", "the initial status '" + initial.get(0).key() + "' cannot be a resolved or closed one"));
        }
        for (WorkflowEdit.Status s : edited.values()) {
            for (String target : s.transitions()) {
                WorkflowEdit.Status to = edited.get(target);
                String field = "transitions." + s.key();
                if (to == null) {
                    errors.add(new FieldError(field, "goes to '" + target + "', which is not a status"));
                } else if (target.equals(s.key())) {
                    errors.add(new FieldError(field, "a status cannot move to itself"));
                } else if (!s.active() || !to.active()) {
                    errors.add(new FieldError(
                            field,
                            "'" + s.key() + "' → '" + target
                                    + "' involves an inactive status; remove the transition or activate the status"));
                }
            }
        }
        return errors;
    }
}
