package cn.luzhi.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.luzhi.shared.TenantEntity;
import cn.luzhi.shared.audit.Audited;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

/**
 * 履职评价方案: indicators with weights and grade thresholds for one congress and year. Once scores have been
 * computed with it ({@link #used}), a change makes a new revision and this one stays as it was, so every score
 * can say which revision made it.
 */
@Entity
@Table(name = "scoring_scheme")
public class ScoringScheme extends TenantEntity implements Audited {
    public int year;
    public int revision;
    public String name;
    @Column(name = "excellent_from")
    public BigDecimal excellentFrom;
    @Column(name = "competent_from")
    public BigDecimal competentFrom;
    @Column(name = "basic_from")
    public BigDecimal basicFrom;
    @Column(name = "excellent_top_n")
    public int excellentTopN;
    public boolean used;
    public boolean superseded;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "scoring_indicator", joinColumns = @JoinColumn(name = "scheme_id"))
    @OrderColumn(name = "position")
    public List<Indicator> indicators = new ArrayList<>();

    /** A change to a used scheme is a new revision; the old one is kept and marked superseded. */
    public ScoringScheme nextRevision() {
        ScoringScheme n = new ScoringScheme();
        n.congressId = congressId;
        n.year = year;
        n.revision = revision + 1;
        superseded = true;
        return n;
    }

    public Grade grade(BigDecimal total) {
        if (total.compareTo(excellentFrom) >= 0) {
            return Grade.EXCELLENT;
        }
        if (total.compareTo(competentFrom) >= 0) {
            return Grade.COMPETENT;
        }
        return total.compareTo(basicFrom) >= 0 ? Grade.BASIC : Grade.INCOMPETENT;
    }

    @Override
    public String auditType() {
        return "scoring-scheme";
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("year", year);
        m.put("revision", revision);
        m.put("name", name);
        m.put("excellentFrom", excellentFrom);
        m.put("competentFrom", competentFrom);
        m.put("basicFrom", basicFrom);
        m.put("excellentTopN", excellentTopN);
        m.put("superseded", superseded);
        m.put("indicators", indicators.stream().map(i -> i.name + "（" + i.source + "/" + i.rule + "，权重 " + i.weight + "）").toList());
        return m;
    }
}
