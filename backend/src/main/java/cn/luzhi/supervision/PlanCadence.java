package cn.luzhi.supervision;

import cn.luzhi.shared.SqlValues;
import cn.luzhi.shared.ProblemException;
import cn.luzhi.shared.audit.HistoryEntry;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.luzhi.shared.calendar.WorkingCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** A plan's cadence: the settings it was last given and the dated work items they generate (seed 003, 五个一). */
@ApplicationScoped
public class PlanCadence {
    @Inject
    EntityManager em;
    @Inject
    WorkingCalendar calendar;
    @Inject
    SupervisionService supervision;
    @Inject
    cn.luzhi.shared.CurrentCaller caller;
    @Inject
    cn.luzhi.shared.audit.AuditTrail audit;
    @Inject
    cn.luzhi.shared.time.AppClock clock;

    /** The settings last set for the plan; empty when none were set. */
    public Optional<Cadence.Settings> settings(long planId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT briefing_day, quarterly_inspection, semi_annual_report, annual_review, briefing_owner,"
                + " inspection_owner, report_owner, review_owner FROM plan_cadence WHERE plan_id = ?1").setParameter(1, planId).getResultList();
        return rows.stream().findFirst().map(r -> new Cadence.Settings(((Number) r[0]).intValue(), SqlValues.bool(r[1]), SqlValues.bool(r[2]), SqlValues.bool(r[3]),
                (String) r[4], (String) r[5], (String) r[6], (String) r[7]));
    }

    /**
     * Keeps the settings and generates the plan's work items from them: items not yet done are replaced, items already
     * done stay (and are not generated twice). Returns the new items.
     */
    @Transactional
    public List<WorkItem> apply(SupervisionPlan plan, Cadence.Settings s) {
        em.createNativeQuery("DELETE FROM plan_cadence WHERE plan_id = ?1").setParameter(1, plan.id).executeUpdate();
        em.createNativeQuery("INSERT INTO plan_cadence (plan_id, congress_id, briefing_day, quarterly_inspection, semi_annual_report, annual_review,"
                + " briefing_owner, inspection_owner, report_owner, review_owner) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)")
                .setParameter(1, plan.id).setParameter(2, plan.congressId).setParameter(3, s.briefingDay()).setParameter(4, s.quarterlyInspection())
                .setParameter(5, s.semiAnnualReport()).setParameter(6, s.annualReview()).setParameter(7, s.briefingOwner())
                .setParameter(8, s.inspectionOwner()).setParameter(9, s.reportOwner()).setParameter(10, s.reviewOwner()).executeUpdate();
        WorkItem.delete("planId = ?1 and doneOn is null", plan.id);
        List<WorkItem> done = WorkItem.list("planId", plan.id);
        List<WorkItem> created = new ArrayList<>();
        for (Cadence.Item item : Cadence.generate(plan.year, s, calendar)) {
            if (done.stream().anyMatch(d -> d.kind == item.kind() && d.due.equals(item.due()))) {
                continue;
            }
            WorkItem w = new WorkItem();
            w.congressId = plan.congressId;
            w.planId = plan.id;
            w.kind = item.kind();
            w.title = item.title();
            w.due = item.due();
            w.owner = item.owner();
            w.persist();
            created.add(w);
        }
        return created;
    }

    /** Sets a plan's cadence (the use case): the plan of the caller's congress, its new items, the change audited. */
    @Transactional
    public void set(long planId, Cadence.Settings settings) {
        SupervisionPlan plan = supervision.plan(planId);
        var before = settings(planId).orElse(null);
        apply(plan, settings);
        audit.recorded("plan-cadence", planId, "UPDATED", List.of(new HistoryEntry.Change("cadence", before, settings)));
    }

    /** Records a work item of the caller's congress as done today (once). */
    @Transactional
    public WorkItem complete(long id) {
        WorkItem w = WorkItem.findById(id);
        if (w == null || !w.congressId.equals(caller.congressId())) {
            throw ProblemException.notFound("工作事项");
        }
        w.complete(clock.today());
        audit.recorded("work-item", id, "UPDATED", List.of(new HistoryEntry.Change("doneOn", null, w.doneOn)));
        return w;
    }
}
