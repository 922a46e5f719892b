package io.switchboard.interfaces.rest.json;

import io.switchboard.application.command.LinkRole;
import io.switchboard.domain.shared.Keyed;
import io.switchboard.domain.shared.Origin;
import io.switchboard.domain.ticket.Priority;
import io.switchboard.domain.ticket.TicketType;
import io.switchboard.domain.workflow.StatusCategory;
import jakarta.json.bind.adapter.JsonbAdapter;
import java.util.Arrays;
import java.util.List;

/** Writes the domain's enums by their lower-case keys, as the API documents them. */
public final class KeyedAdapters {

    private KeyedAdapters() {}

    static JsonbAdapter<?, ?>[] all() {
        return new JsonbAdapter<?, ?>[] {
            new PriorityAdapter(),
            new TypeAdapter(),
            new OriginAdapter(),
            new CategoryAdapter(),
            new LinkRoleAdapter(),
            new SlaStateAdapter(),
            new BulkOutcomeAdapter()
        };
    }

    /** The enums written by key: the API document lists their keys, not their constant names. */
    public static List<Class<? extends Enum<?>>> types() {
        return Arrays.stream(all())
                .<Class<? extends Enum<?>>>map(a -> ((ByKey<?>) a).type)
                .toList();
    }

    abstract static class ByKey<E extends Enum<E> & Keyed> implements JsonbAdapter<E, String> {
        private final Class<E> type;

        ByKey(Class<E> type) {
            this.type = type;
        }

        @Override
        public String adaptToJson(E value) {
            return value.key();
        }

        @Override
        public E adaptFromJson(String key) {
            return Keyed.parse(type, type.getSimpleName(), key);
        }
    }

    public static class PriorityAdapter extends ByKey<Priority> {
        public PriorityAdapter() {
            super(Priority.class);
        }
    }

    public static class TypeAdapter extends ByKey<TicketType> {
        public TypeAdapter() {
            super(TicketType.class);
        }
    }

    public static class OriginAdapter extends ByKey<Origin> {
        public OriginAdapter() {
            super(Origin.class);
        }
    }

    public static class CategoryAdapter extends ByKey<StatusCategory> {
        public CategoryAdapter() {
            super(StatusCategory.class);
        }
    }

    public static class LinkRoleAdapter extends ByKey<LinkRole> {
        public LinkRoleAdapter() {
            super(LinkRole.class);
        }
    }

    public static class SlaStateAdapter extends ByKey<io.switchboard.application.view.SlaTarget.State> {
        public SlaStateAdapter() {
            super(io.switchboard.application.view.SlaTarget.State.class);
        }
    }

    public static class BulkOutcomeAdapter extends ByKey<io.switchboard.application.view.BulkResult.Outcome> {
        public BulkOutcomeAdapter() {
            super(io.switchboard.application.view.BulkResult.Outcome.class);
        }
    }
}
