package cn.luzhi.suggestions;

import cn.luzhi.shared.time.AppClock;
import java.time.Instant;

import cn.luzhi.shared.calendar.WorkingCalendar;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A congress's handling rules: deadlines (Deputy Law art. 49: three months, six at most), windows, warnings. */
@Entity
@Table(name = "suggestion_settings")
public class SuggestionSettings extends PanacheEntityBase {
    @Id
    @Column(name = "congress_id")
    public Long congressId;
    @Column(name = "default_deadline_months")
    public int defaultDeadlineMonths = 3;
    @Column(name = "max_deadline_months")
    public int maxDeadlineMonths = 6;
    /** Days given for re-handling after an unsatisfied rating (shorter than the first deadline). */
    @Column(name = "rehandling_days")
    public int rehandlingDays = 30;
    /** Working days after assignment in which a unit may ask to be re-assigned. */
    @Column(name = "reassign_window_days")
    public int reassignWindowDays = 5;
    /** An open item turns yellow this many working days before its deadline. */
    @Column(name = "yellow_days")
    public int yellowDays = 10;
    @Enumerated(EnumType.STRING)
    @Column(name = "deadline_mode")
    public WorkingCalendar.Mode deadlineMode = WorkingCalendar.Mode.CALENDAR;
    @Version
    public int version;
    @Column(name = "updated_at")
    public Instant updatedAt;

    @PrePersist
    @PreUpdate
    void touch() {
        updatedAt = AppClock.current();
    }

    public static SuggestionSettings of(long congressId) {
        SuggestionSettings s = findById(congressId);
        if (s == null) {
            s = new SuggestionSettings();
            s.congressId = congressId;
        }
        return s;
    }
}
