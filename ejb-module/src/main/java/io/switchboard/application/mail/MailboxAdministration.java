package io.switchboard.application.mail;

import io.switchboard.application.plugin.InstanceAdministration;
import io.switchboard.application.view.PluginViews.InstanceView;
import io.switchboard.domain.mail.InboundMailRepository;
import io.switchboard.domain.mail.MailState;
import io.switchboard.domain.mail.MailboxPollState;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The mailboxes for their admin page: every mail-source plugin instance with its settings, its
 * state and how its reads went. Adding, editing and switching them is plugin instance work
 * ({@link InstanceAdministration}), so the Plugins page, this page and the API cannot disagree.
 */
@Stateless
public class MailboxAdministration {

    /** The plugin kind whose instances are mailboxes. */
    public static final String KIND = "mail";

    @Inject
    InstanceAdministration plugins;

    @Inject
    InboundMailRepository mails;

    public List<MailboxView> mailboxes() {
        List<InstanceView> instances = plugins.instances(null).stream()
                .filter(i -> KIND.equals(i.kind()))
                .toList();
        Map<Long, MailboxPollState> polls = mails
                .pollStates(instances.stream().map(InstanceView::id).toList())
                .stream()
                .collect(Collectors.toMap(MailboxPollState::mailboxId, Function.identity()));
        return instances.stream()
                .map(i -> view(i, polls.getOrDefault(i.id(), new MailboxPollState(i.id()))))
                .toList();
    }

    private MailboxView view(InstanceView i, MailboxPollState poll) {
        Map<String, String> c = i.config();
        String port = c.get("port");
        String host = c.get("host");
        return new MailboxView(
                i.id(),
                i.name(),
                i.plugin(),
                i.enabled(),
                i.state(),
                i.stateReason(),
                host == null ? null : port == null ? host : host + ":" + port,
                c.get("username"),
                c.getOrDefault("folder", "INBOX"),
                c.get("board"),
                c.getOrDefault("priority", "medium"),
                c.getOrDefault("pollSeconds", "60"),
                !"false".equals(c.get("idle")),
                poll.lastPollAt(),
                poll.lastMailAt(),
                poll.lastTaken(),
                poll.lastSuccessAt(),
                poll.lastError(),
                poll.lastErrorAt(),
                poll.failuresInRow(),
                mails.count(MailState.QUARANTINED, i.id()));
    }
}
