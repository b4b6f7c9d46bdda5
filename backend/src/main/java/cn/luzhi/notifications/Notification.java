package cn.luzhi.notifications;

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

/** One thing a person was told: shown in the app (unless they chose mail only) and kept as the record of what was sent. */
@Entity
@Table(name = "notification")
public class Notification extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "congress_id")
    public long congressId;
    @Column(name = "user_id")
    public long userId;
    @Enumerated(EnumType.STRING)
    public NotificationKind kind;
    public String title;
    public String body;
    public String link;
    @Column(name = "dedupe_key")
    public String dedupeKey;
    @Column(name = "in_app")
    public boolean inApp;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "read_at")
    public Instant readAt;

    /** Read once; reading again keeps the first time. */
    public void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }
}
