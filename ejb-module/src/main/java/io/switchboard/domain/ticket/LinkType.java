package io.switchboard.domain.ticket;

import io.switchboard.domain.shared.Keyed;

/** How two tickets relate. A link row reads "source &lt;type&gt; target". */
public enum LinkType implements Keyed {
    /** Symmetric: the two are about related things. */
    RELATED("related"),
    /** The source is the parent of the target (a spin-off is a child). */
    PARENT("parent"),
    /** The source duplicates the target. */
    DUPLICATE("duplicate");

    private final String key;

    LinkType(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }
}
