package cn.luzhi.supervision;

import java.time.Instant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One step in a problem's history: progress, verification, look-back, escalation. Never changed. */
@Entity
@Table(name = "problem_step")
public class ProblemStep extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "problem_id")
    public Long problemId;
    public String action;
    public String actor;
    public Instant at;
    @Column(columnDefinition = "TEXT")
    public String note;
    public String outcome;
}
