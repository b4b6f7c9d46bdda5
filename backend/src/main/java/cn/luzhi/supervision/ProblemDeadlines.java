package cn.luzhi.supervision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.luzhi.shared.Surface;
import cn.luzhi.shared.Warning;
import cn.luzhi.shared.calendar.WorkingCalendar;
import cn.luzhi.suggestions.WarningThresholds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** The supervision problems still being rectified that are yellow or red on a day, for the reminders of other modules. */
@Surface
@ApplicationScoped
public class ProblemDeadlines {
    @Inject
    EntityManager em;
    @Inject
    WarningThresholds thresholds;
    @Inject
    WorkingCalendar calendar;

    /** An open problem near or past its rectification deadline, with the unit that must rectify it. */
    @Surface
    public record Due(long congressId, long problemId, String description, LocalDate deadline, Warning warning, long unitId) {
    }

    /** Every open problem of every congress that is yellow or red on {@code today}: one statement per congress. */
    public List<Due> dueOn(LocalDate today) {
        List<Due> out = new ArrayList<>();
        List<Long> congresses = em.createQuery("select distinct p.congressId from Problem p where p.status <> :done", Long.class)
                .setParameter("done", Problem.Status.RECTIFIED).getResultList();
        for (long c : congresses) {
            int yellowDays = thresholds.yellowDays(c);
            LocalDate limit = Warning.yellowLimit(today, yellowDays, calendar);
            em.createQuery("select p.id, p.description, p.deadline, p.unitId from Problem p where p.congressId = :c and p.status <> :done"
                    + " and p.deadline <= :limit order by p.id", Object[].class).setParameter("c", c).setParameter("done", Problem.Status.RECTIFIED)
                    .setParameter("limit", limit).getResultStream().forEach(r -> {
                        LocalDate deadline = (LocalDate) r[2];
                        out.add(new Due(c, (Long) r[0], (String) r[1], deadline, Warning.of(true, deadline, today, yellowDays, calendar), (Long) r[3]));
                    });
        }
        return out;
    }
}
