package cn.luzhi.notifications.api;

import java.time.Instant;
import java.util.List;

import cn.luzhi.notifications.Channel;
import cn.luzhi.notifications.Notification;
import cn.luzhi.notifications.NotificationKind;
import cn.luzhi.notifications.NotificationService;
import cn.luzhi.shared.PageResult;
import cn.luzhi.shared.Paging;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The bell: a person's own notifications, read and unread, and what they choose to receive. */
@Path("/api/v1/notifications")
@Tag(name = "notifications")
@Produces(MediaType.APPLICATION_JSON)
public class NotificationResource {
    @Inject
    NotificationService notifications;
    @Inject
    cn.luzhi.notifications.DeadlineReminders reminders;

    @Schema(name = "NotificationView")
    public record NotificationView(long id, NotificationKind kind, @Schema(example = "新交办建议（主办）：关于解决老旧小区夜间停车难的建议") String title,
            String body, @Schema(description = "平台内的页面路径", example = "/suggestions/12") String link, Instant createdAt,
            @Schema(nullable = true) Instant readAt) {
        static NotificationView of(Notification n) {
            return new NotificationView(n.id, n.kind, n.title, n.body, n.link, n.createdAt, n.readAt);
        }
    }

    @Schema(name = "ReminderRun", description = "一次临期/逾期提醒：到期应提醒的事项数，本实例发出的数（其余已由本实例或其他实例发出过）")
    public record ReminderRun(@Schema(description = "后端实例") String instance, @Schema(example = "12") int due, @Schema(example = "3") int sent) {
    }

    @POST
    @Path("/reminders/run")
    @RolesAllowed("admin")
    @Operation(operationId = "runDeadlineReminders", summary = "立即发送临期和逾期提醒",
            description = "按计划每隔几分钟自动执行；管理员可在邮件服务器恢复或调整期限后立即执行一次。每条提醒只发一次，多个后端实例同时执行也如此。")
    public ReminderRun runReminders() {
        var r = reminders.run();
        return new ReminderRun(r.instance(), r.due(), r.sent());
    }

    @Schema(name = "UnreadCount")
    public record UnreadCount(@Schema(example = "3") long unread) {
    }

    @Schema(name = "MarkedRead")
    public record MarkedRead(@Schema(example = "3") int marked) {
    }

    @Schema(name = "NotificationPreference", description = "一种消息在一种方式上是否接收；未设置过的为接收")
    public record PreferenceView(@NotNull NotificationKind kind, @NotNull Channel channel, @Schema(description = "是否接收") boolean enabled,
            @Schema(description = "类型名称", example = "建议交办") String label) {
    }

    @Schema(name = "NotificationPreferenceInput")
    public record PreferenceInput(@NotNull NotificationKind kind, @NotNull Channel channel, @NotNull Boolean enabled) {
    }

    @GET
    @RolesAllowed({ "admin", "staff", "leader", "committee", "deputy", "unit" })
    @Operation(operationId = "listNotifications", summary = "我的消息", description = "本人收到的站内消息，新的在前；unread=true 只列未读。")
    public PageResult<NotificationView> list(@QueryParam("unread") Boolean unread, @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return notifications.list(Boolean.TRUE.equals(unread), Paging.of(page, size, null, NotificationService.SORTABLE, "createdAt,desc"))
                .map(NotificationView::of);
    }

    @GET
    @Path("/unread-count")
    @RolesAllowed({ "admin", "staff", "leader", "committee", "deputy", "unit" })
    @Operation(operationId = "countUnreadNotifications", summary = "未读消息数", description = "铃铛上的数字。")
    public UnreadCount unread() {
        return new UnreadCount(notifications.unreadCount());
    }

    @POST
    @Path("/{id}/read")
    @RolesAllowed({ "admin", "staff", "leader", "committee", "deputy", "unit" })
    @Operation(operationId = "markNotificationRead", summary = "标为已读", description = "只能标记本人的消息；已读的保留首次阅读时间。")
    public NotificationView read(@PathParam("id") long id) {
        return NotificationView.of(notifications.markRead(id));
    }

    @POST
    @Path("/read-all")
    @RolesAllowed({ "admin", "staff", "leader", "committee", "deputy", "unit" })
    @Operation(operationId = "markAllNotificationsRead", summary = "全部标为已读", description = "本人的全部未读消息标为已读，返回标记的条数。")
    public MarkedRead readAll() {
        return new MarkedRead(notifications.markAllRead());
    }

    @GET
    @Path("/preferences")
    @RolesAllowed({ "admin", "staff", "leader", "committee", "deputy", "unit" })
    @Operation(operationId = "listNotificationPreferences", summary = "消息设置", description = "每种消息在站内和邮件两种方式上是否接收。")
    public List<PreferenceView> preferences() {
        return views(notifications.preferences());
    }

    @PUT
    @Path("/preferences")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ "admin", "staff", "leader", "committee", "deputy", "unit" })
    @Operation(operationId = "updateNotificationPreferences", summary = "修改消息设置", description = "只改所列的类型和方式，其余不变；返回全部设置。")
    public List<PreferenceView> choose(@Valid @NotNull List<@Valid @NotNull PreferenceInput> choices) {
        return views(notifications.choose(choices.stream().map(c -> new NotificationService.Preference(c.kind(), c.channel(), c.enabled())).toList()));
    }

    private static List<PreferenceView> views(List<NotificationService.Preference> ps) {
        return ps.stream().map(p -> new PreferenceView(p.kind(), p.channel(), p.enabled(), p.kind().label)).toList();
    }
}
