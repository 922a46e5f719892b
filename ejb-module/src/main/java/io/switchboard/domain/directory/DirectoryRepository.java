package io.switchboard.domain.directory;

import java.util.List;
import java.util.Optional;

/** Lookups and storage for the small, slowly changing catalogues tickets refer to. */
public interface DirectoryRepository {

    Optional<Company> company(long id);

    Optional<Company> companyByName(String name);

    Optional<Contact> contact(long id);

    Optional<Contact> contactByEmail(Email email);

    Optional<Agent> agent(long id);

    Optional<Agent> agentByUsername(String username);

    Optional<Board> board(long id);

    Optional<Board> boardByName(String name);

    Optional<Category> category(long id);

    Optional<Category> categoryByName(String name);

    List<Company> companies();

    List<Contact> contacts(Long companyId, String query, int first, int max);

    long contactCount(Long companyId, String query);

    List<Agent> agents();

    List<Board> boards();

    List<Category> categories();

    <T> T add(T entity);

    /** Writes pending changes, so that the versions read afterwards are the new ones. */
    void flush();
}
