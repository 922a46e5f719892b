package io.switchboard.infrastructure.plugin;

import io.switchboard.application.mail.InboundRef;
import io.switchboard.application.mail.MailTransport;
import io.switchboard.application.mail.MailTransportFailure;
import io.switchboard.application.mail.Mailbox;
import io.switchboard.application.mail.MailboxSettings;
import io.switchboard.domain.mail.MailLocation;
import io.switchboard.domain.plugin.PluginInstance;
import io.switchboard.domain.shared.Keyed;
import io.switchboard.domain.ticket.Priority;
import io.switchboard.plugin.PluginConfig;
import io.switchboard.plugin.RemoteFailure;
import io.switchboard.plugin.mail.FetchResult;
import io.switchboard.plugin.mail.IntakeSettings;
import io.switchboard.plugin.mail.MailAck;
import io.switchboard.plugin.mail.MailCursor;
import io.switchboard.plugin.mail.MailSource;
import io.switchboard.plugin.mail.MailboxInfo;
import io.switchboard.plugin.mail.MessageRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The mail port over mail-source plugins: every call is a contained call into the instance's
 * current plugin version, and the SPI's records are translated to the core's at this edge.
 * A typed {@link RemoteFailure} from the plugin becomes a {@link MailTransportFailure} that says
 * whether the message is gone and whether retrying can help.
 */
@ApplicationScoped
public class PluginMailTransport implements MailTransport {

    /** Downloads and batched moves may take longer than an ordinary plugin call. */
    static final Duration TRANSFER_TIMEOUT = Duration.ofSeconds(120);

    @PersistenceContext(unitName = "switchboard")
    EntityManager em;

    @Inject
    PluginRuntime runtime;

    @Inject
    InstanceConfigCodec codec;

    @Inject
    PluginSettings settings;

    private final Map<Long, InstanceSnapshot> snapshots = new ConcurrentHashMap<>();

    @Override
    public List<Mailbox> mailboxes() {
        List<Mailbox> out = new ArrayList<>();
        List<PluginInstance> instances = em.createQuery(
                        "SELECT i FROM PluginInstance i WHERE i.kind = :k AND i.enabled = TRUE ORDER BY i.id",
                        PluginInstance.class)
                .setParameter("k", PluginKind.MAIL.key())
                .getResultList();
        for (PluginInstance i : instances) {
            Optional<FactoryInfo> factory = runtime.status(i.pluginId())
                    .filter(s -> s.state() == PluginState.ACTIVE)
                    .flatMap(s -> s.factories().stream()
                            .filter(f -> f.kind() == PluginKind.MAIL && f.id().equals(i.factoryId()))
                            .findFirst());
            if (factory.isEmpty()) {
                continue;
            }
            PluginConfig config = codec.effective(i, factory.get().properties());
            snapshots.put(
                    i.id(),
                    new InstanceSnapshot(
                            i.id(), i.version(), i.pluginId(), PluginKind.MAIL, i.factoryId(), i.name(), config));
            out.add(new Mailbox(i.id(), i.name(), intake(config)));
        }
        snapshots.keySet().retainAll(out.stream().map(Mailbox::id).toList());
        return out;
    }

    static MailboxSettings intake(PluginConfig c) {
        Pattern number = null;
        try {
            number = c.get(IntakeSettings.TICKET_NUMBER_PATTERN)
                    .map(Pattern::compile)
                    .orElse(null);
        } catch (PatternSyntaxException e) {
            number = null; // validation refuses it on save; an old config is read without it
        }
        return new MailboxSettings(
                c.get(IntakeSettings.BOARD).orElse(null),
                c.get(IntakeSettings.PRIORITY)
                        .map(p -> Keyed.parse(Priority.class, "priority", p))
                        .orElse(Priority.MEDIUM),
                c.integer(IntakeSettings.MAX_MESSAGE_BYTES, IntakeSettings.DEFAULT_MAX_MESSAGE_BYTES),
                Duration.ofSeconds(
                        Math.max(1, c.integer(IntakeSettings.POLL_SECONDS, IntakeSettings.DEFAULT_POLL_SECONDS))),
                c.bool(IntakeSettings.IDLE, true),
                number,
                c.string(IntakeSettings.INTERNAL_MARKER, IntakeSettings.DEFAULT_INTERNAL_MARKER),
                c.integer(IntakeSettings.MAX_NEW_CONTACTS, IntakeSettings.DEFAULT_MAX_NEW_CONTACTS));
    }

    @Override
    public List<InboundRef> list(Mailbox mailbox, long uidValidity, long lastUid, int max) throws MailTransportFailure {
        List<MessageRef> refs =
                call(mailbox, settings.callTimeout(), s -> s.list(new MailCursor(uidValidity, lastUid), max));
        return refs.stream()
                .map(r -> new InboundRef(
                        new MailLocation(r.folder(), r.uidValidity(), r.uid(), r.size(), r.receivedAt()),
                        r.messageId()))
                .toList();
    }

    @Override
    public Download fetch(Mailbox mailbox, InboundRef ref, long maxBytes) throws MailTransportFailure {
        ByteArrayOutputStream sink =
                new ByteArrayOutputStream((int) Math.min(Math.max(ref.location().size(), 1024), maxBytes));
        FetchResult result = call(
                mailbox, TRANSFER_TIMEOUT, s -> s.fetch(spi(ref.location(), ref.messageIdHeader()), maxBytes, sink));
        return new Download(sink.toByteArray(), result.truncated());
    }

    @Override
    public void acknowledge(Mailbox mailbox, List<Ack> acks) throws MailTransportFailure {
        List<MailAck> spi = acks.stream()
                .map(a -> new MailAck(
                        spi(a.location(), null),
                        MailAck.Disposition.valueOf(a.disposition().name())))
                .toList();
        call(mailbox, TRANSFER_TIMEOUT, s -> {
            s.acknowledge(spi);
            return null;
        });
    }

    @Override
    public Description describe(Mailbox mailbox) throws MailTransportFailure {
        MailboxInfo info = call(mailbox, settings.callTimeout(), MailSource::describe);
        return new Description(
                info.folders(), info.folder(), info.uidValidity(), info.messages(), List.copyOf(info.capabilities()));
    }

    @Override
    public boolean awaitChange(Mailbox mailbox, long uidValidity, long lastUid, Duration max)
            throws MailTransportFailure {
        Boolean changed = call(
                mailbox,
                max.plus(settings.callTimeout()),
                s -> s.awaitChange(new MailCursor(uidValidity, lastUid), max));
        return Boolean.TRUE.equals(changed);
    }

    private static MessageRef spi(MailLocation l, String messageId) {
        return new MessageRef(
                l.folder() == null ? "" : l.folder(), l.uidValidity(), l.uid(), l.size(), l.receivedAt(), messageId);
    }

    private interface SourceCall<T> {
        T apply(MailSource source) throws Exception;
    }

    /** A typed failure carried out of the contained call, so the kind survives containment. */
    private record Refused(RemoteFailure failure) {}

    private <T> T call(Mailbox mailbox, Duration timeout, SourceCall<T> work) throws MailTransportFailure {
        InstanceSnapshot instance = snapshots.get(mailbox.id());
        if (instance == null) {
            throw new MailTransportFailure("mailbox " + mailbox.name() + " is not available", false, false);
        }
        Object answer;
        try {
            PluginOperation<AutoCloseable, Object> operation = object -> {
                try {
                    return work.apply((MailSource) object);
                } catch (RemoteFailure f) {
                    if (f.kind() == RemoteFailure.Kind.TRANSIENT || f.kind() == RemoteFailure.Kind.THROTTLED) {
                        throw f; // the containment decides: transient counts against the breaker, a throttle never
                    }
                    return new Refused(f);
                }
            };
            // Waits and transfers run on the instance's long-call lane: they never take an ordinary call's slots.
            answer = timeout.compareTo(settings.callTimeout()) > 0
                    ? runtime.invokeLong(instance, timeout, operation)
                    : runtime.invoke(instance, timeout, operation);
        } catch (PluginCallFailed e) {
            throw new MailTransportFailure(mailbox.name() + ": " + e.getMessage(), false, false);
        }
        if (answer instanceof Refused r) {
            RemoteFailure f = r.failure();
            throw new MailTransportFailure(
                    mailbox.name() + ": " + f.kind().name().toLowerCase() + ": " + f.getMessage(),
                    f.kind() == RemoteFailure.Kind.NOT_FOUND,
                    f.kind() != RemoteFailure.Kind.NOT_FOUND && f.kind() != RemoteFailure.Kind.CONFLICT);
        }
        @SuppressWarnings("unchecked")
        T result = (T) answer;
        return result;
    }
}
