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

    void onObjectionWindow(@Observes cn.luzhi.evaluation.ObjectionWindowOpened e) {
        notifier.tell(directory.accountsWithRole(e.congressId(), "deputy"), new Notifier.Message(e.congressId(), NotificationKind.OBJECTION_WINDOW_OPEN,
                e.year() + " 年度履职评价结果公示", "常委会公示了 " + e.year() + " 年度代表履职评价结果。请核对您的得分和履职记录，如有异议请在 " + e.windowEnds()
                        + " 前提出。", "/evaluation/publication", "objection-window:" + e.year()));
    }

    void onVote(@Observes cn.luzhi.supervision.KeyProjectVoteOpened e) {
        String round = e.midYear() ? "年中评议" : "年底评议";
        notifier.tell(directory.accountsWithRole(e.congressId(), "deputy"), new Notifier.Message(e.congressId(), NotificationKind.VOTE_OPEN,
                "重点项目" + round + "开始：" + e.name(), "重点项目“" + e.name() + "”的责任单位已报告" + (e.midYear() ? "年中进度" : "年底结果") + "，" + round + "开始，请查看后投票（满意、基本满意或不满意）。",
                "/supervision/key-projects/" + e.projectId(), "vote:" + e.projectId() + (e.midYear() ? ":MID_YEAR" : ":YEAR_END")));
    }

    void onGroup(@Observes cn.luzhi.supervision.SupervisionGroupChanged e) {
        String link = "/supervision/topics/" + e.topicId();
        String t = "“" + e.topicTitle() + "”";
        switch (e.what()) {
            case GROUP -> {
                notifier.tell(deputies(e.members()), new Notifier.Message(e.congressId(), NotificationKind.GROUP_CHANGED, "监督小组调整：" + e.topicTitle(),
                        "议题" + t + "的监督小组（一事一小组）有调整，您是小组成员。请查看小组成员和工作日程。", link, null));
                notifier.tell(deputies(e.removed()), new Notifier.Message(e.congressId(), NotificationKind.GROUP_CHANGED, "您已不在监督小组：" + e.topicTitle(),
                        "议题" + t + "的监督小组已调整，您不再是小组成员。", link, null));
            }
            case SCHEDULE -> notifier.tell(deputies(e.members()), new Notifier.Message(e.congressId(), NotificationKind.GROUP_CHANGED,
                    "监督小组日程：" + e.milestone(), "议题" + t + "的监督小组新增工作节点“" + e.milestone() + "”，时间 " + e.due() + "。", link, null));
        }
    }

    private List<Directory.Account> deputies(List<Long> deputyIds) {
        return directory.accountsOfDeputies(deputyIds);
    }

    private List<Directory.Account> units(List<Long> unitIds) {
        List<Directory.Account> out = new ArrayList<>();
        unitIds.forEach(u -> out.addAll(directory.accountsOfUnit(u)));
        return out;
    }
}
