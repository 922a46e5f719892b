package io.switchboard.interfaces.web;

import io.switchboard.application.DirectoryService;
import io.switchboard.application.WorkflowService;
import io.switchboard.application.view.DirectoryViews.AgentView;
import io.switchboard.application.view.DirectoryViews.CompanyView;
import io.switchboard.application.view.DirectoryViews.EntryView;
import io.switchboard.application.view.WorkflowView;
import io.switchboard.domain.ticket.Priority;
import io.switchboard.domain.ticket.TicketType;
import io.switchboard.domain.workflow.StatusCategory;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The choices the portal's menus offer, read once per request from the (cached) catalogues. */
@Named("catalogue")
@RequestScoped
public class Catalogue {

    @Inject
    DirectoryService directory;

    @Inject
    WorkflowService workflow;

    private List<AgentView> agents;
    private List<CompanyView> companies;
    private List<EntryView> boards;
    private List<EntryView> categories;
    private List<WorkflowView.Status> statuses;

    public List<AgentView> getAgents() {
        if (agents == null) {
            agents = directory.agents().stream().filter(AgentView::active).toList();
        }
        return agents;
    }

    public List<CompanyView> getCompanies() {
        if (companies == null) {
            companies =
                    directory.companies().stream().filter(CompanyView::active).toList();
        }
        return companies;
    }

    public List<EntryView> getBoards() {
        if (boards == null) {
            boards = directory.boards().stream().filter(EntryView::active).toList();
        }
        return boards;
    }

    public List<EntryView> getCategories() {
        if (categories == null) {
            categories =
                    directory.categories().stream().filter(EntryView::active).toList();
        }
        return categories;
    }

    public List<WorkflowView.Status> getStatuses() {
        if (statuses == null) {
            statuses = workflow.workflow().statuses().stream()
                    .filter(WorkflowView.Status::active)
                    .toList();
        }
        return statuses;
    }

    public Priority[] getPriorities() {
        return Priority.values();
    }

    public TicketType[] getTypes() {
        return TicketType.values();
    }

    public StatusCategory[] getStatusCategories() {
        return StatusCategory.values();
    }
}
