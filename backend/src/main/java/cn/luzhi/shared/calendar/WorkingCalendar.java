package cn.luzhi.shared.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * China's working-day calendar: Monday to Friday, minus official holidays, plus make-up workdays (调休上班),
 * all kept as data in calendar_day so a new year's notice is loaded, not coded.
 */
@ApplicationScoped
public class WorkingCalendar {
    /** How deadlines are counted: natural days/months, or working days only. */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "DeadlineMode", description = "CALENDAR 自然日 / WORKING 工作日")
    public enum Mode { CALENDAR, WORKING }

    private volatile Map<LocalDate, CalendarDay.Kind> days;

    private Map<LocalDate, CalendarDay.Kind> days() {
        Map<LocalDate, CalendarDay.Kind> d = days;
        if (d == null) {
            d = new ConcurrentHashMap<>();
            for (CalendarDay c : CalendarDay.<CalendarDay>listAll()) {
                d.put(c.day, c.kind);
            }
            days = d;
        }
        return d;
    }

    /** Forget the cached days after the calendar changed. */
    public void reload() {
        days = null;
    }

    /** Used by tests and the what-if of a new notice: work against a given set of special days. */
    public static WorkingCalendar of(Map<LocalDate, CalendarDay.Kind> special) {
        WorkingCalendar c = new WorkingCalendar();
        c.days = new ConcurrentHashMap<>(special);
        return c;
    }

    public boolean isWorkingDay(LocalDate d) {
        CalendarDay.Kind k = days().get(d);
        if (k != null) {
            return k == CalendarDay.Kind.WORKDAY;
        }
        return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** The n-th working day after {@code start} (start itself not counted). */
    public LocalDate addWorkingDays(LocalDate start, int n) {
        LocalDate d = start;
        int left = n;
        while (left > 0) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                left--;
            }
        }
        return d;
    }

    /** Working days in (from, to]; negative when {@code to} is before {@code from}. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        int n = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                n++;
            }
        }
        return n;
    }

    /** The first working day on or after {@code d}: a deadline that falls on a day off moves to the next working day. */
    public LocalDate onOrNextWorkingDay(LocalDate d) {
        LocalDate x = d;
        while (!isWorkingDay(x)) {
            x = x.plusDays(1);
        }
        return x;
    }

    /**
     * A deadline {@code amount} days after {@code start}: in CALENDAR mode natural days, moved to the next working
     * day if it ends on a day off (the usual rule for legal time limits); in WORKING mode, working days only.
     */
    public LocalDate deadlineAfterDays(LocalDate start, int amount, Mode mode) {
        return mode == Mode.WORKING ? addWorkingDays(start, amount) : onOrNextWorkingDay(start.plusDays(amount));
    }

    /** A deadline {@code months} after {@code start} (Representative Law: three months, six at most), moved off days off. */
    public LocalDate deadlineAfterMonths(LocalDate start, int months) {
        return onOrNextWorkingDay(start.plusMonths(months));
    }

    public List<CalendarDay> year(int year) {
        return CalendarDay.list("day >= ?1 and day <= ?2 order by day", LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }
}
