package cn.luzhi.evaluation;

import java.util.List;

import cn.luzhi.shared.CurrentCaller;
import cn.luzhi.shared.audit.AuditTrail;
import cn.luzhi.shared.audit.HistoryEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Scoring use cases that write: a full recompute of a year, audited. */
@ApplicationScoped
public class ScoringService {
    @Inject
    CurrentCaller caller;
    @Inject
    ScoreEngine engine;
    @Inject
    AuditTrail audit;

    /** Scores every active deputy of the caller's congress for the year with the year's current scheme. */
    @Transactional
    public ScoreEngine.Outcome recompute(int year) {
        var o = engine.recompute(caller.congressId(), year, null);
        audit.recorded("score", year, "RECOMPUTED", List.of(new HistoryEntry.Change("schemeRevision", null, o.revision()),
                new HistoryEntry.Change("deputies", null, o.deputies())));
        return o;
    }
}
