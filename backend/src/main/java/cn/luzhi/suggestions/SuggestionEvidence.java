package cn.luzhi.suggestions;

import cn.luzhi.shared.time.AppClock;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

/** What other modules may read of suggestions: the items of a year as evidence (supervision's topic candidates). */
@ApplicationScoped
public class SuggestionEvidence {
    public record Item(long id, String number, Suggestion.Kind kind, Suggestion.Source source, String title, String content,
            Suggestion.Category category, Long leadDeputyId, Long stationId) {
    }

    /** Items of the congress created in the year that entered the loop (not drafts, not declined). */
    public List<Item> ofYear(long congressId, int year) {
        var from = LocalDate.of(year, 1, 1).atStartOfDay(AppClock.ZONE).toInstant();
        var to = LocalDate.of(year + 1, 1, 1).atStartOfDay(AppClock.ZONE).toInstant();
        List<Suggestion> list = Suggestion.list("congressId = ?1 and createdAt >= ?2 and createdAt < ?3 and status not in ?4 order by id",
                congressId, from, to, List.of(Suggestion.Status.DRAFT, Suggestion.Status.DECLINED));
        return list.stream().map(s -> new Item(s.id, s.number, s.kind, s.source, s.title, s.content, s.category, s.leadDeputyId,
                s.stationId)).toList();
    }
}
