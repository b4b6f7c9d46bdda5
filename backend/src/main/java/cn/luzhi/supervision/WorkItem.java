package cn.luzhi.supervision;

import java.time.LocalDate;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One dated piece of recurring supervision work, generated from a plan's cadence. */
@Entity
@Table(name = "work_item")
public class WorkItem extends PanacheEntityBase {
    @Schema(name = "WorkItemKind", description = "MONTHLY_BRIEFING 一月一通报 / QUARTERLY_INSPECTION 一季一督查 / SEMI_ANNUAL_REPORT 半年一报告 / ANNUAL_REVIEW 一年一审议（含满意度测评）")
    public enum Kind { MONTHLY_BRIEFING, QUARTERLY_INSPECTION, SEMI_ANNUAL_REPORT, ANNUAL_REVIEW }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "congress_id")
    public Long congressId;
    @Column(name = "plan_id")
    public Long planId;
    @Enumerated(EnumType.STRING)
    public Kind kind;
    public String title;
    public LocalDate due;
    public String owner;
    @Column(name = "done_on")
    public LocalDate doneOn;

    /** Done on the given day, once. */
    public void complete(java.time.LocalDate today) {
        if (doneOn != null) {
            throw new cn.luzhi.shared.DomainRuleViolation("work-item-done-once", "该事项已登记完成");
        }
        doneOn = today;
    }
}
