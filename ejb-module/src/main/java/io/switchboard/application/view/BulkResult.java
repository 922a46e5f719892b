package io.switchboard.application.view;

import java.util.List;

/** What a bulk action did, ticket by ticket, with the counts of each outcome. */
public record BulkResult(List<Item> items, int changed, int unchanged, int refused) {

    /** Outcomes of one ticket. */
    public enum Outcome implements io.switchboard.domain.shared.Keyed {
        CHANGED,
        UNCHANGED,
        REFUSED;

        @Override
        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** One ticket: what changed ("priority medium → high"), or why it was refused. */
    public record Item(String ticket, Outcome outcome, List<String> changes, String reason) {}

    public static BulkResult of(List<Item> items) {
        int changed =
                (int) items.stream().filter(i -> i.outcome() == Outcome.CHANGED).count();
        int refused =
                (int) items.stream().filter(i -> i.outcome() == Outcome.REFUSED).count();
        return new BulkResult(List.copyOf(items), changed, items.size() - changed - refused, refused);
    }
}
