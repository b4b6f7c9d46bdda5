package cn.luzhi.shared.calendar;

import java.time.Instant;
import java.time.LocalDate;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A day that differs from the ordinary week: an official holiday, or a weekend day worked in exchange (调休). */
@Entity
@Table(name = "calendar_day")
public class CalendarDay extends PanacheEntityBase {
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "CalendarDayKind", description = "HOLIDAY 放假 / WORKDAY 调休上班")
    public enum Kind { HOLIDAY, WORKDAY }

    @Id
    public LocalDate day;
    @Enumerated(EnumType.STRING)
    public Kind kind;
    public String name;
    public String source;
    @Column(name = "created_at")
    public Instant createdAt;
}
