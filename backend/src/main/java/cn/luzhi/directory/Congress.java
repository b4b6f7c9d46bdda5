package cn.luzhi.directory;

import cn.luzhi.shared.time.AppClock;
import java.time.Instant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A people's congress (county, city, township …); every other record belongs to exactly one. */
@Entity
@Table(name = "congress")
public class Congress extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String code;
    public String name;
    public String level;
    public String region;
    @Column(name = "current_term")
    public int currentTerm;
    @Version
    public int version;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;

    @PrePersist
    void onCreate() {
        createdAt = AppClock.current();
        updatedAt = createdAt;
    }

    @PreUpdate
    void onUpdate() {
        updatedAt = AppClock.current();
    }
}
