package io.switchboard.domain.ticket;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores the rank, so that an index on the column sorts the most urgent first. */
@Converter(autoApply = true)
public class PriorityConverter implements AttributeConverter<Priority, Short> {

    @Override
    public Short convertToDatabaseColumn(Priority priority) {
        return priority == null ? null : priority.rank();
    }

    @Override
    public Priority convertToEntityAttribute(Short rank) {
        return rank == null ? null : Priority.ofRank(rank);
    }
}
