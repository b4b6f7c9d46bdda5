package cn.luzhi.shared;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import cn.luzhi.shared.time.AppClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The account behind each bearer token, kept for the token's lifetime, so a request does not read {@code app_user}
 * again for every call of a session. A role taken away in Keycloak takes effect with the next token; an account
 * disabled in Lüzhi, when the caller's current token expires (minutes).
 */
@ApplicationScoped
public class CallerCache {
    /** More live tokens than this and the expired ones are dropped before a new one is kept. */
    static final int PRUNE_ABOVE = 20_000;

    record Entry(Caller caller, long expiresAt) {
    }

    private final Map<String, Entry> byToken = new ConcurrentHashMap<>();

    @Inject
    AppClock clock;

    Caller get(String token) {
        Entry e = token == null ? null : byToken.get(token);
        if (e == null) {
            return null;
        }
        if (e.expiresAt() <= clock.instant().getEpochSecond()) {
            byToken.remove(token);
            return null;
        }
        return e.caller();
    }

    void put(String token, long expiresAt, Caller caller) {
        if (token == null || expiresAt <= 0) {
            return;
        }
        if (byToken.size() > PRUNE_ABOVE) {
            long now = clock.instant().getEpochSecond();
            byToken.values().removeIf(e -> e.expiresAt() <= now);
        }
        byToken.put(token, new Entry(caller, expiresAt));
    }
}
