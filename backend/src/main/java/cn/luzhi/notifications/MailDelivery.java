package cn.luzhi.notifications;

import java.time.Duration;
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

/** One mail to send for a notification, with its delivery state: retried with growing pauses, then given up. */
@Entity
@Table(name = "mail_delivery")
public class MailDelivery extends PanacheEntityBase {
    /** Attempts before a mail is given up as failed. */
    public static final int MAX_ATTEMPTS = 5;

    public enum State { PENDING, SENT, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "notification_id")
    public long notificationId;
    public String address;
    @Enumerated(EnumType.STRING)
    public State state = State.PENDING;
    public int attempts;
    @Column(name = "last_error")
    public String lastError;
    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;
    @Column(name = "sent_at")
    public Instant sentAt;
    @Column(name = "created_at")
    public Instant createdAt;

    public void sent(Instant now) {
        attempts++;
        state = State.SENT;
        sentAt = now;
        lastError = null;
    }

    /** A failed attempt: tried again after 1, 2, 4, 8 minutes, then given up with the last reason kept. */
    public void failed(String reason, Instant now) {
        attempts++;
        lastError = reason == null ? "未知错误" : reason.length() > 500 ? reason.substring(0, 500) : reason;
        if (attempts >= MAX_ATTEMPTS) {
            state = State.FAILED;
        } else {
            nextAttemptAt = now.plus(Duration.ofMinutes(1L << (attempts - 1)));
        }
    }
}
