package io.switchboard.testsupport;

import io.switchboard.domain.shared.Keyed;
import io.switchboard.domain.workflow.StatusCategory;
import io.switchboard.domain.workflow.WorkflowStatus;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The default workflow built from the very changelog that seeds it, so that the tests pin what
 * a fresh database holds rather than a copy of it that could drift.
 */
public final class DefaultWorkflow {

    private static final String SEED = "/db/changelog/002-workflow-and-sla-seed.xml";
    private static final String CHANGE_SET = "002-default-workflow";

    private final Map<String, WorkflowStatus> byKey;

    private DefaultWorkflow(Map<String, WorkflowStatus> byKey) {
        this.byKey = byKey;
    }

    /** A fresh copy each call: tests may deactivate or rewire statuses without affecting others. */
    public static DefaultWorkflow fromSeed() {
        Element changeSet = changeSet();
        Map<Long, WorkflowStatus> byId = new LinkedHashMap<>();
        Map<String, WorkflowStatus> byKey = new LinkedHashMap<>();
        NodeList inserts = changeSet.getElementsByTagName("insert");
        for (int i = 0; i < inserts.getLength(); i++) {
            Element insert = (Element) inserts.item(i);
            Map<String, String> row = columns(insert);
            switch (insert.getAttribute("tableName")) {
                case "workflow_status" -> {
                    WorkflowStatus status = new WorkflowStatus(
                            Long.parseLong(row.get("id")),
                            row.get("status_key"),
                            row.get("name"),
                            Keyed.parse(StatusCategory.class, "category", row.get("category")),
                            Integer.parseInt(row.get("position")));
                    status.markInitial(Boolean.parseBoolean(row.get("is_initial")));
                    status.setActive(Boolean.parseBoolean(row.get("active")));
                    byId.put(status.id(), status);
                    byKey.put(status.key(), status);
                }
                case "workflow_transition" ->
                    byId.get(Long.parseLong(row.get("from_status_id")))
                            .allow(byId.get(Long.parseLong(row.get("to_status_id"))));
                default ->
                    throw new IllegalStateException(
                            "Unexpected table in " + CHANGE_SET + ": " + insert.getAttribute("tableName"));
            }
        }
        return new DefaultWorkflow(byKey);
    }

    public WorkflowStatus status(String key) {
        WorkflowStatus status = byKey.get(key);
        if (status == null) {
            throw new IllegalArgumentException("No status '" + key + "' in the seeded workflow");
        }
        return status;
    }

    public List<WorkflowStatus> statuses() {
        return List.copyOf(byKey.values());
    }

    public WorkflowStatus initial() {
        return byKey.values().stream()
                .filter(WorkflowStatus::isInitial)
                .findFirst()
                .orElseThrow();
    }

    private static Element changeSet() {
        try (InputStream in = DefaultWorkflow.class.getResourceAsStream(SEED)) {
            if (in == null) {
                throw new IllegalStateException(SEED + " is not on the test class path");
            }
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document document = factory.newDocumentBuilder().parse(in);
            NodeList changeSets = document.getElementsByTagName("changeSet");
            for (int i = 0; i < changeSets.getLength(); i++) {
                Element changeSet = (Element) changeSets.item(i);
                if (changeSet.getAttribute("id").equals(CHANGE_SET)) {
                    return changeSet;
                }
            }
            throw new IllegalStateException("No changeSet " + CHANGE_SET + " in " + SEED);
        } catch (IOException | ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("Cannot read " + SEED, e);
        }
    }

    private static Map<String, String> columns(Element insert) {
        Map<String, String> row = new HashMap<>();
        NodeList columns = insert.getElementsByTagName("column");
        for (int i = 0; i < columns.getLength(); i++) {
            Element column = (Element) columns.item(i);
            String value = column.hasAttribute("value")
                    ? column.getAttribute("value")
                    : column.hasAttribute("valueNumeric")
                            ? column.getAttribute("valueNumeric")
                            : column.getAttribute("valueBoolean");
            row.put(column.getAttribute("name"), value);
        }
        return row;
    }
}
