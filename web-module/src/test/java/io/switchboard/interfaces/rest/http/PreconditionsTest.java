package io.switchboard.interfaces.rest.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class PreconditionsTest {

    @Test
    void aStrongTagNamesItsVersion() {
        assertEquals(3L, Preconditions.expectedVersion("\"3\"", true));
    }

    @Test
    void aWeakTagNeverMatchesBecauseIfMatchComparesStrongly() {
        assertEquals(Preconditions.NO_VERSION, Preconditions.expectedVersion("W/\"3\"", true, () -> 3));
    }

    @Test
    void aListMatchesWhenAnyOfItsTagsIsTheCurrentVersion() {
        assertEquals(4L, Preconditions.expectedVersion("\"2\", \"4\"", true, () -> 4));
        assertEquals(4L, Preconditions.expectedVersion("W/\"4\", \"4\"", true, () -> 4));
    }

    @Test
    void aListWithoutTheCurrentVersionCannotMatch() {
        assertEquals(Preconditions.NO_VERSION, Preconditions.expectedVersion("\"2\",\"3\"", true, () -> 4));
        assertNotEquals(4L, Preconditions.expectedVersion("W/\"4\", \"3\"", true, () -> 4));
    }

    @Test
    void aStarOrAnOptionalMissingHeaderHoldsTheUpdateToNothing() {
        assertNull(Preconditions.expectedVersion("*", true));
        assertNull(Preconditions.expectedVersion(null, false));
    }

    @Test
    void aTagWeNeverIssuedCannotMatch() {
        assertEquals(Preconditions.NO_VERSION, Preconditions.expectedVersion("\"abc\"", true, () -> 1));
        assertEquals(Preconditions.NO_VERSION, Preconditions.expectedVersion("\"-1\"", true, () -> 1));
    }

    @Test
    void unquotedTagsAreReadAsStrongTags() {
        assertEquals(7L, Preconditions.expectedVersion("7", true));
    }
}
