package io.switchboard.testsupport;

import java.lang.reflect.Field;

/**
 * Gives an entity the id the database would have generated. Entities keep {@code id} private and
 * have no setter on purpose; tests that need one (numbers, history rows, events, company checks)
 * go through here and nowhere else.
 */
public final class Ids {

    private Ids() {}

    public static <T> T assign(T entity, long id) {
        try {
            Field field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(
                    "Cannot set the id of " + entity.getClass().getSimpleName(), e);
        }
    }
}
