package cn.luzhi.shared.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.luzhi.shared.ProblemException;
import cn.luzhi.shared.audit.AuditTrail;
import cn.luzhi.shared.audit.HistoryEntry;
import cn.luzhi.shared.calendar.CalendarResource.Range;
import cn.luzhi.shared.calendar.CalendarResource.YearNotice;
import cn.luzhi.shared.time.AppClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Loading a year's State Council holiday notice into the working-day calendar, in one transaction. */
@ApplicationScoped
public class CalendarService {
    @Inject
    AppClock clock;
    @Inject
    WorkingCalendar calendar;
    @Inject
    AuditTrail audit;

    /** Replaces the year's holidays and make-up workdays with the notice's (idempotent, audited). */
    @Transactional
    public void replaceYear(int year, YearNotice notice) {
        List<CalendarDay> days = new ArrayList<>();
        for (int i = 0; i < notice.holidays().size(); i++) {
            Range r = notice.holidays().get(i);
            if (r.to().isBefore(r.from())) {
                throw ProblemException.invalid("holidays[" + i + "].to", "结束日期不能早于开始日期");
            }
            if (r.from().getYear() != year && r.to().getYear() != year) {
                throw ProblemException.invalid("holidays[" + i + "].from", "放假区间须与 " + year + " 年相交");
            }
            for (LocalDate d = r.from(); !d.isAfter(r.to()); d = d.plusDays(1)) {
                days.add(day(d, CalendarDay.Kind.HOLIDAY, r.name(), notice.source()));
            }
        }
        for (int i = 0; i < notice.makeUpWorkdays().size(); i++) {
            LocalDate d = notice.makeUpWorkdays().get(i);
            if (days.stream().anyMatch(x -> x.day.equals(d))) {
                throw ProblemException.invalid("makeUpWorkdays[" + i + "]", d + " 已是放假日，不能同时是调休上班日");
            }
            days.add(day(d, CalendarDay.Kind.WORKDAY, "调休上班", notice.source()));
        }
        CalendarDay.delete("day >= ?1 and day <= ?2", LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        CalendarDay.getEntityManager().flush();
        for (CalendarDay d : days) {
            CalendarDay.delete("day", d.day);
            d.persist();
        }
        audit.recorded("calendar-year", year, "UPDATED", List.of(new HistoryEntry.Change("notice", null, notice)));
        calendar.reload();
    }

    private CalendarDay day(LocalDate d, CalendarDay.Kind kind, String name, String source) {
        CalendarDay c = new CalendarDay();
        c.day = d;
        c.kind = kind;
        c.name = name;
        c.source = source;
        c.createdAt = clock.instant();
        return c;
    }
}
