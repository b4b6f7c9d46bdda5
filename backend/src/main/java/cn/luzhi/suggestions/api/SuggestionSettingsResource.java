package cn.luzhi.suggestions.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.luzhi.shared.calendar.WorkingCalendar;
import cn.luzhi.suggestions.SuggestionService;
import cn.luzhi.suggestions.SuggestionSettingsService;
import cn.luzhi.suggestions.SuggestionSettingsService.SettingsInput;
import cn.luzhi.suggestions.SuggestionSettings;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A congress's rules for handling suggestions: deadlines, the re-assignment window, the yellow warning. */
@Path("/api/v1/suggestion-settings")
@Tag(name = "suggestions")
@Produces(MediaType.APPLICATION_JSON)
public class SuggestionSettingsResource {
    @Inject
    SuggestionSettingsService settings;
    @Inject
    SuggestionService service;

    @Schema(name = "SuggestionSettings")
    public record SettingsView(int version, @Schema(description = "默认办理期限（月）", example = "3") int defaultDeadlineMonths,
            @Schema(description = "最长办理期限（月）", example = "6") int maxDeadlineMonths,
            @Schema(description = "重新办理期限（天）", example = "30") int rehandlingDays,
            @Schema(description = "交办后可申请调整的工作日数", example = "5") int reassignWindowDays,
            @Schema(description = "期限前多少个工作日起亮黄灯", example = "10") int yellowDays, WorkingCalendar.Mode deadlineMode) {
        static SettingsView of(SuggestionSettings s) {
            return new SettingsView(s.version, s.defaultDeadlineMonths, s.maxDeadlineMonths, s.rehandlingDays, s.reassignWindowDays,
                    s.yellowDays, s.deadlineMode);
        }
    }


    @GET
    @RolesAllowed({ "admin", "staff", "leader", "committee", "deputy", "unit", "integration" })
    @Operation(operationId = "getSuggestionSettings", summary = "建议办理设置", description = "本届人大的办理期限、调整申请窗口和黄色预警提前量。")
    @APIResponse(responseCode = "200", description = "设置", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = SettingsView.class)))
    public Response get() {
        SuggestionSettings s = service.settings();
        return Response.ok(SettingsView.of(s)).tag(new EntityTag(Integer.toString(s.version))).build();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("admin")
    @Operation(operationId = "updateSuggestionSettings", summary = "修改建议办理设置", description = "须带 If-Match。默认期限不能超过最长期限；代表法规定最长六个月。"
            + "重新办理期限应短于默认期限。")
    @APIResponse(responseCode = "200", description = "已修改", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = SettingsView.class)))
    public Response update(@HeaderParam("If-Match") String ifMatch, @Valid @NotNull SettingsInput in) {
        SuggestionSettings s = settings.update(ifMatch, in);
        return Response.ok(SettingsView.of(s)).tag(new EntityTag(Integer.toString(s.version))).build();
    }
}
