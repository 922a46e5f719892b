package io.switchboard.infrastructure.plugin;

import io.switchboard.application.parse.ParserFailed;
import io.switchboard.application.parse.ParserPlugins;
import io.switchboard.application.parse.PluginReading;
import io.switchboard.plugin.parse.ParsedTicket;
import io.switchboard.plugin.parse.TicketParser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The parser port over the plugin runtime: the oldest enabled parser instance whose plugin runs
 * reads the text, contained on its own bulkhead and circuit, and its SPI draft is translated into
 * the core's {@link PluginReading} here, at the edge.
 */
@ApplicationScoped
public class PluginParsers implements ParserPlugins {

    @Inject
    ConfiguredInstances instances;

    @Inject
    PluginRuntime runtime;

    /** Quick create is interactive: a parser that takes longer is treated as failed and the built-in one answers. */
    @Inject
    @ConfigProperty(name = "switchboard.plugins.parse-timeout-millis", defaultValue = "2000")
    long timeoutMillis;

    @Override
    public Optional<PluginReading> read(String text) throws ParserFailed {
        Optional<ConfiguredInstances.Bound> active = instances.enabled(PluginKind.PARSER).stream()
                .filter(b -> b.unavailable().isEmpty())
                .findFirst();
        if (active.isEmpty()) {
            return Optional.empty();
        }
        InstanceSnapshot parser = active.get().snapshot();
        ParsedTicket parsed;
        try {
            parsed = runtime.invoke(
                    parser, Duration.ofMillis(timeoutMillis), object -> ((TicketParser) object).parse(text));
        } catch (PluginCallFailed e) {
            throw new ParserFailed(parser.name(), e.getMessage());
        }
        if (parsed == null) {
            throw new ParserFailed(parser.name(), "it returned no draft");
        }
        return Optional.of(new PluginReading(parser.name(), parsed.fields(), parsed.warnings()));
    }
}
