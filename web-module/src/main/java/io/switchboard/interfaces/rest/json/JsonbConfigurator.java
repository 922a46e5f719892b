package io.switchboard.interfaces.rest.json;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.config.PropertyOrderStrategy;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/** The one JSON-B configuration: enums by key, explicit nulls, fields in alphabetical order, ISO-8601 instants. */
@Provider
@ApplicationScoped
public class JsonbConfigurator implements ContextResolver<Jsonb> {

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig()
            .withAdapters(KeyedAdapters.all())
            .withNullValues(true)
            .withPropertyOrderStrategy(PropertyOrderStrategy.LEXICOGRAPHICAL)
            .setProperty("jsonb.fail-on-unknown-properties", true));

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }

    /** The same instance for code that writes JSON outside a JAX-RS response (idempotency replays). */
    @Produces
    public Jsonb jsonb() {
        return JSONB;
    }
}
