package cn.luzhi.suggestions;

import cn.luzhi.shared.SqlValues;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.luzhi.suggestions.SuggestionDtos.StepView;
import cn.luzhi.suggestions.SuggestionDtos.SuggestionView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** Builds API views of suggestions, loading cosigners, units and names for a whole page in a few queries. */
@ApplicationScoped
public class SuggestionViews {
    /** A unit's active part in a suggestion, as a page of views needs it. */
    record Held(long suggestionId, long unitId, boolean lead, boolean reassignRequested) {
    }

    @Inject
    EntityManager em;
    @Inject
    SuggestionService service;
    @Inject
    cn.luzhi.shared.CurrentCaller caller;
    @Inject
    cn.luzhi.shared.calendar.WorkingCalendar calendar;

    public SuggestionView one(Suggestion s) {
        return page(List.of(s)).get(0);
    }

    public List<SuggestionView> page(List<Suggestion> items) {
        if (items.isEmpty()) {
            return List.of();
        }
        List<Long> ids = items.stream().map(s -> s.id).toList();
        // everybody the page names (lead deputies, cosigners in their order, key-supervision leaders) in one statement
        Map<Long, List<Long>> cosigners = new HashMap<>();
        Map<Long, List<String>> cosignerNames = new HashMap<>();
        Map<Long, String> leadNames = new HashMap<>();
        Map<Long, String> supervisorNames = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> people = em.createNativeQuery("SELECT k.suggestion_id, k.deputy_id, m.name, 0 AS kind FROM suggestion_cosigner k"
                + " JOIN directory_deputies m ON m.id = k.deputy_id WHERE k.suggestion_id IN (:ids)"
                + " UNION ALL SELECT s.id, s.lead_deputy_id, m.name, 1 FROM suggestion s JOIN directory_deputies m ON m.id = s.lead_deputy_id WHERE s.id IN (:ids)"
                + " UNION ALL SELECT s.id, s.key_supervisor_id, u.display_name, 2 FROM suggestion s JOIN app_user u ON u.id = s.key_supervisor_id"
                + " WHERE s.id IN (:ids)"
                + " UNION ALL SELECT t.suggestion_id, SUM(CASE WHEN t.action = 'PROCURATORATE_TRANSFERRED' THEN 1 ELSE -1 END), NULL, 3"
                + " FROM suggestion_step t WHERE t.suggestion_id IN (:ids) AND t.action IN ('PROCURATORATE_TRANSFERRED', 'PROCURATORATE_ANSWERED')"
                + " GROUP BY t.suggestion_id ORDER BY 4, 1, 2").setParameter("ids", ids).getResultList();
        java.util.Set<Long> procuratoratePending = new java.util.HashSet<>();
        for (Object[] r : people) {
            long sid = ((Number) r[0]).longValue();
            long who = ((Number) r[1]).longValue();
            switch (((Number) r[3]).intValue()) {
                case 0 -> {
                    cosigners.computeIfAbsent(sid, k -> new ArrayList<>()).add(who);
                    cosignerNames.computeIfAbsent(sid, k -> new ArrayList<>()).add((String) r[2]);
                }
                case 1 -> leadNames.put(sid, (String) r[2]);
                case 2 -> supervisorNames.put(sid, (String) r[2]);
                default -> {
                    if (who > 0) {
                        procuratoratePending.add(sid); // more transfers than answers
                    }
                }
            }
        }
        // the active assignments with their units' names, in one statement
        Map<Long, List<Held>> assignments = new HashMap<>();
        Map<Long, String> unitNames = new HashMap<>();
        for (Object r0 : em.createNativeQuery("SELECT a.suggestion_id, a.unit_id, a.lead, a.reassign_requested_at IS NOT NULL, u.name FROM assignment a"
                + " JOIN directory_units u ON u.id = a.unit_id WHERE a.suggestion_id IN (:ids) AND a.active = TRUE ORDER BY a.lead DESC, a.id")
                .setParameter("ids", ids).getResultList()) {
            Object[] r = (Object[]) r0;
            Held a = new Held(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), SqlValues.bool(r[2]), SqlValues.bool(r[3]));
            assignments.computeIfAbsent(a.suggestionId(), k -> new ArrayList<>()).add(a);
            unitNames.put(a.unitId(), (String) r[4]);
        }
        // the colour needs today and the congress's yellow threshold: read once for the page, not once per row
        java.time.LocalDate today = service.today();
        int yellowDays = service.yellowDays();
        List<SuggestionView> out = new ArrayList<>();
        for (Suggestion s : items) {
            List<Held> as = assignments.getOrDefault(s.id, List.of());
            Long lead = as.stream().filter(a -> a.lead()).map(a -> a.unitId()).findFirst().orElse(null);
            out.add(new SuggestionView(s.id, s.version, s.number, s.kind, s.source, s.title, s.content, s.category, s.sessionLabel,
                    s.betweenSessions, s.leadDeputyId, leadNames.get(s.id), cosigners.getOrDefault(s.id, List.of()),
                    s.citizenName, s.stationId, s.publicFlag, s.status, s.round, s.assignedOn, s.deadline, s.warning(today, yellowDays, calendar),
                    lead, lead == null ? null : unitNames.get(lead), as.stream().filter(a -> !a.lead()).map(a -> a.unitId()).toList(),
                    as.stream().filter(a -> !a.lead()).map(a -> unitNames.get(a.unitId())).toList(),
                    cosignerNames.getOrDefault(s.id, List.of()), s.keySupervisorId,
                    s.keySupervisorId == null ? null : supervisorNames.get(s.id),
                    as.stream().anyMatch(Held::reassignRequested), s.replyClass, s.feedbackRating, s.followUp, s.declineReason, s.qualityScore, s.award, s.submittedAt, s.repliedAt,
                    s.closedAt, s.createdAt, s.updatedAt,
                    SuggestionAction.of(caller.get(), s, lead, as.stream().filter(a -> !a.lead()).map(a -> a.unitId()).toList(),
                            as.stream().filter(Held::reassignRequested).map(a -> a.unitId()).collect(java.util.stream.Collectors.toSet()),
                            procuratoratePending.contains(s.id))));
        }
        return out;
    }

    public static StepView step(SuggestionStep st) {
        return new StepView(st.id, st.round, st.action, st.actor, st.at, st.unitId, st.note, st.replyClass, st.ratingContact,
                st.ratingAttitude, st.ratingResult);
    }
}
