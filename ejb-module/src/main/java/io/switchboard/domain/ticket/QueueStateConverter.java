package io.switchboard.domain.ticket;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter(autoApply = true)
public class QueueStateConverter implements AttributeConverter<QueueState, Short> {

    @Override
    public Short convertToDatabaseColumn(QueueState state) {
        return state == null ? null : (short) state.ordinal();
    }

    @Override
    public QueueState convertToEntityAttribute(Short ordinal) {
        return ordinal == null ? null : QueueState.values()[ordinal];
    }
}
