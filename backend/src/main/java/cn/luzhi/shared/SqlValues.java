package cn.luzhi.shared;

import cn.luzhi.shared.time.AppClock;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** Reading native-query values and the year bounds reports share (dates are Beijing time, the database UTC). */
public final class SqlValues {
    private static final ZoneId ZONE = cn.luzhi.shared.time.AppClock.ZONE;

    private SqlValues() {
    }

    /** A BOOLEAN/TINYINT column or expression, whichever type the driver chose. */
    public static boolean bool(Object o) {
        return o instanceof Boolean b ? b : ((Number) o).intValue() != 0;
    }

    public static long num(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }

    /** part ÷ whole to four places, or null when there is nothing to divide by. */
    public static Double rate(long part, long whole) {
        return whole == 0 ? null : Math.round(part * 10000.0 / whole) / 10000.0;
    }

    /** A DATETIME column (kept in UTC) as an instant, whichever type the driver chose. */
    public static Instant instant(Object o) {
        if (o == null) {
            return null;
        }
        return o instanceof Timestamp t ? t.toInstant() : o instanceof Instant i ? i : ((LocalDateTime) o).toInstant(ZoneOffset.UTC);
    }

    /** A DATE column as a date; a DATETIME as its Beijing date. */
    public static LocalDate date(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof LocalDate d) {
            return d;
        }
        if (o instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        return instant(o).atZone(ZONE).toLocalDate();
    }

    /** The first instant of a year in Beijing time. */
    public static Instant yearStart(int year) {
        return LocalDate.of(year, 1, 1).atStartOfDay(ZONE).toInstant();
    }
}
