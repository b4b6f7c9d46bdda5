package cn.luzhi.supervision;

import java.io.Serializable;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** A topic's source, mapped so lists can filter by it in the query. */
@Entity
@Table(name = "topic_source")
@IdClass(TopicSourceRow.Key.class)
public class TopicSourceRow extends PanacheEntityBase {
    @Id
    @Column(name = "topic_id")
    public Long topicId;
    @Id
    public String source;

    /** Composite key. */
    public static class Key implements Serializable {
        public Long topicId;
        public String source;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && java.util.Objects.equals(k.topicId, topicId) && java.util.Objects.equals(k.source, source);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(topicId, source);
        }
    }
}
