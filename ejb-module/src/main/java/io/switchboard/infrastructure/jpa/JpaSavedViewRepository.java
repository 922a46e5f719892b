package io.switchboard.infrastructure.jpa;

import io.switchboard.domain.view.SavedView;
import io.switchboard.domain.view.SavedViewRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaSavedViewRepository implements SavedViewRepository {

    @PersistenceContext(unitName = "switchboard")
    private EntityManager em;

    @Override
    public SavedView add(SavedView view) {
        em.persist(view);
        em.flush(); // the version is assigned now: the answer's ETag must be the stored one
        return view;
    }

    @Override
    public Optional<SavedView> find(long id) {
        return Optional.ofNullable(em.find(SavedView.class, id));
    }

    @Override
    public List<SavedView> visibleTo(String login) {
        return em.createQuery(
                        "SELECT r FROM SavedView r WHERE r.owner IS NULL OR r.owner = :me ORDER BY r.name, r.id",
                        SavedView.class)
                .setParameter("me", login)
                .getResultList();
    }

    @Override
    public SavedView written(SavedView view) {
        em.flush();
        return view;
    }

    @Override
    public void remove(SavedView view) {
        em.remove(view);
    }
}
