package cn.luzhi.supervision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import cn.luzhi.shared.calendar.WorkingCalendarTest;
import org.junit.jupiter.api.Test;

class CadenceTest {
    static final Cadence.Settings LINGBAO = new Cadence.Settings(5, true, true, true, "人大办", "专门委员会", "县人民政府", "常委会");

    @Test
    void aYearOfLingbaosRhythmLandsOnWorkingDays() {
        var cal = WorkingCalendarTest.national2026();
        List<Cadence.Item> items = Cadence.generate(2026, LINGBAO, cal);
        assertEquals(12 + 4 + 2 + 1, items.size());
        assertTrue(items.stream().allMatch(i -> cal.isWorkingDay(i.due())), items.toString());
        // the 5th of October falls in the National Day holiday: the briefing moves to Thursday 10-08
        assertTrue(items.stream().anyMatch(i -> i.kind() == WorkItem.Kind.MONTHLY_BRIEFING && i.due().equals(LocalDate.of(2026, 10, 8))));
        // the third quarter ends on Wednesday 09-30, a working day
        assertTrue(items.stream().anyMatch(i -> i.kind() == WorkItem.Kind.QUARTERLY_INSPECTION && i.due().equals(LocalDate.of(2026, 9, 30))));
        // 2026-12-20 is a Sunday: the annual review is due the Friday before
        assertTrue(items.stream().anyMatch(i -> i.kind() == WorkItem.Kind.ANNUAL_REVIEW && i.due().equals(LocalDate.of(2026, 12, 18))));
        assertEquals("县人民政府", items.stream().filter(i -> i.kind() == WorkItem.Kind.SEMI_ANNUAL_REPORT).findFirst().get().owner());
    }

    @Test
    void onlyWhatThePlanAsksForIsGenerated() {
        var cal = WorkingCalendarTest.national2026();
        var quarterlyOnly = new Cadence.Settings(0, true, false, false, "", "专门委员会", "", "");
        List<Cadence.Item> items = Cadence.generate(2026, quarterlyOnly, cal);
        assertEquals(4, items.size());
        assertTrue(items.stream().allMatch(i -> i.kind() == WorkItem.Kind.QUARTERLY_INSPECTION));
    }
}
