package cn.luzhi.suggestions;

import java.time.Instant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One step in a suggestion's timeline: who did what, when, with the step's details. Never changed. */
@Entity
@Table(name = "suggestion_step")
public class SuggestionStep extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "suggestion_id")
    public Long suggestionId;
    public int round;
    public String action;
    public String actor;
    @Column(name = "actor_user_id")
    public Long actorUserId;
    @Column(name = "unit_id")
    public Long unitId;
    public Instant at;
    @Column(columnDefinition = "TEXT")
    public String note;
    @Enumerated(EnumType.STRING)
    @Column(name = "reply_class")
    public Suggestion.ReplyClass replyClass;
    @Enumerated(EnumType.STRING)
    @Column(name = "rating_contact")
    public Suggestion.Rating ratingContact;
    @Enumerated(EnumType.STRING)
    @Column(name = "rating_attitude")
    public Suggestion.Rating ratingAttitude;
    @Enumerated(EnumType.STRING)
    @Column(name = "rating_result")
    public Suggestion.Rating ratingResult;
}
