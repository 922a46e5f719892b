package io.switchboard.interfaces.rest.error;

import io.switchboard.domain.shared.DomainException;
import io.switchboard.interfaces.rest.json.MalformedJsonException;
import io.switchboard.interfaces.rest.json.Problem;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLException;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Everything else. Known causes buried in container wrappers (a domain rule, a lost race on a
 * unique key, a lock timeout) still get their proper status; anything unknown is logged with an
 * incident id and answered with that id only.
 */
@Provider
public class FailureMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(FailureMapper.class.getName());

    @Override
    public Response toResponse(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof DomainException domain) {
                return DomainExceptionMapper.problem(domain).toResponse();
            }
            if (t instanceof MalformedJsonException malformed) {
                return new MalformedJsonMapper().toResponse(malformed);
            }
            if (t instanceof WebApplicationException web) {
                return new WebApplicationExceptionMapper().toResponse(web);
            }
            if (t instanceof OptimisticLockException || t instanceof PessimisticLockException || isLockTimeout(t)) {
                return Problem.of(
                                Status.CONFLICT,
                                "concurrent-change",
                                "Someone else changed this at the same moment. Reload and try again.")
                        .toResponse();
            }
            if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return Problem.of(
                                Status.CONFLICT,
                                "duplicate",
                                "This conflicts with something that already exists (a concurrent request may have just created it).")
                        .toResponse();
            }
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected failure, incident " + incident, failure);
        return Problem.of(
                        Status.INTERNAL_SERVER_ERROR,
                        "internal-error",
                        "Something went wrong on our side. The incident id " + incident
                                + " will help an administrator find out what.")
                .toResponse();
    }

    private static boolean isLockTimeout(Throwable t) {
        return t instanceof SQLException sql
                && ("40XL1".equals(sql.getSQLState())
                        || "40001".equals(sql.getSQLState())
                        || "40P01".equals(sql.getSQLState())
                        || "55P03".equals(sql.getSQLState()));
    }
}
