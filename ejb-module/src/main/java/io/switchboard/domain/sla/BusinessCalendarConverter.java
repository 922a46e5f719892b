package io.switchboard.domain.sla;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter(autoApply = true)
public class BusinessCalendarConverter implements AttributeConverter<BusinessCalendar, String> {

    @Override
    public String convertToDatabaseColumn(BusinessCalendar calendar) {
        return calendar == null ? null : calendar.spec();
    }

    @Override
    public BusinessCalendar convertToEntityAttribute(String spec) {
        return BusinessCalendar.parse(spec);
    }
}
