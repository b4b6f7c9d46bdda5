package cn.luzhi.suggestions;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import cn.luzhi.shared.Caller;
import cn.luzhi.shared.Roles;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The steps a caller may take on a suggestion now, in the order a page shows them: the caller's part in the item
 * (staff, its lead or co-unit, its lead deputy) and the item's own rules ({@link Suggestion}'s {@code may…} checks),
 * so clients show buttons without copying the workflow. Some rules are left for the step itself to explain with 409:
 * contacting the deputy before replying, the re-assignment window, deadline limits.
 */
@Schema(name = "SuggestionAction", description = "当前账号现在可以执行的办理步骤")
public enum SuggestionAction {
    submit, register, decline, assign, reassignmentRequest, reassignmentDecision, contact, coOpinion, reply, feedback, close,
    followUpResolution, procuratorateTransfer, procuratorateAnswer, appraise;

    /**
     * @param leadUnitId  the active lead unit, if assigned
     * @param coUnitIds   the active co-units
     * @param pendingUnitIds units whose re-assignment request awaits staff
     * @param procuratoratePending transferred to the procuratorate and not answered yet
     */
    public static List<SuggestionAction> of(Caller c, Suggestion s, Long leadUnitId, List<Long> coUnitIds, Set<Long> pendingUnitIds,
            boolean procuratoratePending) {
        boolean staff = c.isAny(Roles.STAFF, Roles.ADMIN);
        boolean unit = c.is(Roles.UNIT) && c.unitId() != null;
        boolean leadDeputy = c.is(Roles.DEPUTY) && c.deputyId() != null && c.deputyId().equals(s.leadDeputyId);
        boolean leadUnit = unit && c.unitId().equals(leadUnitId);
        boolean coUnit = unit && !leadUnit && coUnitIds.contains(c.unitId());
        List<SuggestionAction> out = new ArrayList<>();
        if (s.maySubmit() && (staff || leadDeputy)) {
            out.add(submit);
        }
        if (staff && s.mayRegister()) {
            out.add(register);
            out.add(decline);
        }
        if (staff && s.mayAssign()) {
            out.add(assign);
        }
        if ((leadUnit || coUnit) && s.mayReassign() && !pendingUnitIds.contains(c.unitId())) {
            out.add(reassignmentRequest);
        }
        if (staff && s.mayReassign() && !pendingUnitIds.isEmpty()) {
            out.add(reassignmentDecision);
        }
        if (leadUnit && s.isOpen()) {
            out.add(contact);
            out.add(reply);
        }
        if (coUnit && s.isOpen()) {
            out.add(coOpinion);
        }
        if (leadDeputy && s.mayBeRated()) {
            out.add(feedback);
        }
        if (staff && s.mayClose()) {
            out.add(close);
        }
        if ((staff || leadUnit) && s.onFollowUp()) {
            out.add(followUpResolution);
        }
        if (staff && s.isRegistered() && !procuratoratePending) {
            out.add(procuratorateTransfer);
        }
        if (staff && procuratoratePending) {
            out.add(procuratorateAnswer);
        }
        if (staff && s.mayAppraise()) {
            out.add(appraise);
        }
        return out;
    }
}
