package io.switchboard.infrastructure.jpa;

import io.switchboard.domain.directory.Agent;
import io.switchboard.domain.directory.Board;
import io.switchboard.domain.directory.Category;
import io.switchboard.domain.directory.Company;
import io.switchboard.domain.directory.Contact;
import io.switchboard.domain.directory.DirectoryRepository;
import io.switchboard.domain.directory.Email;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

@ApplicationScoped
public class JpaDirectoryRepository implements DirectoryRepository {

    @PersistenceContext(unitName = "switchboard")
    private EntityManager em;

    private final CatalogSnapshot agentIds = new CatalogSnapshot(
            () -> em.createQuery("SELECT a.id FROM Agent a ORDER BY a.displayName, a.id", Long.class)
                    .getResultList());

    @Override
    public Optional<Company> company(long id) {
        return Optional.ofNullable(em.find(Company.class, id));
    }

    @Override
    public Optional<Company> companyByName(String name) {
        return single(em.createQuery("SELECT c FROM Company c WHERE LOWER(c.name) = :n", Company.class)
                .setParameter("n", name.trim().toLowerCase(Locale.ROOT)));
    }

    @Override
    public Optional<Contact> contact(long id) {
        return Optional.ofNullable(em.find(Contact.class, id));
    }

    @Override
    public Optional<Contact> contactByEmail(Email email) {
        return single(em.createQuery("SELECT c FROM Contact c WHERE c.email = :e", Contact.class)
                .setParameter("e", email.value()));
    }

    @Override
    public Optional<Agent> agent(long id) {
        return Optional.ofNullable(em.find(Agent.class, id));
    }

    @Override
    public Optional<Agent> agentByUsername(String username) {
        return agents().stream().filter(a -> a.username().equals(username)).findFirst();
    }

    @Override
    public Optional<Board> board(long id) {
        return Optional.ofNullable(em.find(Board.class, id));
    }

    @Override
    public Optional<Board> boardByName(String name) {
        return boards().stream()
                .filter(b -> b.name().equalsIgnoreCase(name.trim()))
                .findFirst();
    }

    @Override
    public Optional<Category> category(long id) {
        return Optional.ofNullable(em.find(Category.class, id));
    }

    @Override
    public Optional<Category> categoryByName(String name) {
        return categories().stream()
                .filter(c -> c.name().equalsIgnoreCase(name.trim()))
                .findFirst();
    }

    @Override
    public List<Company> companies() {
        return cached(em.createQuery("SELECT c FROM Company c ORDER BY c.name", Company.class));
    }

    @Override
    public List<Contact> contacts(Long companyId, String query, int first, int max) {
        return contactQuery("SELECT c", " ORDER BY c.name, c.id", companyId, query, Contact.class)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    @Override
    public long contactCount(Long companyId, String query) {
        return contactQuery("SELECT COUNT(c)", "", companyId, query, Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> contactQuery(String select, String order, Long companyId, String query, Class<T> type) {
        String q = query == null
                ? ""
                : query.trim().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "");
        StringBuilder jpql = new StringBuilder(select).append(" FROM Contact c WHERE 1 = 1");
        if (companyId != null) {
            jpql.append(" AND c.company.id = :company");
        }
        if (!q.isEmpty()) {
            jpql.append(" AND (LOWER(c.name) LIKE :like OR c.email LIKE :like)");
        }
        TypedQuery<T> typed = em.createQuery(jpql.append(order).toString(), type);
        if (companyId != null) {
            typed.setParameter("company", companyId);
        }
        if (!q.isEmpty()) {
            typed.setParameter("like", "%" + q + "%");
        }
        return typed;
    }

    @Override
    public List<Agent> agents() {
        return agentIds.ids().stream()
                .map(id -> em.find(Agent.class, id))
                .filter(Objects::nonNull)
                .toList();
    }

    @Override
    public List<Board> boards() {
        return cached(em.createQuery("SELECT b FROM Board b ORDER BY b.name", Board.class));
    }

    @Override
    public List<Category> categories() {
        return cached(em.createQuery("SELECT c FROM Category c ORDER BY c.name", Category.class));
    }

    @Override
    public <T> T add(T entity) {
        if (entity instanceof Agent) {
            agentIds.invalidate();
        }
        em.persist(entity);
        em.flush();
        return entity;
    }

    @Override
    public void flush() {
        em.flush();
    }

    // Catalogues are small and their entities sit in the shared cache; the query itself is cheap.
    private static <T> List<T> cached(TypedQuery<T> query) {
        return query.getResultList();
    }

    private static <T> Optional<T> single(TypedQuery<T> query) {
        return query.setMaxResults(1).getResultStream().findFirst();
    }
}
