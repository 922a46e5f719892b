package io.switchboard.domain.ticket;

import io.switchboard.domain.shared.Keyed;
import io.switchboard.domain.shared.Origin;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Column converters that store an enum by its key, so the database reads like the API. Each one
 * names its types directly (no generic base class): EclipseLink only converts query parameters
 * correctly when it can read the converter's types from the class itself.
 */
public final class KeyedConverters {

    private KeyedConverters() {}

    static <E extends Enum<E> & Keyed> E fromKey(Class<E> type, String key) {
        return key == null ? null : Keyed.parse(type, type.getSimpleName(), key);
    }

    @Converter(autoApply = true)
    public static class TicketTypeConverter implements AttributeConverter<TicketType, String> {
        @Override
        public String convertToDatabaseColumn(TicketType value) {
            return value == null ? null : value.key();
        }

        @Override
        public TicketType convertToEntityAttribute(String key) {
            return fromKey(TicketType.class, key);
        }
    }

    @Converter(autoApply = true)
    public static class OriginConverter implements AttributeConverter<Origin, String> {
        @Override
        public String convertToDatabaseColumn(Origin value) {
            return value == null ? null : value.key();
        }

        @Override
        public Origin convertToEntityAttribute(String key) {
            return fromKey(Origin.class, key);
        }
    }

    @Converter(autoApply = true)
    public static class LinkTypeConverter implements AttributeConverter<LinkType, String> {
        @Override
        public String convertToDatabaseColumn(LinkType value) {
            return value == null ? null : value.key();
        }

        @Override
        public LinkType convertToEntityAttribute(String key) {
            return fromKey(LinkType.class, key);
        }
    }
}
