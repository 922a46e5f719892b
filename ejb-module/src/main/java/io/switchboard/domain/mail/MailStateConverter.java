package io.switchboard.domain.mail;

import io.switchboard.domain.shared.Keyed;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a {@link MailState} by its key; named types, so EclipseLink converts query parameters too. */
@Converter(autoApply = true)
public class MailStateConverter implements AttributeConverter<MailState, String> {

    @Override
    public String convertToDatabaseColumn(MailState value) {
        return value == null ? null : value.key();
    }

    @Override
    public MailState convertToEntityAttribute(String key) {
        return key == null ? null : Keyed.parse(MailState.class, "state", key);
    }
}
