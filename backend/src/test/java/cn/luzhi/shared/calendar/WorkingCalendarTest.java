package cn.luzhi.shared.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Working days around the 2026 National Day holiday (国庆节 10-01..10-07, make-up Saturday 10-10, Sunday 09-20). */
public class WorkingCalendarTest {
    public static WorkingCalendar national2026() {
        Map<LocalDate, CalendarDay.Kind> days = new HashMap<>();
        for (int d = 1; d <= 7; d++) {
            days.put(LocalDate.of(2026, 10, d), CalendarDay.Kind.HOLIDAY);
        }
        for (int d = 25; d <= 27; d++) {
            days.put(LocalDate.of(2026, 9, d), CalendarDay.Kind.HOLIDAY);
        }
        days.put(LocalDate.of(2026, 9, 20), CalendarDay.Kind.WORKDAY);
        days.put(LocalDate.of(2026, 10, 10), CalendarDay.Kind.WORKDAY);
        return WorkingCalendar.of(days);
    }

    @Test
    void holidaysAreOffAndMakeUpSaturdaysAreWorked() {
        WorkingCalendar c = national2026();
        assertFalse(c.isWorkingDay(LocalDate.of(2026, 10, 1)));
        assertFalse(c.isWorkingDay(LocalDate.of(2026, 10, 5)), "a Monday inside the holiday");
        assertTrue(c.isWorkingDay(LocalDate.of(2026, 10, 10)), "the make-up Saturday");
        assertFalse(c.isWorkingDay(LocalDate.of(2026, 10, 11)), "an ordinary Sunday");
        assertTrue(c.isWorkingDay(LocalDate.of(2026, 9, 20)), "the make-up Sunday before Mid-Autumn");
    }

    @Test
    void fiveWorkingDaysFromTheMondayBeforeNationalDayEndOnTheMakeUpSaturday() {
        WorkingCalendar c = national2026();
        // Mon 09-28 start: Tue 29, Wed 30 are 1 and 2; 10-01..07 off; Thu 08, Fri 09 are 3 and 4; Sat 10 (make-up) is 5
        assertEquals(LocalDate.of(2026, 10, 10), c.addWorkingDays(LocalDate.of(2026, 9, 28), 5));
        assertEquals(5, c.workingDaysBetween(LocalDate.of(2026, 9, 28), LocalDate.of(2026, 10, 10)));
        assertEquals(-5, c.workingDaysBetween(LocalDate.of(2026, 10, 10), LocalDate.of(2026, 9, 28)));
    }

    @Test
    void aCalendarDeadlineThatFallsInTheHolidayMovesToTheNextWorkingDay() {
        WorkingCalendar c = national2026();
        // three months after 07-03 is 10-03, inside the holiday: the deadline becomes Thursday 10-08
        assertEquals(LocalDate.of(2026, 10, 8), c.deadlineAfterMonths(LocalDate.of(2026, 7, 3), 3));
        assertEquals(LocalDate.of(2026, 10, 8), c.deadlineAfterDays(LocalDate.of(2026, 9, 30), 2, WorkingCalendar.Mode.CALENDAR));
        assertEquals(LocalDate.of(2026, 10, 9), c.deadlineAfterDays(LocalDate.of(2026, 9, 30), 2, WorkingCalendar.Mode.WORKING));
    }
}
