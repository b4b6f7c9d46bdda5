package cn.luzhi.notifications;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a notification is about; each person chooses per kind and channel what they receive. */
@Schema(name = "NotificationKind", description = "SUGGESTION_ASSIGNED 建议交办给本单位 / SUGGESTION_REASSIGNED_AWAY 建议调整出本单位 / "
        + "SUGGESTION_REPLIED 建议已答复 / SUGGESTION_REHANDLING 建议重新办理 / PROBLEM_ASSIGNED 问题列入本单位整改 / PROBLEM_SENT_BACK 整改核实未通过 / "
        + "DEADLINE_YELLOW 临期提醒（黄色预警）/ DEADLINE_RED 逾期提醒（红色预警）/ "
        + "OBJECTION_WINDOW_OPEN 履职评价结果公示、可提异议 / VOTE_OPEN 重点项目评议开始 / GROUP_CHANGED 监督小组或其日程变动；临期、逾期提醒站内始终接收")
public enum NotificationKind {
    SUGGESTION_ASSIGNED("建议交办"), SUGGESTION_REASSIGNED_AWAY("建议调整交办"), SUGGESTION_REPLIED("建议答复"), SUGGESTION_REHANDLING("建议重新办理"),
    PROBLEM_ASSIGNED("整改问题交办"), PROBLEM_SENT_BACK("整改退回"),
    DEADLINE_YELLOW("临期提醒"), DEADLINE_RED("逾期提醒"),
    OBJECTION_WINDOW_OPEN("评价结果公示"), VOTE_OPEN("重点项目评议"), GROUP_CHANGED("监督小组变动");

    public final String label;

    /** Deadline warnings are always shown in the app: nobody may miss that something of theirs is late. */
    public boolean alwaysInApp() {
        return this == DEADLINE_YELLOW || this == DEADLINE_RED;
    }

    NotificationKind(String label) {
        this.label = label;
    }
}
