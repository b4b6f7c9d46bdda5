package cn.luzhi.suggestions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.luzhi.shared.Surface;
import cn.luzhi.shared.Warning;
import cn.luzhi.shared.calendar.WorkingCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** The suggestions in handling that are yellow or red on a day, for the reminders of other modules. */
@Surface
@ApplicationScoped
public class SuggestionDeadlines {
    @Inject
    EntityManager em;
    @Inject
    WarningThresholds thresholds;
    @Inject
    WorkingCalendar calendar;

    /** An open suggestion near or past its deadline, with its lead unit (if assigned to one). */
    @Surface
    public record Due(long congressId, long suggestionId, String title, LocalDate deadline, Warning warning, Long leadUnitId) {
    }

    static final List<Suggestion.Status> OPEN = List.of(Suggestion.Status.ASSIGNED, Suggestion.Status.REHANDLING);

    /** Every open suggestion of every congress that is yellow or red on {@code today}: one statement per congress. */
    public List<Due> dueOn(LocalDate today) {
        List<Due> out = new ArrayList<>();
        List<Long> congresses = em.createQuery("select distinct s.congressId from Suggestion s where s.status in :open", Long.class)
                .setParameter("open", OPEN).getResultList();
        for (long c : congresses) {
            int yellowDays = thresholds.yellowDays(c);
            LocalDate limit = Warning.yellowLimit(today, yellowDays, calendar);
            em.createQuery("select s.id, s.title, s.deadline, a.unitId from Suggestion s left join Assignment a on a.suggestionId = s.id"
                    + " and a.lead = true and a.active = true where s.congressId = :c and s.status in :open and s.deadline <= :limit order by s.id",
                    Object[].class).setParameter("c", c).setParameter("open", OPEN).setParameter("limit", limit).getResultStream()
                    .forEach(r -> {
                        LocalDate deadline = (LocalDate) r[2];
                        out.add(new Due(c, (Long) r[0], (String) r[1], deadline, Warning.of(true, deadline, today, yellowDays, calendar), (Long) r[3]));
                    });
        }
        return out;
    }
}
