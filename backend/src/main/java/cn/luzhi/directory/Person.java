package cn.luzhi.directory;

import cn.luzhi.shared.time.AppClock;
import java.time.Instant;
import java.time.LocalDate;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A natural person; may hold mandates in several congresses, so it carries no congress of its own. */
@Entity
@Table(name = "person")
public class Person extends PanacheEntityBase {
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "Gender", description = "MALE 男 / FEMALE 女")
    public enum Gender { MALE, FEMALE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String name;
    @Enumerated(EnumType.STRING)
    public Gender gender;
    public String ethnicity;
    @Column(name = "birth_date")
    public LocalDate birthDate;
    @Column(name = "id_number")
    public String idNumber;
    public String phone;
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
