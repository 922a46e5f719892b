package io.switchboard.infrastructure.mail;

import io.switchboard.domain.mail.UndeliverableAddress;
import io.switchboard.domain.mail.UndeliverableAddresses;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** {@link UndeliverableAddresses} in the table mail_undeliverable. */
@ApplicationScoped
public class JpaUndeliverableAddresses implements UndeliverableAddresses {

    @PersistenceContext(unitName = "switchboard")
    EntityManager em;

    @Override
    public void mark(String address, String reason, Long ticketId, Instant at) {
        UndeliverableAddress known = em.find(UndeliverableAddress.class, UndeliverableAddress.normalise(address));
        if (known != null) {
            known.bouncedAgain(reason, ticketId, at);
        } else {
            em.persist(new UndeliverableAddress(address, reason, ticketId, at));
        }
    }

    @Override
    public boolean clear(String address) {
        UndeliverableAddress known = em.find(UndeliverableAddress.class, UndeliverableAddress.normalise(address));
        if (known == null) {
            return false;
        }
        em.remove(known);
        return true;
    }

    @Override
    public Set<String> markedAmong(Collection<String> addresses) {
        Set<String> wanted = new HashSet<>();
        addresses.stream()
                .filter(a -> a != null && !a.isBlank())
                .map(UndeliverableAddress::normalise)
                .forEach(wanted::add);
        if (wanted.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(
                em.createQuery("SELECT u.address FROM UndeliverableAddress u WHERE u.address IN :a", String.class)
                        .setParameter("a", wanted)
                        .getResultList());
    }

    @Override
    public List<UndeliverableAddress> all(int max) {
        return em.createQuery(
                        "SELECT u FROM UndeliverableAddress u ORDER BY u.markedAt DESC", UndeliverableAddress.class)
                .setMaxResults(max)
                .getResultList();
    }
}
