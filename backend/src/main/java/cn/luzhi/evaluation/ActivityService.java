package cn.luzhi.evaluation;

import cn.luzhi.shared.time.AppClock;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import cn.luzhi.shared.TenantLookup;
import cn.luzhi.shared.Caller;
import cn.luzhi.shared.CurrentCaller;
import cn.luzhi.shared.ETags;
import cn.luzhi.shared.ProblemException;
import cn.luzhi.shared.Roles;
import cn.luzhi.shared.WorkflowSteps;
import cn.luzhi.shared.audit.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** Recording activities with their deputies; every change brings the affected deputies' scores up to date. */
@ApplicationScoped
public class ActivityService {
    @Inject
    AppClock clock;
    @Inject
    EntityManager em;
    @Inject
    CurrentCaller caller;
    @Inject
    TenantLookup lookup;
    @Inject
    cn.luzhi.directory.Directory directory;
    @Inject
    AuditTrail audit;
    @Inject
    WorkflowSteps steps;
    @Inject
    Event<DeputyRecordsChanged> changed;

    public record Attendee(long deputyId, Activity.Attendance attendance, BigDecimal rating) {
    }

    public record Draft(Long typeId, String title, LocalDate occurredOn, Long stationId, String description, List<Attendee> attendees,
            java.time.LocalTime startsAt, java.time.LocalTime endsAt, boolean openToAll) {
    }

    /** A deputy at an activity; {@code checkedInAt} when they scanned its code (null when staff recorded the attendance). */
    public record Attendant(long deputyId, String name, Activity.Attendance attendance, BigDecimal rating, java.time.Instant checkedInAt) {
    }

    /** Staff record an activity as confirmed; a deputy's own report has only themselves, present, awaiting confirmation. */
    @Transactional
    public Activity create(Draft d) {
        Caller c = caller.get();
        Activity a = new Activity();
        a.congressId = c.congressId();
        List<Attendee> attendees = d.attendees();
        if (c.is(Roles.DEPUTY)) {
            if (c.deputyId() == null) {
                throw ProblemException.forbidden("账号未关联代表，不能自报活动");
            }
            a.recorded(true);
            a.reportedBy = c.deputyId();
            attendees = List.of(new Attendee(c.deputyId(), Activity.Attendance.PRESENT, null));
        } else {
            a.recorded(false);
            if (attendees == null || attendees.isEmpty()) {
                throw ProblemException.invalid("participants", "请至少列出一位参加的代表");
            }
        }
        apply(a, d);
        a.persist();
        writeAttendees(a, attendees, java.util.Map.of());
        audit.created(a);
        notify(a, Set.of(), null);
        return a;
    }

    @Transactional
    public Activity update(long id, String ifMatch, Draft d) {
        Activity a = lookup.require(Activity.class, id, "活动");
        ETags.require(ifMatch, a.version);
        if (d.attendees() == null || d.attendees().isEmpty()) {
            throw ProblemException.invalid("participants", "请至少列出一位参加的代表");
        }
        Set<Long> before = new HashSet<>(attendeeIds(a.id));
        int oldYear = a.occurredOn.getYear();
        var snapshot = audit.snapshot(a);
        apply(a, d);
        a.updatedAt = clock.instant();
        java.util.Map<Long, java.time.Instant> scanned = checkedIn(a.id);
        em.createNativeQuery("DELETE FROM activity_participant WHERE activity_id = ?1").setParameter(1, a.id).executeUpdate();
        writeAttendees(a, d.attendees(), scanned);
        audit.updated(a, snapshot);
        em.flush();
        notify(a, before, oldYear);
        return a;
    }

    /** An activity recorded in error goes, with its attendances; its deputies' scores follow. */
    @Transactional
    public void delete(long id, String ifMatch) {
        Activity a = lookup.require(Activity.class, id, "活动");
        ETags.require(ifMatch, a.version);
        long objections = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM objection WHERE activity_id = ?1").setParameter(1, id)
                .getSingleResult()).longValue();
        if (objections > 0) {
            throw new cn.luzhi.shared.DomainRuleViolation("activity-under-objection", "代表对该活动提出过异议，不能删除；请更正出席情况");
        }
        Set<Long> deputies = new LinkedHashSet<>(attendeeIds(a.id));
        em.createNativeQuery("DELETE FROM activity_participant WHERE activity_id = ?1").setParameter(1, a.id).executeUpdate();
        audit.deleted(a);
        a.delete();
        em.flush();
        changed.fire(new DeputyRecordsChanged(a.congressId, a.occurredOn.getYear(), deputies));
    }

    @Transactional
    public Activity confirm(long id, String ifMatch) {
        Activity a = steps.apply(lookup.require(Activity.class, id, "活动"), "activity", ifMatch, Activity::confirm);
        syncCounted(a);
        return a;
    }

    @Transactional
    public Activity reject(long id, String ifMatch, String reason) {
        Activity a = steps.apply(lookup.require(Activity.class, id, "活动"), "activity", ifMatch, x -> x.reject(reason));
        syncCounted(a);
        return a;
    }

    /** A deputy sees the activities they took part in; others see their congress's. */
    public Activity visible(long id) {
        Activity a = lookup.require(Activity.class, id, "活动");
        Caller c = caller.get();
        if (c.is(Roles.DEPUTY) && (c.deputyId() == null || !attendeeIds(a.id).contains(c.deputyId()))) {
            throw ProblemException.notFound("活动");
        }
        return a;
    }

    @SuppressWarnings("unchecked")
    public List<Attendant> attendants(long activityId) {
        List<Object[]> rows = em.createNativeQuery("SELECT p.mandate_id, m.name, p.attendance, p.rating, p.checked_in_at FROM activity_participant p"
                + " JOIN directory_deputies m ON m.id = p.mandate_id WHERE p.activity_id = ?1 ORDER BY m.name, p.mandate_id").setParameter(1, activityId)
                .getResultList();
        return rows.stream().map(r -> new Attendant(((Number) r[0]).longValue(), (String) r[1], Activity.Attendance.valueOf((String) r[2]),
                (BigDecimal) r[3], instant(r[4]))).toList();
    }

    static java.time.Instant instant(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof java.time.Instant i) {
            return i;
        }
        if (o instanceof java.time.LocalDateTime t) {
            return t.toInstant(java.time.ZoneOffset.UTC);
        }
        return ((java.sql.Timestamp) o).toLocalDateTime().toInstant(java.time.ZoneOffset.UTC);
    }

    /** When each deputy scanned the activity's code, for those who did. */
    @SuppressWarnings("unchecked")
    java.util.Map<Long, java.time.Instant> checkedIn(long activityId) {
        java.util.Map<Long, java.time.Instant> out = new java.util.HashMap<>();
        ((List<Object[]>) em.createNativeQuery("SELECT mandate_id, checked_in_at FROM activity_participant WHERE activity_id = ?1 AND checked_in_at IS NOT NULL")
                .setParameter(1, activityId).getResultList()).forEach(r -> out.put(((Number) r[0]).longValue(), instant(r[1])));
        return out;
    }

    @SuppressWarnings("unchecked")
    List<Long> attendeeIds(long activityId) {
        return ((List<Number>) em.createNativeQuery("SELECT mandate_id FROM activity_participant WHERE activity_id = ?1").setParameter(1, activityId)
                .getResultList()).stream().map(Number::longValue).toList();
    }

    private void apply(Activity a, Draft d) {
        ActivityType t = d.typeId() == null ? null : em.find(ActivityType.class, d.typeId());
        if (t == null || !t.visibleTo(a.congressId)) {
            throw ProblemException.unknownReference("typeId", "活动类型");
        }
        a.typeId = t.id;
        a.title = d.title().trim();
        a.occurredOn = d.occurredOn();
        a.stationId = d.stationId() == null ? null : directory.stationReference(d.stationId(), "stationId", "联络站").id();
        a.description = d.description();
        if ((d.startsAt() == null) != (d.endsAt() == null)) {
            throw ProblemException.invalid(d.startsAt() == null ? "startsAt" : "endsAt", "开始和结束时间须同时填写");
        }
        if (d.startsAt() != null && !d.endsAt().isAfter(d.startsAt())) {
            throw ProblemException.invalid("endsAt", "结束时间须晚于开始时间");
        }
        a.startsAt = d.startsAt();
        a.endsAt = d.endsAt();
        a.openToAll = d.openToAll();
    }

    private void writeAttendees(Activity a, List<Attendee> attendees, java.util.Map<Long, java.time.Instant> scanned) {
        Set<Long> seen = new HashSet<>();
        List<ProblemException.FieldError> errors = new ArrayList<>();
        for (int k = 0; k < attendees.size(); k++) {
            Attendee p = attendees.get(k);
            var m = directory.deputy(p.deputyId()).orElse(null);
            if (m == null || m.congressId() != a.congressId) {
                errors.add(new ProblemException.FieldError("participants[" + k + "].deputyId", "代表不存在或不属于本级人大"));
            } else if (!seen.add(p.deputyId())) {
                errors.add(new ProblemException.FieldError("participants[" + k + "].deputyId", "同一位代表重复列出"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(422, "/problems/unknown-reference", "Unknown Reference", "参加代表有误：" + errors.get(0).message(),
                    errors);
        }
        for (Attendee p : attendees) {
            // a scan stays on record while staff keep the deputy present; correcting the attendance drops it
            java.time.Instant at = p.attendance() == Activity.Attendance.PRESENT ? scanned.get(p.deputyId()) : null;
            em.createNativeQuery("INSERT INTO activity_participant (activity_id, mandate_id, congress_id, year, type_id, counted, attendance, rating, checked_in_at)"
                    + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)").setParameter(1, a.id).setParameter(2, p.deputyId()).setParameter(3, a.congressId)
                    .setParameter(4, a.occurredOn.getYear()).setParameter(5, a.typeId).setParameter(6, a.counted())
                    .setParameter(7, p.attendance().name()).setParameter(8, p.rating()).setParameter(9, at).executeUpdate();
        }
    }

    private void syncCounted(Activity a) {
        em.createNativeQuery("UPDATE activity_participant SET counted = ?1 WHERE activity_id = ?2").setParameter(1, a.counted())
                .setParameter(2, a.id).executeUpdate();
        notify(a, Set.of(), null);
    }

    /** The deputies before and after the change, for the year before and the year after. */
    void notify(Activity a, Set<Long> before, Integer oldYear) {
        Set<Long> all = new LinkedHashSet<>(before);
        all.addAll(attendeeIds(a.id));
        changed.fire(new DeputyRecordsChanged(a.congressId, a.occurredOn.getYear(), all));
        if (oldYear != null && oldYear != a.occurredOn.getYear()) {
            changed.fire(new DeputyRecordsChanged(a.congressId, oldYear, all));
        }
    }

    /** A congress's own activity type; its code is unique among the built-in types and the congress's. */
    @Transactional
    public ActivityType createType(String rawCode, String name) {
        String code = rawCode.trim().toUpperCase();
        if (ActivityType.count("(congressId is null or congressId = ?1) and code = ?2", caller.congressId(), code) > 0) {
            throw ProblemException.duplicate("code", "活动类型代码 " + code + " 已存在");
        }
        ActivityType t = new ActivityType();
        t.congressId = caller.congressId();
        t.code = code;
        t.name = name.trim();
        t.persist();
        return t;
    }
}
