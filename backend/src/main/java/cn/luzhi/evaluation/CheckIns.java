package cn.luzhi.evaluation;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Set;

import cn.luzhi.shared.Caller;
import cn.luzhi.shared.CurrentCaller;
import cn.luzhi.shared.ProblemException;
import cn.luzhi.shared.TenantLookup;
import cn.luzhi.shared.WorkflowSteps;
import cn.luzhi.shared.audit.AuditTrail;
import cn.luzhi.shared.audit.HistoryEntry;
import cn.luzhi.shared.time.AppClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * 扫码签到: staff show an activity's QR code; a signed-in deputy who opens its link during the window is recorded
 * present, with the time, once. The code is 256 random bits, renewable; the scan counts in the scores at once.
 */
@ApplicationScoped
public class CheckIns {
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    EntityManager em;
    @Inject
    CurrentCaller caller;
    @Inject
    TenantLookup lookup;
    @Inject
    WorkflowSteps steps;
    @Inject
    AuditTrail audit;
    @Inject
    AppClock clock;
    @Inject
    ActivityService activities;
    @Inject
    cn.luzhi.directory.Directory directory;
    @ConfigProperty(name = "luzhi.check-in.opens-before", defaultValue = "30m")
    Duration opensBefore;

    /** What the check-in page shows before the deputy confirms: the activity, its window, whether they already checked in. */
    public record Card(Activity activity, Instant opens, Instant closes, Instant checkedInAt, boolean invited, boolean open) {
    }

    /** The result of a scan: {@code already} when the deputy had checked in before (nothing changed). */
    public record Scan(Activity activity, Instant checkedInAt, boolean already) {
    }

    public Duration opensBefore() {
        return opensBefore;
    }

    /** A new unguessable code for the activity; the old one (and its prints) stop working. */
    @Transactional
    public Activity renew(long activityId, String ifMatch) {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        String code = Base64.getUrlEncoder().withoutPadding().encodeToString(b);
        return steps.apply(lookup.require(Activity.class, activityId, "活动"), "activity", ifMatch, a -> a.renewCheckInCode(code));
    }

    /** Staff read the code of an activity (404 when none was made yet). */
    public Activity withCode(long activityId) {
        Activity a = lookup.require(Activity.class, activityId, "活动");
        if (a.checkInCode == null) {
            throw ProblemException.notFound("签到码");
        }
        return a;
    }

    public Card card(String code) {
        Activity a = byCode(code);
        long deputy = deputy();
        Object[] row = participant(a.id, deputy);
        Instant[] w = a.checkInWindow(opensBefore);
        Instant now = clock.instant();
        return new Card(a, w[0], w[1], row == null ? null : ActivityService.instant(row[1]), row != null || a.openToAll,
                !now.isBefore(w[0]) && !now.isAfter(w[1]));
    }

    @Transactional
    public Scan checkIn(String code) {
        Activity a = byCode(code);
        long deputy = deputy();
        // one scan at a time per activity: two quick scans of one deputy cannot both insert
        em.createNativeQuery("SELECT id FROM activity WHERE id = ?1 FOR UPDATE").setParameter(1, a.id).getResultList();
        Object[] row = participant(a.id, deputy);
        if (row != null && row[1] != null) {
            return new Scan(a, ActivityService.instant(row[1]), true);
        }
        if (row == null && !a.openToAll) {
            throw ProblemException.forbidden("您不在本次活动的邀请名单中，不能签到；如应参加，请联系工作人员");
        }
        // as the database keeps it (DATETIME(6)), so the answer and later reads agree
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        a.requireCheckInOpen(now, opensBefore);
        String before = row == null ? null : (String) row[0];
        if (row == null) {
            em.createNativeQuery("INSERT INTO activity_participant (activity_id, mandate_id, congress_id, year, type_id, counted, attendance, rating, checked_in_at)"
                    + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'PRESENT', NULL, ?7)").setParameter(1, a.id).setParameter(2, deputy).setParameter(3, a.congressId)
                    .setParameter(4, a.occurredOn.getYear()).setParameter(5, a.typeId).setParameter(6, a.counted()).setParameter(7, now).executeUpdate();
        } else {
            em.createNativeQuery("UPDATE activity_participant SET attendance = 'PRESENT', checked_in_at = ?1 WHERE activity_id = ?2 AND mandate_id = ?3")
                    .setParameter(1, now).setParameter(2, a.id).setParameter(3, deputy).executeUpdate();
        }
        String name = directory.deputy(deputy).map(cn.luzhi.directory.Directory.Deputy::name).orElse("代表 " + deputy);
        audit.recorded("activity", a.id, "CHECKED_IN", List.of(new HistoryEntry.Change(name + " 扫码签到", before, "PRESENT")));
        activities.notify(a, Set.of(deputy), null);
        return new Scan(a, now, false);
    }

    private Activity byCode(String code) {
        Caller c = caller.get();
        Activity a = code == null || code.length() > 64 ? null
                : Activity.<Activity>find("checkInCode", code).firstResult();
        if (a == null || a.congressId != c.congressId()) {
            throw new ProblemException(404, "/problems/not-found", "Not Found", "签到码无效或已更新，请扫描现场最新的签到二维码", null);
        }
        return a;
    }

    private long deputy() {
        Caller c = caller.get();
        if (c.deputyId() == null) {
            throw ProblemException.forbidden("只有代表本人可以扫码签到");
        }
        return c.deputyId();
    }

    @SuppressWarnings("unchecked")
    private Object[] participant(long activityId, long deputy) {
        List<Object[]> rows = em.createNativeQuery("SELECT attendance, checked_in_at FROM activity_participant WHERE activity_id = ?1 AND mandate_id = ?2")
                .setParameter(1, activityId).setParameter(2, deputy).getResultList();
        return rows.isEmpty() ? null : rows.get(0);
    }
}
