package io.switchboard.application.view;

/** The catalogue records: companies, contacts, agents, boards and categories. */
public final class DirectoryViews {

    private DirectoryViews() {}

    public record CompanyView(long id, String name, String emailDomain, boolean active, long version) {}

    public record ContactView(
            long id, String name, String email, String phone, Ref company, boolean active, long version) {}

    public record AgentView(long id, String username, String name, String email, boolean active, long version) {}

    /** A board or a category. */
    public record EntryView(long id, String name, boolean active, long version) {}
}
