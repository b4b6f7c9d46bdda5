package cn.luzhi.supervision;

import java.util.List;

import cn.luzhi.suggestions.Suggestion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** A topic's sources, evidence and target units, kept in link tables and replaced as a whole. */
@ApplicationScoped
public class TopicLinks {
    @Inject
    EntityManager em;

    public void replace(long topicId, List<Topic.Source> sources, List<Long> evidence, List<Long> units) {
        for (String t : List.of("topic_source", "topic_evidence", "topic_unit")) {
            em.createNativeQuery("DELETE FROM " + t + " WHERE topic_id = ?1").setParameter(1, topicId).executeUpdate();
        }
        for (Topic.Source s : sources) {
            em.createNativeQuery("INSERT INTO topic_source (topic_id, source) VALUES (?1, ?2)").setParameter(1, topicId)
                    .setParameter(2, s.name()).executeUpdate();
        }
        for (Long id : evidence) {
            em.createNativeQuery("INSERT INTO topic_evidence (topic_id, suggestion_id) VALUES (?1, ?2)").setParameter(1, topicId)
                    .setParameter(2, id).executeUpdate();
        }
        for (Long id : units) {
            em.createNativeQuery("INSERT INTO topic_unit (topic_id, unit_id) VALUES (?1, ?2)").setParameter(1, topicId)
                    .setParameter(2, id).executeUpdate();
        }
    }

    @SuppressWarnings("unchecked")
    public List<Topic.Source> sources(long topicId) {
        return ((List<String>) em.createNativeQuery("SELECT source FROM topic_source WHERE topic_id = ?1 ORDER BY source")
                .setParameter(1, topicId).getResultList()).stream().map(Topic.Source::valueOf).toList();
    }

    public List<Long> evidence(long topicId) {
        return ids("SELECT suggestion_id FROM topic_evidence WHERE topic_id = ?1 ORDER BY suggestion_id", topicId);
    }

    /** One item a topic rests on, as a reader needs it to recognise it. */
    public record Evidence(long id, String number, Suggestion.Kind kind, Suggestion.Source source, String title) {
    }

    /** The topic's evidence with each item's number, kind, source and title, in id order. */
    @SuppressWarnings("unchecked")
    public List<Evidence> evidenceItems(long topicId) {
        List<Object[]> rows = em.createNativeQuery("SELECT s.id, s.number, s.kind, s.source, s.title FROM topic_evidence e"
                + " JOIN suggestions_items s ON s.id = e.suggestion_id WHERE e.topic_id = ?1 ORDER BY s.id").setParameter(1, topicId).getResultList();
        return rows.stream().map(r -> new Evidence(((Number) r[0]).longValue(), (String) r[1], Suggestion.Kind.valueOf((String) r[2]),
                Suggestion.Source.valueOf((String) r[3]), (String) r[4])).toList();
    }

    public List<Long> units(long topicId) {
        return ids("SELECT unit_id FROM topic_unit WHERE topic_id = ?1 ORDER BY unit_id", topicId);
    }

    @SuppressWarnings("unchecked")
    private List<Long> ids(String sql, long topicId) {
        return ((List<Number>) em.createNativeQuery(sql).setParameter(1, topicId).getResultList()).stream().map(Number::longValue).toList();
    }
}
