package cn.luzhi.suggestions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.luzhi.suggestions.api.SuggestionDtos.StepView;
import cn.luzhi.suggestions.api.SuggestionDtos.SuggestionView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** Builds API views of suggestions, loading cosigners, units and names for a whole page in a few queries. */
@ApplicationScoped
public class SuggestionViews {
    @Inject
    EntityManager em;
    @Inject
    SuggestionService service;

    public SuggestionView one(Suggestion s) {
        return page(List.of(s)).get(0);
    }

    public List<SuggestionView> page(List<Suggestion> items) {
        if (items.isEmpty()) {
            return List.of();
        }
        List<Long> ids = items.stream().map(s -> s.id).toList();
        Map<Long, List<Long>> cosigners = new HashMap<>();
        for (Cosigner c : Cosigner.<Cosigner>list("suggestionId in ?1 order by deputyId", ids)) {
            cosigners.computeIfAbsent(c.suggestionId, k -> new ArrayList<>()).add(c.deputyId);
        }
        Map<Long, List<Assignment>> assignments = new HashMap<>();
        for (Assignment a : Assignment.<Assignment>list("suggestionId in ?1 and active = true order by lead desc, id", ids)) {
            assignments.computeIfAbsent(a.suggestionId, k -> new ArrayList<>()).add(a);
        }
        List<Long> deputyIds = new ArrayList<>(items.stream().map(s -> s.leadDeputyId).filter(java.util.Objects::nonNull).toList());
        cosigners.values().forEach(deputyIds::addAll);
        Map<Long, String> deputyNames = names("select m.id, m.name from DeputyMandate m where m.id in :ids", deputyIds.stream().distinct().toList());
        Map<Long, String> unitNames = names("select u.id, u.name from HandlingUnit u where u.id in :ids",
                assignments.values().stream().flatMap(List::stream).map(a -> a.unitId).distinct().toList());
        Map<Long, String> userNames = names("select u.id, u.displayName from AppUser u where u.id in :ids",
                items.stream().map(s -> s.keySupervisorId).filter(java.util.Objects::nonNull).distinct().toList());
        List<SuggestionView> out = new ArrayList<>();
        for (Suggestion s : items) {
            List<Assignment> as = assignments.getOrDefault(s.id, List.of());
            Long lead = as.stream().filter(a -> a.lead).map(a -> a.unitId).findFirst().orElse(null);
            out.add(new SuggestionView(s.id, s.version, s.number, s.kind, s.source, s.title, s.content, s.category, s.sessionLabel,
                    s.betweenSessions, s.leadDeputyId, deputyNames.get(s.leadDeputyId), cosigners.getOrDefault(s.id, List.of()),
                    s.citizenName, s.stationId, s.publicFlag, s.status, s.round, s.assignedOn, s.deadline, service.warning(s),
                    lead, lead == null ? null : unitNames.get(lead), as.stream().filter(a -> !a.lead).map(a -> a.unitId).toList(),
                    as.stream().filter(a -> !a.lead).map(a -> unitNames.get(a.unitId)).toList(),
                    cosigners.getOrDefault(s.id, List.of()).stream().map(deputyNames::get).toList(), s.keySupervisorId,
                    s.keySupervisorId == null ? null : userNames.get(s.keySupervisorId),
                    as.stream().anyMatch(a -> a.reassignRequestedAt != null), s.replyClass, s.feedbackRating, s.followUp, s.declineReason, s.qualityScore, s.award, s.submittedAt, s.repliedAt,
                    s.closedAt, s.createdAt, s.updatedAt));
        }
        return out;
    }

    public static StepView step(SuggestionStep st) {
        return new StepView(st.id, st.round, st.action, st.actor, st.at, st.unitId, st.note, st.replyClass, st.ratingContact,
                st.ratingAttitude, st.ratingResult);
    }

    private Map<Long, String> names(String hql, List<Long> ids) {
        Map<Long, String> m = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery(hql, Object[].class).setParameter("ids", ids).getResultList().forEach(r -> m.put((Long) r[0], (String) r[1]));
        }
        return m;
    }
}
