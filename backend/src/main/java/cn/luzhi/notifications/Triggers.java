package cn.luzhi.notifications;

import java.util.ArrayList;
import java.util.List;

import cn.luzhi.directory.Directory;
import cn.luzhi.suggestions.SuggestionHandlingChanged;
import cn.luzhi.supervision.ProblemHandlingChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** Who hears of what: the other modules' events turned into messages for the people they concern. */
@ApplicationScoped
public class Triggers {
    @Inject
    Directory directory;
    @Inject
    Notifier notifier;

    void onSuggestion(@Observes SuggestionHandlingChanged e) {
        String link = "/suggestions/" + e.suggestionId();
        String t = "《" + e.title() + "》";
        switch (e.what()) {
            case ASSIGNED -> {
                for (int i = 0; i < e.units().size(); i++) {
                    boolean lead = i == 0;
                    notifier.tell(directory.accountsOfUnit(e.units().get(i)), new Notifier.Message(e.congressId(), NotificationKind.SUGGESTION_ASSIGNED,
                            (lead ? "新交办建议（主办）：" : "新交办建议（协办）：") + e.title(),
                            "人大常委会将建议" + t + "交由贵单位" + (lead ? "主办" : "协办") + "，办理期限 " + e.deadline() + "。请在期限内与代表沟通并答复。", link, null));
                }
            }
            case REASSIGNED_AWAY -> notifier.tell(units(e.units()), new Notifier.Message(e.congressId(), NotificationKind.SUGGESTION_REASSIGNED_AWAY,
                    "建议已调整出本单位：" + e.title(), "贵单位对建议" + t + "的调整申请已获同意，该建议将另行交办，贵单位不再办理。", link, null));
            case REPLIED -> {
                if (e.leadDeputyId() != null) {
                    notifier.tell(directory.accountsOfDeputy(e.leadDeputyId()), new Notifier.Message(e.congressId(), NotificationKind.SUGGESTION_REPLIED,
                            "您的建议已答复：" + e.title(), "承办单位已答复您领衔提出的建议" + t + "。请查看答复并作出评价。", link, null));
                }
            }
            case REHANDLING -> {
                notifier.tell(units(e.units()), new Notifier.Message(e.congressId(), NotificationKind.SUGGESTION_REHANDLING,
                        "建议退回重新办理：" + e.title(), "代表对建议" + t + "的答复不满意，请重新办理，期限 " + e.deadline() + "。", link, null));
                if (e.leadDeputyId() != null) {
                    notifier.tell(directory.accountsOfDeputy(e.leadDeputyId()), new Notifier.Message(e.congressId(), NotificationKind.SUGGESTION_REHANDLING,
                            "建议开始重新办理：" + e.title(), "您对建议" + t + "的答复不满意，承办单位将重新办理，期限 " + e.deadline() + "。", link, null));
                }
            }
        }
    }

    void onProblem(@Observes ProblemHandlingChanged e) {
        String link = "/supervision/problems?problemId=" + e.problemId();
        String d = e.description();
        switch (e.what()) {
            case ASSIGNED -> notifier.tell(directory.accountsOfUnit(e.unitId()), new Notifier.Message(e.congressId(), NotificationKind.PROBLEM_ASSIGNED,
                    "新列入整改的问题：" + d, "人大常委会监督发现的问题“" + d + "”列入贵单位整改清单，整改期限 " + e.deadline() + "。请按期整改并报告。", link, null));
            case SENT_BACK -> notifier.tell(directory.accountsOfUnit(e.unitId()), new Notifier.Message(e.congressId(), NotificationKind.PROBLEM_SENT_BACK,
                    "整改核实未通过：" + d, "贵单位报告整改完成的问题“" + d + "”经核实未达到要求，请继续整改，期限 " + e.deadline() + "。", link, null));
        }
    }

    private List<Directory.Account> units(List<Long> unitIds) {
        List<Directory.Account> out = new ArrayList<>();
        unitIds.forEach(u -> out.addAll(directory.accountsOfUnit(u)));
        return out;
    }
}
