package cn.luzhi.shared;

import java.time.LocalDate;

import cn.luzhi.shared.calendar.WorkingCalendar;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 三色预警: green on track, yellow within the last working days before the deadline, red overdue. */
@Schema(name = "Warning", description = "GREEN 正常 / YELLOW 临期 / RED 逾期；未在办理中的建议为 NONE")
public enum Warning {
    NONE, GREEN, YELLOW, RED;

    /** The colour of anything open with a deadline (suggestions, supervision problems). */
    public static Warning of(boolean open, LocalDate deadline, LocalDate today, int yellowDays, WorkingCalendar calendar) {
        if (!open || deadline == null) {
            return NONE;
        }
        if (today.isAfter(deadline)) {
            return RED;
        }
        return deadline.isAfter(yellowLimit(today, yellowDays, calendar)) ? GREEN : YELLOW;
    }

    /** The last deadline that is still yellow today: {@code yellowDays} working days ahead. */
    public static LocalDate yellowLimit(LocalDate today, int yellowDays, WorkingCalendar calendar) {
        return calendar.addWorkingDays(today, yellowDays);
    }
}
