package cn.luzhi.suggestions;

import cn.luzhi.shared.time.AppClock;
import java.time.LocalDate;
import java.util.List;

import cn.luzhi.shared.Surface;
import cn.luzhi.shared.TenantLookup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * What other modules may read of suggestions: the items of a year as evidence (supervision's topic candidates) and
 * one item named in a request as evidence (a topic's sources).
 */
@Surface
@ApplicationScoped
public class SuggestionEvidence {
    @Inject
    TenantLookup lookup;

    public record Item(long id, String number, Suggestion.Kind kind, Suggestion.Source source, String title, String content,
            Suggestion.Category category, Long leadDeputyId, Long stationId) {
    }

    /** A suggestion or opinion a request names (422 on the field when missing or of another congress), with where it came from. */
    public Item reference(long id, String field) {
        Suggestion s = lookup.reference(Suggestion.class, id, field, "建议或意见");
        return new Item(s.id, s.number, s.kind, s.source, s.title, s.content, s.category, s.leadDeputyId, s.stationId);
    }

    /** The ids of the congress's items whose title contains the words, oldest first (the demo topics' evidence). */
    public List<Long> titled(long congressId, String words, int limit) {
        return Suggestion.<Suggestion>find("congressId = ?1 and title like ?2 order by id", congressId, "%" + words + "%").page(0, limit).stream()
                .map(s -> s.id).toList();
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
