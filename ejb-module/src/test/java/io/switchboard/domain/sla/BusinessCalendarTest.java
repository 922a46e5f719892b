package io.switchboard.domain.sla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.domain.shared.FieldError;
import io.switchboard.domain.shared.InvalidInputException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BusinessCalendarTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final BusinessCalendar OFFICE = BusinessCalendar.parse("Europe/Berlin MON-FRI 08:00-18:00");

    /** A wall-clock time in Berlin; 10 January 2025 is a Friday. */
    private static Instant berlin(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BERLIN).toInstant();
    }

    @ParameterizedTest
    @ValueSource(strings = {"24x7", " 24X7 ", ""})
    void twentyFourSevenCountsEveryHour(String spec) {
        BusinessCalendar calendar = BusinessCalendar.parse(spec);
        Instant saturdayNight = Instant.parse("2025-01-11T23:00:00Z");

        assertTrue(calendar.isAlways());
        assertEquals(saturdayNight.plus(Duration.ofHours(5)), calendar.plus(saturdayNight, Duration.ofHours(5)));
        assertEquals(Duration.ofHours(5), calendar.between(saturdayNight, saturdayNight.plus(Duration.ofHours(5))));
    }

    @Test
    void nullMeansAroundTheClock() {
        assertSame(BusinessCalendar.ALWAYS, BusinessCalendar.parse(null));
    }

    @Test
    void plusStaysInsideOneWorkingDay() {
        assertEquals(berlin("2025-01-10T12:00"), OFFICE.plus(berlin("2025-01-10T09:00"), Duration.ofHours(3)));
    }

    @Test
    void plusCarriesOverTheWeekend() {
        assertEquals(berlin("2025-01-13T09:00"), OFFICE.plus(berlin("2025-01-10T17:00"), Duration.ofHours(2)));
    }

    @ParameterizedTest(name = "{0} + 1h = {1}")
    @CsvSource({
        "2025-01-11T10:00, 2025-01-13T09:00", // Saturday
        "2025-01-12T23:59, 2025-01-13T09:00", // Sunday night
        "2025-01-10T20:00, 2025-01-13T09:00", // Friday evening
        "2025-01-13T06:00, 2025-01-13T09:00", // Monday before opening
        "2025-01-13T17:30, 2025-01-14T08:30", // half an hour before closing
    })
    void timeOutsideOpeningHoursStartsCountingAtTheNextOpening(String start, String expected) {
        assertEquals(berlin(expected), OFFICE.plus(berlin(start), Duration.ofHours(1)));
    }

    @Test
    void betweenCountsOnlyOpeningHours() {
        assertEquals(Duration.ofHours(2), OFFICE.between(berlin("2025-01-10T17:00"), berlin("2025-01-13T09:00")));
        assertEquals(Duration.ofHours(50), OFFICE.between(berlin("2025-01-13T00:00"), berlin("2025-01-20T00:00")));
        assertEquals(Duration.ZERO, OFFICE.between(berlin("2025-01-11T08:00"), berlin("2025-01-12T20:00")));
    }

    @Test
    void betweenIsZeroWhenTheEndIsNotAfterTheStart() {
        Instant t = berlin("2025-01-13T10:00");
        assertEquals(Duration.ZERO, OFFICE.between(t, t));
        assertEquals(Duration.ZERO, OFFICE.between(t, t.minusSeconds(3600)));
    }

    @ParameterizedTest(name = "from {0} plus {1} min")
    @CsvSource({
        "2025-01-10T09:00, 1",
        "2025-01-10T09:00, 600",
        "2025-01-10T17:59, 2",
        "2025-01-11T12:00, 90",
        "2025-01-13T07:00, 3000",
        "2025-03-28T16:00, 240", // across the spring DST change
        "2025-10-24T16:30, 1234", // across the autumn DST change
        "2025-12-31T17:00, 10000",
    })
    void plusAndBetweenAreInverse(String start, long minutes) {
        Instant from = berlin(start);
        Duration amount = Duration.ofMinutes(minutes);

        Instant due = OFFICE.plus(from, amount);

        assertEquals(amount, OFFICE.between(from, due));
    }

    @ParameterizedTest(name = "from {0} to {1}")
    @CsvSource({
        "2025-01-10T09:00, 2025-01-10T09:01",
        "2025-01-10T17:00, 2025-01-13T09:30",
        "2025-01-11T12:00, 2025-01-15T11:00",
        "2025-03-27T12:00, 2025-04-01T12:00",
    })
    void plusOfBetweenLandsOnAnEndInsideOpeningHours(String start, String end) {
        Instant from = berlin(start);
        Instant to = berlin(end);

        assertEquals(to, OFFICE.plus(from, OFFICE.between(from, to)));
    }

    @Test
    void theWorkingDayFollowsLocalTimeAcrossTheSpringChange() {
        // Friday 17:00 CET is 16:00Z; Monday 09:00 CEST is 07:00Z: two business hours, 63 real ones.
        Instant friday = Instant.parse("2025-03-28T16:00:00Z");
        Instant monday = Instant.parse("2025-03-31T07:00:00Z");

        assertEquals(monday, OFFICE.plus(friday, Duration.ofHours(2)));
        assertEquals(Duration.ofHours(2), OFFICE.between(friday, monday));
    }

    @Test
    void aWindowOverTheClockChangeHasTheHoursThatReallyPass() {
        BusinessCalendar nightShift = BusinessCalendar.parse("Europe/Berlin SUN 01:00-04:00");

        assertEquals(Duration.ofHours(3), nightShift.between(berlin("2025-03-23T00:00"), berlin("2025-03-24T00:00")));
        assertEquals(Duration.ofHours(2), nightShift.between(berlin("2025-03-30T00:00"), berlin("2025-03-31T00:00")));
        assertEquals(Duration.ofHours(4), nightShift.between(berlin("2025-10-26T00:00"), berlin("2025-10-27T00:00")));
        assertEquals(berlin("2025-03-30T04:00"), nightShift.plus(berlin("2025-03-30T01:00"), Duration.ofHours(2)));
    }

    @Test
    void aWindowEndingAt24CountsTheWholeDay() {
        BusinessCalendar allWeek = BusinessCalendar.parse("Europe/Berlin MON-SUN 00:00-24:00");

        assertEquals(Duration.ofHours(24), allWeek.between(berlin("2025-01-13T00:00"), berlin("2025-01-14T00:00")));
        assertEquals(Duration.ofHours(23), allWeek.between(berlin("2025-03-30T00:00"), berlin("2025-03-31T00:00")));
        assertEquals(berlin("2025-01-14T01:00"), allWeek.plus(berlin("2025-01-13T23:00"), Duration.ofHours(2)));
    }

    @Test
    void severalWindowsADaySkipTheGapsBetweenThem() {
        BusinessCalendar withLunch =
                BusinessCalendar.parse("Europe/Berlin MON-FRI 08:00-12:00, MON-FRI 13:00-17:00, SAT 09:00-12:00");

        assertEquals(berlin("2025-01-13T14:00"), withLunch.plus(berlin("2025-01-13T11:00"), Duration.ofHours(2)));
        assertEquals(berlin("2025-01-11T10:00"), withLunch.plus(berlin("2025-01-10T16:00"), Duration.ofHours(2)));
        assertEquals(Duration.ofHours(43), withLunch.between(berlin("2025-01-13T00:00"), berlin("2025-01-20T00:00")));
    }

    @Test
    void aDayRangeMayWrapAroundTheWeekend() {
        BusinessCalendar weekendCover = BusinessCalendar.parse("Europe/Berlin FRI-MON 10:00-12:00");

        assertEquals(Duration.ofHours(8), weekendCover.between(berlin("2025-01-13T00:00"), berlin("2025-01-20T00:00")));
    }

    @Test
    void windowsAcrossMidnightAreRefused() {
        InvalidInputException refused = assertThrows(
                InvalidInputException.class, () -> BusinessCalendar.parse("Europe/Berlin MON-FRI 22:00-06:00"));

        assertEquals("calendar", refused.errors().get(0).field());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Europe/Berlin",
                "Europe/Berlin ",
                "Mars/Olympus MON-FRI 08:00-18:00",
                "Europe/Berlin XYZ 08:00-18:00",
                "Europe/Berlin MO 08:00-18:00",
                "Europe/Berlin MON-FRI 8-18",
                "Europe/Berlin MON-FRI 08:00",
                "Europe/Berlin MON-FRI 08:00-08:00",
                "Europe/Berlin MON-FRI 08:00-25:00",
                "Europe/Berlin MON-FRI 08:00-18:00 extra",
                "Europe/Berlin MON- 08:00-18:00",
                "Europe/Berlin MON-FRI-SUN 08:00-18:00",
                "Europe/Berlin MON-FRI 08:00-18:00, FRI 08:00-20:00",
                "Europe/Berlin MON 08:00-12:00, MON 11:00-14:00",
            })
    void invalidSpecsAreRefusedOnTheCalendarField(String spec) {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> BusinessCalendar.parse(spec));

        List<FieldError> errors = refused.errors();
        assertEquals(1, errors.size());
        assertEquals("calendar", errors.get(0).field());
        assertFalse(errors.get(0).message().isBlank());
    }

    @Test
    void anUnknownZoneIsNamedInTheError() {
        InvalidInputException refused = assertThrows(
                InvalidInputException.class, () -> BusinessCalendar.parse("Mars/Olympus MON-FRI 08:00-18:00"));

        assertTrue(refused.errors().get(0).message().contains("Mars/Olympus"));
    }

    @Test
    void theSpecIsKeptForStorage() {
        BusinessCalendar calendar = BusinessCalendar.parse("  Europe/Berlin MON-FRI 08:00-18:00 ");

        assertEquals("Europe/Berlin MON-FRI 08:00-18:00", calendar.spec());
        assertEquals(OFFICE, calendar);
        assertFalse(calendar.isAlways());
    }
}
