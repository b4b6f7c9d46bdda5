package cn.luzhi.suggestions;

import java.time.Instant;
import java.time.LocalDate;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One handling unit's part in a suggestion: the lead unit (主办) answers, co-units (协办) send it their opinion. */
@Entity
@Table(name = "assignment")
public class Assignment extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "suggestion_id")
    public Long suggestionId;
    @Column(name = "unit_id")
    public Long unitId;
    public boolean lead;
    /** False once the assignment was withdrawn (re-assigned elsewhere). */
    public boolean active = true;
    @Column(name = "assigned_on")
    public LocalDate assignedOn;
    @Column(name = "reassign_reason")
    public String reassignReason;
    @Column(name = "reassign_requested_at")
    public Instant reassignRequestedAt;
    /** The handling round in which the lead unit last recorded contacting the deputy. */
    @Column(name = "contacted_round")
    public int contactedRound;
    @Column(name = "co_opinion", columnDefinition = "TEXT")
    public String coOpinion;
    @Column(name = "co_opinion_at")
    public Instant coOpinionAt;
}
