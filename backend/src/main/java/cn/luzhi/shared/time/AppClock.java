package cn.luzhi.shared.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one source of "now" in Lüzhi: every service injects it (as {@link Clock} or {@code AppClock}); nothing else
 * asks the system for the time (the build checks it). Deadlines, years and dates are counted in China Standard
 * Time. Tests move it forward instead of back-dating rows; only a build with {@code luzhi.clock.movable=true}
 * (the test profile) lets it move.
 */
@Singleton
public class AppClock extends Clock {
    /** Dates of deadlines, working days and reporting years are Beijing time; the database keeps UTC instants. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final Clock system = Clock.system(ZONE);
    private volatile Duration offset = Duration.ZERO;

    /** Whether tests may move the clock (false in production, so the time there is always the system's). */
    @ConfigProperty(name = "luzhi.clock.movable", defaultValue = "false")
    boolean movable;

    @Override
    public ZoneId getZone() {
        return ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(system.withZone(zone), offset);
    }

    @Override
    public Instant instant() {
        return system.instant().plus(offset);
    }

    /** Today in Beijing. */
    public LocalDate today() {
        return LocalDate.ofInstant(instant(), ZONE);
    }

    /** The current reporting year in Beijing. */
    public int year() {
        return today().getYear();
    }

    /** Moves the clock by the given amount (tests only). */
    public void moveBy(Duration d) {
        if (!movable) {
            throw new IllegalStateException("the clock can be moved only when luzhi.clock.movable=true");
        }
        offset = offset.plus(d);
    }

    /** Moves the clock so that today is the given day, keeping the time of day (tests only). */
    public void moveToDay(LocalDate day) {
        moveBy(Duration.ofDays(day.toEpochDay() - today().toEpochDay()));
    }

    /** Moves the clock to a moment (tests only). */
    public void moveTo(Instant at) {
        moveBy(Duration.between(instant(), at));
    }

    /** Back to the system's time. */
    public void reset() {
        offset = Duration.ZERO;
    }

    /** For entity callbacks, which CDI does not inject: the container's clock, or the system's outside a container. */
    public static Instant current() {
        ArcContainer c = Arc.container();
        return c == null ? Instant.now(Clock.systemUTC()) : c.instance(AppClock.class).get().instant();
    }
}
