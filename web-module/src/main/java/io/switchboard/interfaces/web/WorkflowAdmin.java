package io.switchboard.interfaces.web;

import io.switchboard.application.WorkflowService;
import io.switchboard.application.command.WorkflowEdit;
import io.switchboard.application.view.WorkflowView;
import io.switchboard.domain.shared.DomainException;
import io.switchboard.domain.shared.StaleVersionException;
import io.switchboard.domain.workflow.StatusCategory;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Admin: the statuses of the workflow and the moves allowed between them, saved all at once. */
@Named
@ViewScoped
public class WorkflowAdmin implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    WorkflowService workflow;

    private List<Row> rows = new ArrayList<>();
    private String initialKey;
    private String newKey;
    private String newName;
    private StatusCategory newCategory = StatusCategory.OPEN;

    public void load() {
        rows = new ArrayList<>();
        for (WorkflowView.Status s : workflow.workflow().statuses()) {
            Row row = new Row(s.key(), s.name(), s.category(), s.position(), s.active(), s.version());
            s.transitions().forEach(t -> row.allowed.put(t, true));
            rows.add(row);
            if (s.initial()) {
                initialKey = s.key();
            }
        }
    }

    public void addStatus() {
        String key = newKey == null ? "" : newKey.strip();
        if (rows.stream().anyMatch(r -> r.key.equals(key))) {
            Feedback.error("A status with key '" + key + "' already exists.");
            return;
        }
        int position = rows.stream().mapToInt(Row::getPosition).max().orElse(0) + 1;
        rows.add(new Row(key, newName == null ? "" : newName.strip(), newCategory, position, true, null));
        newKey = null;
        newName = null;
        Feedback.info("Status '" + key + "' added below; set its transitions and save.");
    }

    public void save() {
        List<WorkflowEdit.Status> statuses = new ArrayList<>();
        for (Row r : rows) {
            List<String> targets = r.allowed.entrySet().stream()
                    .filter(e -> Boolean.TRUE.equals(e.getValue()))
                    .map(Map.Entry::getKey)
                    .sorted()
                    .toList();
            statuses.add(new WorkflowEdit.Status(
                    r.key, r.name, r.category, r.position, r.key.equals(initialKey), r.active, targets, r.version));
        }
        try {
            workflow.save(new WorkflowEdit(statuses));
            load();
            Feedback.info("Workflow saved.");
        } catch (StaleVersionException e) {
            Feedback.warn(
                    "Someone else changed the workflow while you were editing it.",
                    "Nothing was saved. Reload the page to see their change.");
        } catch (DomainException e) {
            Feedback.error(e, Map.of());
        }
    }

    public List<Row> getRows() {
        return rows;
    }

    public String getInitialKey() {
        return initialKey;
    }

    public void setInitialKey(String initialKey) {
        this.initialKey = initialKey;
    }

    public String getNewKey() {
        return newKey;
    }

    public void setNewKey(String newKey) {
        this.newKey = newKey;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public StatusCategory getNewCategory() {
        return newCategory;
    }

    public void setNewCategory(StatusCategory newCategory) {
        this.newCategory = newCategory;
    }

    /** One status as the admin edits it; {@code allowed} maps target keys to "may move there". */
    public static final class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String key;
        private String name;
        private StatusCategory category;
        private int position;
        private boolean active;
        private final Long version;
        private final Map<String, Boolean> allowed = new HashMap<>();

        Row(String key, String name, StatusCategory category, int position, boolean active, Long version) {
            this.key = key;
            this.name = name;
            this.category = category;
            this.position = position;
            this.active = active;
            this.version = version;
        }

        public String getKey() {
            return key;
        }

        public boolean isNew() {
            return version == null;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public StatusCategory getCategory() {
            return category;
        }

        public void setCategory(StatusCategory category) {
            this.category = category;
        }

        public int getPosition() {
            return position;
        }

        public void setPosition(int position) {
            this.position = position;
        }

        public boolean isActive() {
            return active;
        }

        public void setActive(boolean active) {
            this.active = active;
        }

        public Map<String, Boolean> getAllowed() {
            return allowed;
        }
    }
}
