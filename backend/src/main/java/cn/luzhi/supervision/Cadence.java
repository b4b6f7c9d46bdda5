package cn.luzhi.supervision;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import cn.luzhi.shared.calendar.WorkingCalendar;

/**
 * Lingbao's rhythm (seed 003: 一月一通报、一季一督查、半年一报告、一年一审议) turned into dated work for a year.
 * Dates falling on a day off move to the next working day; period ends move back to the last working day.
 */
public final class Cadence {
    /** What a plan asks for; {@code briefingDay} is the day of the month for the monthly briefing (0 for none). */
    public record Settings(int briefingDay, boolean quarterlyInspection, boolean semiAnnualReport, boolean annualReview,
            String briefingOwner, String inspectionOwner, String reportOwner, String reviewOwner) {
    }

    public record Item(WorkItem.Kind kind, String title, LocalDate due, String owner) {
    }

    private Cadence() {
    }

    public static List<Item> generate(int year, Settings s, WorkingCalendar calendar) {
        List<Item> out = new ArrayList<>();
        if (s.briefingDay() > 0) {
            for (int m = 1; m <= 12; m++) {
                YearMonth ym = YearMonth.of(year, m);
                LocalDate d = ym.atDay(Math.min(s.briefingDay(), ym.lengthOfMonth()));
                out.add(new Item(WorkItem.Kind.MONTHLY_BRIEFING, m + "月工作通报", calendar.onOrNextWorkingDay(d), s.briefingOwner()));
            }
        }
        if (s.quarterlyInspection()) {
            for (int q = 1; q <= 4; q++) {
                out.add(new Item(WorkItem.Kind.QUARTERLY_INSPECTION, "第" + "一二三四".charAt(q - 1) + "季度督查",
                        lastWorkingDay(YearMonth.of(year, q * 3).atEndOfMonth(), calendar), s.inspectionOwner()));
            }
        }
        if (s.semiAnnualReport()) {
            out.add(new Item(WorkItem.Kind.SEMI_ANNUAL_REPORT, "上半年工作报告", lastWorkingDay(LocalDate.of(year, 6, 30), calendar), s.reportOwner()));
            out.add(new Item(WorkItem.Kind.SEMI_ANNUAL_REPORT, "下半年工作报告", lastWorkingDay(LocalDate.of(year, 12, 31), calendar), s.reportOwner()));
        }
        if (s.annualReview()) {
            out.add(new Item(WorkItem.Kind.ANNUAL_REVIEW, "年度审议及满意度测评", lastWorkingDay(LocalDate.of(year, 12, 20), calendar), s.reviewOwner()));
        }
        out.sort((a, b) -> a.due().compareTo(b.due()));
        return out;
    }

    static LocalDate lastWorkingDay(LocalDate d, WorkingCalendar calendar) {
        LocalDate x = d;
        while (!calendar.isWorkingDay(x)) {
            x = x.minusDays(1);
        }
        return x;
    }
}
