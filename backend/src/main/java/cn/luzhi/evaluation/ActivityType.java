package cn.luzhi.evaluation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A kind of activity: built in (no congress) or added by a congress's admins. */
@Entity
@Table(name = "activity_type")
public class ActivityType extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "congress_id")
    public Long congressId;
    public String code;
    public String name;

    /** Built-in types and the congress's own. */
    public boolean visibleTo(long congress) {
        return congressId == null || congressId == congress;
    }
}
