package cn.luzhi.suggestions;

import java.io.Serializable;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** A deputy who co-signs (附议) a motion or suggestion. */
@Entity
@Table(name = "suggestion_cosigner")
@IdClass(Cosigner.Key.class)
public class Cosigner extends PanacheEntityBase {
    @Id
    @Column(name = "suggestion_id")
    public Long suggestionId;
    @Id
    @Column(name = "deputy_id")
    public Long deputyId;

    /** Composite key. */
    public static class Key implements Serializable {
        public Long suggestionId;
        public Long deputyId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && java.util.Objects.equals(k.suggestionId, suggestionId)
                    && java.util.Objects.equals(k.deputyId, deputyId);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(suggestionId, deputyId);
        }
    }
}
