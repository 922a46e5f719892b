package io.switchboard.infrastructure.jpa;

import io.switchboard.application.plugin.PluginInstanceRepository;
import io.switchboard.domain.plugin.PluginInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class JpaPluginInstanceRepository implements PluginInstanceRepository {

    @PersistenceContext(unitName = "switchboard")
    private EntityManager em;

    @Override
    public List<PluginInstance> of(String pluginId) {
        String jpql = "SELECT i FROM PluginInstance i" + (pluginId == null ? "" : " WHERE i.pluginId = :p")
                + " ORDER BY i.name";
        var q = em.createQuery(jpql, PluginInstance.class);
        if (pluginId != null) {
            q.setParameter("p", pluginId);
        }
        return q.getResultList();
    }

    @Override
    public Optional<PluginInstance> find(long id) {
        return Optional.ofNullable(em.find(PluginInstance.class, id));
    }

    @Override
    public List<Long> named(String name) {
        return em.createQuery("SELECT i.id FROM PluginInstance i WHERE i.name = :n", Long.class)
                .setParameter("n", name)
                .getResultList();
    }

    @Override
    public void add(PluginInstance instance) {
        em.persist(instance);
        em.flush();
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public void remove(PluginInstance instance) {
        em.remove(instance);
    }

    @Override
    public Map<String, Long> countsByPlugin() {
        Map<String, Long> counts = new HashMap<>();
        em.createQuery("SELECT i.pluginId, COUNT(i) FROM PluginInstance i GROUP BY i.pluginId", Object[].class)
                .getResultList()
                .forEach(r -> counts.put((String) r[0], (Long) r[1]));
        return counts;
    }
}
