package io.switchboard.domain.shared;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One field of a partial update: either left alone, or set to a value (which may be null, to
 * clear it). Tells "not sent" apart from "sent as null" without nesting Optionals.
 */
public final class Patch<T> {

    private static final Patch<?> UNCHANGED = new Patch<>(false, null);

    private final boolean set;
    private final T value;

    private Patch(boolean set, T value) {
        this.set = set;
        this.value = value;
    }

    @SuppressWarnings("unchecked")
    public static <T> Patch<T> unchanged() {
        return (Patch<T>) UNCHANGED;
    }

    public static <T> Patch<T> set(T value) {
        return new Patch<>(true, value);
    }

    public boolean isSet() {
        return set;
    }

    public T value() {
        if (!set) {
            throw new IllegalStateException("Field was not part of the update");
        }
        return value;
    }

    public void ifSet(Consumer<? super T> action) {
        if (set) {
            action.accept(value);
        }
    }

    public <R> Patch<R> map(Function<? super T, ? extends R> mapper) {
        return set ? Patch.set(value == null ? null : mapper.apply(value)) : unchanged();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Patch<?> p && p.set == set && Objects.equals(p.value, value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(set, value);
    }

    @Override
    public String toString() {
        return set ? "set(" + value + ")" : "unchanged";
    }
}
