package cn.luzhi.supervision;

import java.time.LocalDate;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A dated step of a topic's schedule (research, pre-review, report to the sitting, look-back …). */
@Entity
@Table(name = "milestone")
public class Milestone extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "topic_id")
    public Long topicId;
    public String title;
    public LocalDate due;
    @Column(name = "done_on")
    public LocalDate doneOn;

    /** Done on the given day, once. */
    public void complete(java.time.LocalDate today) {
        if (doneOn != null) {
            throw new cn.luzhi.shared.DomainRuleViolation("milestone-done-once", "该节点已登记完成");
        }
        doneOn = today;
    }
}
