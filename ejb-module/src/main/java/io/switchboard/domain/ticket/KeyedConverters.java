package io.switchboard.domain.ticket;

import io.switchboard.domain.shared.Keyed;
import io.switchboard.domain.shared.Origin;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Column converters that store an enum by its key, so the database reads like the API. */
public final class KeyedConverters {

    private KeyedConverters() {}

    abstract static class ByKey<E extends Enum<E> & Keyed> implements AttributeConverter<E, String> {
        private final Class<E> type;

        ByKey(Class<E> type) {
            this.type = type;
        }

        @Override
        public String convertToDatabaseColumn(E value) {
            return value == null ? null : value.key();
        }

        @Override
        public E convertToEntityAttribute(String key) {
            return key == null ? null : Keyed.parse(type, type.getSimpleName(), key);
        }
    }

    @Converter(autoApply = true)
    public static class TicketTypeConverter extends ByKey<TicketType> {
        public TicketTypeConverter() {
            super(TicketType.class);
        }
    }

    @Converter(autoApply = true)
    public static class OriginConverter extends ByKey<Origin> {
        public OriginConverter() {
            super(Origin.class);
        }
    }

    @Converter(autoApply = true)
    public static class LinkTypeConverter extends ByKey<LinkType> {
        public LinkTypeConverter() {
            super(LinkType.class);
        }
    }
}
