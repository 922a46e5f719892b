package io.switchboard.domain.workflow;

import io.switchboard.domain.shared.Keyed;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter(autoApply = true)
public class StatusCategoryConverter implements AttributeConverter<StatusCategory, String> {

    @Override
    public String convertToDatabaseColumn(StatusCategory category) {
        return category == null ? null : category.key();
    }

    @Override
    public StatusCategory convertToEntityAttribute(String key) {
        return key == null ? null : Keyed.parse(StatusCategory.class, "category", key);
    }
}
