package cn.luzhi.suggestions;

import cn.luzhi.shared.Surface;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import cn.luzhi.shared.time.AppClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Each congress's yellow-warning threshold, kept for a minute: every list row's colour needs it, and it changes
 * rarely. A change made here is seen at once; one made on another instance of the backend within a minute.
 */
@Surface
@ApplicationScoped
public class WarningThresholds {
    static final long KEEP_SECONDS = 60;

    record Kept(int yellowDays, long until) {
    }

    private final Map<Long, Kept> byCongress = new ConcurrentHashMap<>();

    @Inject
    AppClock clock;

    /** Yellow from this many working days before a deadline, in the given congress (for suggestions and supervision problems alike). */
    public int yellowDays(long congressId) {
        long now = clock.instant().getEpochSecond();
        Kept k = byCongress.get(congressId);
        if (k == null || k.until() <= now) {
            k = new Kept(SuggestionSettings.of(congressId).yellowDays, now + KEEP_SECONDS);
            byCongress.put(congressId, k);
        }
        return k.yellowDays();
    }

    void changed(long congressId) {
        byCongress.remove(congressId);
    }
}
