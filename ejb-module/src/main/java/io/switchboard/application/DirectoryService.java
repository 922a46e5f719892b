package io.switchboard.application;

import io.switchboard.application.view.DirectoryViews.AgentView;
import io.switchboard.application.view.DirectoryViews.CompanyView;
import io.switchboard.application.view.DirectoryViews.ContactView;
import io.switchboard.application.view.DirectoryViews.EntryView;
import io.switchboard.domain.directory.Agent;
import io.switchboard.domain.directory.Board;
import io.switchboard.domain.directory.Category;
import io.switchboard.domain.directory.Company;
import io.switchboard.domain.directory.Contact;
import io.switchboard.domain.directory.DirectoryRepository;
import io.switchboard.domain.directory.Email;
import io.switchboard.domain.shared.ConflictException;
import io.switchboard.domain.shared.InvalidInputException;
import io.switchboard.domain.shared.NotFoundException;
import io.switchboard.domain.shared.Patch;
import io.switchboard.domain.shared.StaleVersionException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/** The catalogues tickets refer to. Names are unique (case-insensitively) within each. */
@Stateless
public class DirectoryService {

    @Inject
    DirectoryRepository directory;

    @Inject
    References refs;

    public List<CompanyView> companies() {
        return directory.companies().stream().map(DirectoryService::view).toList();
    }

    public CompanyView company(long id) {
        return view(directory.company(id).orElseThrow(() -> new NotFoundException("Company", id)));
    }

    public CompanyView createCompany(String name, String emailDomain) {
        String checked = name(name, 120);
        directory.companyByName(checked).ifPresent(c -> {
            throw new ConflictException("A company named '" + c.name() + "' already exists (id " + c.id() + ").");
        });
        return view(directory.add(new Company(checked, domain(emailDomain))));
    }

    public CompanyView updateCompany(long id, Patch<String> name, Patch<String> emailDomain, Patch<Boolean> active) {
        return updateCompany(id, null, name, emailDomain, active);
    }

    /** Changes a company if it is still at {@code expectedVersion} (null: whatever its version). */
    public CompanyView updateCompany(
            long id, Long expectedVersion, Patch<String> name, Patch<String> emailDomain, Patch<Boolean> active) {
        Company company = directory.company(id).orElseThrow(() -> new NotFoundException("Company", id));
        holdTo("Company " + id, expectedVersion, company.version());
        name.ifSet(n -> {
            String checked = name(n, 120);
            directory
                    .companyByName(checked)
                    .filter(other -> !other.id().equals(id))
                    .ifPresent(other -> {
                        throw new ConflictException(
                                "A company named '" + other.name() + "' already exists (id " + other.id() + ").");
                    });
            company.rename(checked);
        });
        emailDomain.ifSet(d -> company.changeEmailDomain(domain(d)));
        active.ifSet(a -> company.setActive(Boolean.TRUE.equals(a)));
        directory.flush();
        return view(company);
    }

    public List<ContactView> contacts(Long companyId, String query, int page, int pageSize) {
        return directory.contacts(companyId, query, (page - 1) * pageSize, pageSize).stream()
                .map(DirectoryService::view)
                .toList();
    }

    /** How many contacts {@link #contacts} pages through. */
    public long contactCount(Long companyId, String query) {
        return directory.contactCount(companyId, query);
    }

    public ContactView contact(long id) {
        return view(directory.contact(id).orElseThrow(() -> new NotFoundException("Contact", id)));
    }

    public ContactView createContact(String name, String email, Long companyId, String phone) {
        Email address = Email.of(email);
        directory.contactByEmail(address).ifPresent(c -> {
            throw new ConflictException("A contact with email " + address + " already exists (id " + c.id() + ").");
        });
        Contact contact = new Contact(name(name, 120), address, refs.company(companyId));
        contact.changePhone(phone(phone));
        return view(directory.add(contact));
    }

    public ContactView updateContact(
            long id, Patch<String> name, Patch<Long> companyId, Patch<String> phone, Patch<Boolean> active) {
        return updateContact(id, null, name, companyId, phone, active);
    }

    public ContactView updateContact(
            long id,
            Long expectedVersion,
            Patch<String> name,
            Patch<Long> companyId,
            Patch<String> phone,
            Patch<Boolean> active) {
        Contact contact = directory.contact(id).orElseThrow(() -> new NotFoundException("Contact", id));
        holdTo("Contact " + id, expectedVersion, contact.version());
        name.ifSet(n -> contact.rename(name(n, 120)));
        companyId.ifSet(c -> contact.moveTo(refs.company(c)));
        phone.ifSet(p -> contact.changePhone(phone(p)));
        active.ifSet(a -> contact.setActive(Boolean.TRUE.equals(a)));
        directory.flush();
        return view(contact);
    }

    public List<AgentView> agents() {
        return directory.agents().stream().map(DirectoryService::view).toList();
    }

    public AgentView agent(long id) {
        return view(directory.agent(id).orElseThrow(() -> new NotFoundException("Agent", id)));
    }

    /** The agent record of a login, if staff has one. */
    public Optional<AgentView> agentForLogin(String username) {
        return directory.agentByUsername(username).map(DirectoryService::view);
    }

    /** Whether staff switched this login off: an inactive agent record locks its login and tokens. */
    public boolean isLoginDisabled(String username) {
        return directory.agentByUsername(username).map(a -> !a.isActive()).orElse(false);
    }

    /**
     * A staff login the registry just vouched for: its agent record, made at the first sign-in and
     * named by the login (an admin can rename it). A record staff switched off stays off (such a
     * login is refused before it gets here).
     */
    public AgentView staffSignedIn(String username) {
        return directory
                .agentByUsername(username)
                .map(DirectoryService::view)
                .orElseGet(() -> createAgent(username, username, null));
    }

    public AgentView createAgent(String username, String displayName, String email) {
        String login = name(username, 80);
        if (!login.matches("[A-Za-z0-9._@-]+")) {
            throw new InvalidInputException("username", "may contain letters, digits and . _ @ - only");
        }
        directory.agentByUsername(login).ifPresent(a -> {
            throw new ConflictException("An agent with username '" + login + "' already exists (id " + a.id() + ").");
        });
        return view(directory.add(
                new Agent(login, name(displayName, 120), email == null || email.isBlank() ? null : Email.of(email))));
    }

    public AgentView updateAgent(long id, Patch<String> displayName, Patch<String> email, Patch<Boolean> active) {
        return updateAgent(id, null, displayName, email, active);
    }

    public AgentView updateAgent(
            long id, Long expectedVersion, Patch<String> displayName, Patch<String> email, Patch<Boolean> active) {
        Agent agent = directory.agent(id).orElseThrow(() -> new NotFoundException("Agent", id));
        holdTo("Agent " + id, expectedVersion, agent.version());
        displayName.ifSet(n -> agent.rename(name(n, 120)));
        email.ifSet(e -> agent.changeEmail(e == null || e.isBlank() ? null : Email.of(e)));
        active.ifSet(a -> agent.setActive(Boolean.TRUE.equals(a)));
        directory.flush();
        return view(agent);
    }

    public List<EntryView> boards() {
        return directory.boards().stream()
                .map(b -> new EntryView(b.id(), b.name(), b.isActive(), b.version()))
                .toList();
    }

    public EntryView createBoard(String name) {
        String checked = name(name, 80);
        directory.boardByName(checked).ifPresent(b -> {
            throw new ConflictException("A board named '" + b.name() + "' already exists (id " + b.id() + ").");
        });
        Board board = directory.add(new Board(checked));
        return new EntryView(board.id(), board.name(), board.isActive(), board.version());
    }

    public EntryView board(long id) {
        return entry(directory.board(id).orElseThrow(() -> new NotFoundException("Board", id)));
    }

    public EntryView updateBoard(long id, Patch<String> name, Patch<Boolean> active) {
        return updateBoard(id, null, name, active);
    }

    public EntryView updateBoard(long id, Long expectedVersion, Patch<String> name, Patch<Boolean> active) {
        Board board = directory.board(id).orElseThrow(() -> new NotFoundException("Board", id));
        holdTo("Board " + id, expectedVersion, board.version());
        name.ifSet(n -> {
            String checked = name(n, 80);
            directory
                    .boardByName(checked)
                    .filter(other -> !other.id().equals(id))
                    .ifPresent(other -> {
                        throw new ConflictException(
                                "A board named '" + other.name() + "' already exists (id " + other.id() + ").");
                    });
            board.rename(checked);
        });
        active.ifSet(a -> board.setActive(Boolean.TRUE.equals(a)));
        directory.flush();
        return entry(board);
    }

    public List<EntryView> categories() {
        return directory.categories().stream()
                .map(c -> new EntryView(c.id(), c.name(), c.isActive(), c.version()))
                .toList();
    }

    public EntryView createCategory(String name) {
        String checked = name(name, 80);
        directory.categoryByName(checked).ifPresent(c -> {
            throw new ConflictException("A category named '" + c.name() + "' already exists (id " + c.id() + ").");
        });
        Category category = directory.add(new Category(checked));
        return new EntryView(category.id(), category.name(), category.isActive(), category.version());
    }

    public EntryView category(long id) {
        return entry(directory.category(id).orElseThrow(() -> new NotFoundException("Category", id)));
    }

    public EntryView updateCategory(long id, Patch<String> name, Patch<Boolean> active) {
        return updateCategory(id, null, name, active);
    }

    public EntryView updateCategory(long id, Long expectedVersion, Patch<String> name, Patch<Boolean> active) {
        Category category = directory.category(id).orElseThrow(() -> new NotFoundException("Category", id));
        holdTo("Category " + id, expectedVersion, category.version());
        name.ifSet(n -> {
            String checked = name(n, 80);
            directory
                    .categoryByName(checked)
                    .filter(other -> !other.id().equals(id))
                    .ifPresent(other -> {
                        throw new ConflictException(
                                "A category named '" + other.name() + "' already exists (id " + other.id() + ").");
                    });
            category.rename(checked);
        });
        active.ifSet(a -> category.setActive(Boolean.TRUE.equals(a)));
        directory.flush();
        return entry(category);
    }

    private static EntryView entry(io.switchboard.domain.directory.TicketClassifier c) {
        return new EntryView(c.id(), c.name(), c.isActive(), c.version());
    }

    private static void holdTo(String what, Long expectedVersion, long actual) {
        if (expectedVersion != null && expectedVersion != actual) {
            throw new StaleVersionException(what, expectedVersion, actual);
        }
    }

    private static String name(String value, int max) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty() || trimmed.length() > max) {
            throw new InvalidInputException("name", "must be 1 to " + max + " characters");
        }
        return trimmed;
    }

    private static String domain(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String d = value.strip().toLowerCase(java.util.Locale.ROOT);
        if (d.length() > 120 || !d.matches("[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+")) {
            throw new InvalidInputException("emailDomain", "must be a domain name like acme.com");
        }
        return d;
    }

    private static String phone(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String p = value.strip();
        if (p.length() > 40 || !p.matches("[0-9+()./ x-]+")) {
            throw new InvalidInputException(
                    "phone", "may contain digits, spaces and + ( ) . / - x, at most 40 characters");
        }
        return p;
    }

    private static CompanyView view(Company c) {
        return new CompanyView(c.id(), c.name(), c.emailDomain(), c.isActive(), c.version());
    }

    private static ContactView view(Contact c) {
        return new ContactView(
                c.id(),
                c.name(),
                c.email().value(),
                c.phone(),
                TicketViews.ref(c.company()),
                c.isActive(),
                c.version());
    }

    private static AgentView view(Agent a) {
        return new AgentView(a.id(), a.username(), a.displayName(), a.email(), a.isActive(), a.version());
    }
}
