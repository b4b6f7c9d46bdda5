package cn.luzhi.shared;

import cn.luzhi.shared.time.AppClock;
import java.time.Instant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;

/** A record that belongs to one congress, with an optimistic-lock version and timestamps. */
@MappedSuperclass
public abstract class TenantEntity extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "congress_id", nullable = false, updatable = false)
    public Long congressId;

    @Version
    public int version;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** For {@link cn.luzhi.shared.audit.Audited} records: the id the trail is kept under. */
    public Long auditId() {
        return id;
    }

    /** For {@link cn.luzhi.shared.audit.Audited} records: the congress the trail entry belongs to. */
    public Long auditCongressId() {
        return congressId;
    }

    @PrePersist
    void onCreate() {
        if (createdAt == null) {
            createdAt = AppClock.current(); // imports and demo data may bring their own
        }
        if (updatedAt == null) {
            updatedAt = createdAt;
        }
    }

    @PreUpdate
    void onUpdate() {
        updatedAt = AppClock.current();
    }
}
