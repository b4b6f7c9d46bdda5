package cn.luzhi.supervision;

import java.util.ArrayList;
import java.util.List;

import cn.luzhi.shared.Caller;
import cn.luzhi.shared.Roles;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a caller may do next on a topic or a problem: their role and part (the committee owning the topic, the unit
 * responsible for the problem) and the record's own rules ({@link Topic}, {@link Problem}), in the order pages show them.
 */
public final class SupervisionActions {
    private SupervisionActions() {
    }

    @Schema(name = "TopicAction", description = "当前账号现在可以对议题执行的操作")
    public enum TopicAction { approve, start, deliberate, close, edit, addProblem }

    @Schema(name = "ProblemAction", description = "当前账号现在可以对问题执行的操作")
    public enum ProblemAction { progress, verification, lookBack, escalation }

    public static List<TopicAction> of(Caller c, Topic t) {
        boolean staff = c.isAny(Roles.ADMIN, Roles.STAFF);
        boolean owner = staff || (c.is(Roles.COMMITTEE) && c.committeeId() != null && c.committeeId().equals(t.committeeId));
        List<TopicAction> out = new ArrayList<>();
        String next = t.nextStep();
        if (next != null && (next.equals("approve") ? staff : owner)) {
            out.add(TopicAction.valueOf(next));
        }
        if (owner && t.isEditable()) {
            out.add(TopicAction.edit);
        }
        if (owner && t.takesProblems()) {
            out.add(TopicAction.addProblem);
        }
        return out;
    }

    public static List<ProblemAction> of(Caller c, Problem p) {
        List<ProblemAction> out = new ArrayList<>();
        if (c.is(Roles.UNIT) && c.unitId() != null && c.unitId().equals(p.unitId) && p.mayReport()) {
            out.add(ProblemAction.progress);
        }
        boolean verifier = c.isAny(Roles.ADMIN, Roles.STAFF, Roles.COMMITTEE);
        if (verifier && p.mayVerify()) {
            out.add(ProblemAction.verification);
        }
        if (verifier && p.mayLookBack()) {
            out.add(ProblemAction.lookBack);
        }
        if (c.isAny(Roles.ADMIN, Roles.STAFF, Roles.LEADER) && p.mayEscalate()) {
            out.add(ProblemAction.escalation);
        }
        return out;
    }
}
