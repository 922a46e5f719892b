package io.switchboard.infrastructure.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class PostgresQueryTest {

    @Test
    void everyWordMustMatchAPhraseStaysAPhraseAndAMinusExcludes() {
        PostgresQuery q = PostgresQuery.parse("outlook \"does not sync\" -printer");
        assertEquals(
                "((plainto_tsquery('english', ?) && phraseto_tsquery('english', ?)) && !!plainto_tsquery('english', ?))",
                q.sql());
        assertEquals(List.of("outlook", "does not sync", "printer"), q.parameters());
    }

    @Test
    void aPrefixKeepsOnlyLettersAndDigitsSoNoTsquerySyntaxGetsThrough() {
        PostgresQuery q = PostgresQuery.parse("exch'|!:*");
        assertEquals("((to_tsquery('english', ?)))", q.sql());
        assertEquals(List.of("exch:*"), q.parameters());
        assertNull(PostgresQuery.parse("'|!*"), "a prefix of no letters is no query");
    }

    @Test
    void aNumberAlsoFindsTicketNumbersContainingIt() {
        PostgresQuery q = PostgresQuery.parse("00177");
        assertEquals("(to_tsquery('simple', ?) || (plainto_tsquery('english', ?)))", q.sql());
        assertEquals(List.of("n177:*", "00177"), q.parameters());
        assertEquals(177L, q.number(), "the ticket with that very number ranks first");
    }

    @Test
    void onlyExclusionsOrNothingIsNoQuery() {
        assertNull(PostgresQuery.parse("-printer"));
        assertNull(PostgresQuery.parse("   "));
        assertNull(PostgresQuery.parse("\"\""));
    }
}
