package cn.luzhi.supervision;

import java.time.LocalDate;

import cn.luzhi.shared.Surface;

/** Published when a supervision problem is listed for a responsible unit, or its report is sent back for more rectification. */
@Surface
public record ProblemHandlingChanged(long congressId, long problemId, String description, long unitId, LocalDate deadline, What what) {
    @Surface
    public enum What { ASSIGNED, SENT_BACK }
}
