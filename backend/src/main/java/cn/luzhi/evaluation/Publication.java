package cn.luzhi.evaluation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import cn.luzhi.shared.DomainRuleViolation;
import cn.luzhi.shared.TenantEntity;
import cn.luzhi.shared.audit.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A year's results: first an objection window over the live scores, then an immutable snapshot. */
@Entity
@Table(name = "score_publication")
public class Publication extends TenantEntity implements Audited {
    @Schema(name = "PublicationStatus", description = "OBJECTION 异议期 / PUBLISHED 已公布（快照不可更改）")
    public enum Status { OBJECTION, PUBLISHED }

    public int year;
    @Enumerated(EnumType.STRING)
    public Status status;
    @Column(name = "window_ends")
    public LocalDate windowEnds;
    @Column(name = "rankings_public")
    public boolean rankingsPublic;
    @Column(name = "scheme_id")
    public Long schemeId;
    @Column(name = "published_at")
    public Instant publishedAt;

    /** A year's results shown for objection until {@code windowEnds}. */
    public static Publication openWindow(long congressId, int year, LocalDate windowEnds, boolean rankingsPublic) {
        Publication p = new Publication();
        p.congressId = congressId;
        p.year = year;
        p.status = Status.OBJECTION;
        p.windowEnds = windowEnds;
        p.rankingsPublic = rankingsPublic;
        return p;
    }

    public boolean windowOpen(LocalDate today) {
        return status == Status.OBJECTION && !today.isAfter(windowEnds);
    }

    public void requireWindowOpen(LocalDate today) {
        if (!windowOpen(today)) {
            throw new DomainRuleViolation("objection-window-closed", "异议期已结束（截至 " + windowEnds + "），不能再提出异议");
        }
    }

    /** Publishing needs the window to be over and every objection answered. */
    public void publish(LocalDate today, long openObjections, long schemeId, Instant now) {
        if (status == Status.PUBLISHED) {
            throw new DomainRuleViolation("published-once", "该年度结果已公布，快照不能更改");
        }
        if (!today.isAfter(windowEnds)) {
            throw new DomainRuleViolation("window-not-over", "异议期到 " + windowEnds + " 结束，结束后才能公布");
        }
        if (openObjections > 0) {
            throw new DomainRuleViolation("objections-unanswered", "还有 " + openObjections + " 条异议未答复");
        }
        this.schemeId = schemeId;
        status = Status.PUBLISHED;
        publishedAt = now;
    }

    @Override
    public String auditType() {
        return "score-publication";
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("year", year);
        m.put("status", status);
        m.put("windowEnds", windowEnds);
        m.put("rankingsPublic", rankingsPublic);
        m.put("schemeId", schemeId);
        return m;
    }

    public boolean isPublished() {
        return status == Status.PUBLISHED;
    }
}
