package io.switchboard.interfaces.web;

import io.switchboard.application.DirectoryService;
import io.switchboard.application.view.DirectoryViews.CompanyView;
import io.switchboard.application.view.DirectoryViews.ContactView;
import io.switchboard.application.view.DirectoryViews.EntryView;
import io.switchboard.domain.shared.DomainException;
import io.switchboard.domain.shared.Patch;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * Supervisors: companies and their contacts (each with a link to all their tickets), boards and
 * categories. Add, rename, switch on and off; nothing is deleted, so old tickets keep their names.
 */
@Named
@ViewScoped
public class DirectoryPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int CONTACTS_SHOWN = 200;

    @Inject
    DirectoryService directory;

    private Long companyId;
    private String newCompany;
    private String newCompanyDomain;
    private String newContactName;
    private String newContactEmail;
    private String newBoard;
    private String newCategory;

    public List<CompanyView> getCompanies() {
        return directory.companies();
    }

    public List<ContactView> getContacts() {
        return companyId == null ? List.of() : directory.contacts(companyId, null, 1, CONTACTS_SHOWN);
    }

    public CompanyView getCompany() {
        return companyId == null ? null : directory.company(companyId);
    }

    public List<EntryView> getBoards() {
        return directory.boards();
    }

    public List<EntryView> getCategories() {
        return directory.categories();
    }

    public void pick(CompanyView c) {
        companyId = c.id();
    }

    public void addCompany() {
        run(
                () -> {
                    CompanyView c = directory.createCompany(newCompany, newCompanyDomain);
                    newCompany = null;
                    newCompanyDomain = null;
                    companyId = c.id();
                    Feedback.info("Company " + c.name() + " added.");
                },
                Map.of("name", "directoryForm:newCompany", "emailDomain", "directoryForm:newCompanyDomain"));
    }

    public void toggleCompany(CompanyView c) {
        run(
                () -> directory.updateCompany(c.id(), Patch.unchanged(), Patch.unchanged(), Patch.set(!c.active())),
                Map.of());
    }

    public void addContact() {
        run(
                () -> {
                    ContactView c = directory.createContact(newContactName, newContactEmail, companyId, null);
                    newContactName = null;
                    newContactEmail = null;
                    Feedback.info("Contact " + c.name() + " added.");
                },
                Map.of("name", "directoryForm:newContactName", "email", "directoryForm:newContactEmail"));
    }

    public void toggleContact(ContactView c) {
        run(
                () -> directory.updateContact(
                        c.id(), Patch.unchanged(), Patch.unchanged(), Patch.unchanged(), Patch.set(!c.active())),
                Map.of());
    }

    public void addBoard() {
        run(
                () -> {
                    EntryView b = directory.createBoard(newBoard);
                    newBoard = null;
                    Feedback.info("Board " + b.name() + " added.");
                },
                Map.of("name", "directoryForm:newBoard"));
    }

    public void toggleBoard(EntryView b) {
        run(() -> directory.updateBoard(b.id(), Patch.unchanged(), Patch.set(!b.active())), Map.of());
    }

    public void addCategory() {
        run(
                () -> {
                    EntryView c = directory.createCategory(newCategory);
                    newCategory = null;
                    Feedback.info("Category " + c.name() + " added.");
                },
                Map.of("name", "directoryForm:newCategory"));
    }

    public void toggleCategory(EntryView c) {
        run(() -> directory.updateCategory(c.id(), Patch.unchanged(), Patch.set(!c.active())), Map.of());
    }

    /** The list of every ticket of this contact, closed ones included. */
    public String ticketsOf(ContactView c) {
        return ListLinks.to(Map.of("contact", Long.toString(c.id()), "includeClosed", "true"));
    }

    private static void run(Runnable change, Map<String, String> fields) {
        try {
            change.run();
        } catch (DomainException e) {
            Feedback.error(e, fields);
        }
    }

    public Long getCompanyId() {
        return companyId;
    }

    public String getNewCompany() {
        return newCompany;
    }

    public void setNewCompany(String newCompany) {
        this.newCompany = newCompany;
    }

    public String getNewCompanyDomain() {
        return newCompanyDomain;
    }

    public void setNewCompanyDomain(String newCompanyDomain) {
        this.newCompanyDomain = newCompanyDomain;
    }

    public String getNewContactName() {
        return newContactName;
    }

    public void setNewContactName(String newContactName) {
        this.newContactName = newContactName;
    }

    public String getNewContactEmail() {
        return newContactEmail;
    }

    public void setNewContactEmail(String newContactEmail) {
        this.newContactEmail = newContactEmail;
    }

    public String getNewBoard() {
        return newBoard;
    }

    public void setNewBoard(String newBoard) {
        this.newBoard = newBoard;
    }

    public String getNewCategory() {
        return newCategory;
    }

    public void setNewCategory(String newCategory) {
        this.newCategory = newCategory;
    }
}
