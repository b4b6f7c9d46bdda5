package cn.luzhi.shared.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import cn.luzhi.shared.Enums;
import cn.luzhi.shared.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The national working-day calendar: read by everyone, a year's notice loaded by admins. */
@Path("/api/v1/calendar")
@Tag(name = "calendar")
@Produces(MediaType.APPLICATION_JSON)
public class CalendarResource {
    @Inject
    CalendarService service;
    @Inject
    WorkingCalendar calendar;

    @Schema(name = "CalendarDay")
    public record DayView(@Schema(example = "2026-10-01") LocalDate day, CalendarDay.Kind kind, @Schema(example = "国庆节") String name,
            @Schema(nullable = true) String source) {
    }

    @Schema(name = "HolidayRange")
    public record Range(@NotBlank @Size(max = 50) @Schema(example = "国庆节") String name, @NotNull @Schema(example = "2027-10-01") LocalDate from,
            @NotNull @Schema(example = "2027-10-07") LocalDate to) {
    }

    @Schema(name = "YearNotice", description = "一年的放假安排，格式同国务院办公厅通知：放假区间（含其中的周末）与调休上班日")
    public record YearNotice(@NotNull @Valid List<@Valid Range> holidays, @NotNull List<@NotNull LocalDate> makeUpWorkdays,
            @Size(max = 100) @Schema(nullable = true, example = "国办发明电〔2026〕X号") String source) {
    }

    @Schema(name = "Deadline")
    public record DeadlineView(LocalDate from, int amount, WorkingCalendar.Mode mode, @Schema(example = "2026-10-12") LocalDate deadline,
            @Schema(description = "期间内的工作日数") int workingDays) {
    }

    @GET
    @Path("/years/{year}")
    @RolesAllowed({ "admin", "staff", "leader", "committee", "deputy", "unit", "integration" })
    @Operation(operationId = "getCalendarYear", summary = "某年的节假日与调休", description = "列出该年的法定节假日（放假日）和调休上班日；未列出的日子按周一至周五上班计。")
    public List<DayView> year(@PathParam("year") int year) {
        checkYear(year);
        return calendar.year(year).stream().map(d -> new DayView(d.day, d.kind, d.name, d.source)).toList();
    }

    @PUT
    @Path("/years/{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("admin")
    @Operation(operationId = "replaceCalendarYear", summary = "录入某年放假安排", description = "按国务院办公厅当年通知录入（或整体替换）该年的放假区间和调休上班日。"
            + "日期须在该年内，放假区间起止不能颠倒，调休上班日不能同时是放假日。整年替换是幂等的，无需 If-Match；每次替换记入审计。")
    public List<DayView> replaceYear(@PathParam("year") int year, @Valid @NotNull YearNotice notice) {
        checkYear(year);
        service.replaceYear(year, notice);
        return year(year);
    }

    @GET
    @Path("/deadline")
    @RolesAllowed({ "admin", "staff", "leader", "committee", "deputy", "unit", "integration" })
    @Operation(operationId = "computeDeadline", summary = "计算期限", description = "从 from 起算 amount 天的期限：CALENDAR 按自然日（到期日逢节假日顺延至下一个工作日），"
            + "WORKING 按工作日（跳过周末和法定节假日，计入调休上班日）。")
    public DeadlineView deadline(@QueryParam("from") @Parameter(required = true, example = "2026-09-28") String from,
            @QueryParam("amount") @Parameter(required = true, example = "5") Integer amount,
            @QueryParam("mode") @Parameter(schema = @Schema(implementation = WorkingCalendar.Mode.class)) String mode) {
        LocalDate start;
        try {
            start = LocalDate.parse(from == null ? "" : from);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid("from", "须为日期（YYYY-MM-DD）");
        }
        if (amount == null || amount < 0 || amount > 3660) {
            throw ProblemException.invalid("amount", "须为 0 到 3660 之间的整数");
        }
        WorkingCalendar.Mode m = Enums.parse(WorkingCalendar.Mode.class, mode, "mode");
        if (m == null) {
            m = WorkingCalendar.Mode.CALENDAR;
        }
        LocalDate end = calendar.deadlineAfterDays(start, amount, m);
        return new DeadlineView(start, amount, m, end, calendar.workingDaysBetween(start, end));
    }

    static void checkYear(int year) {
        if (year < 2000 || year > 2100) {
            throw ProblemException.invalid("year", "年份须在 2000 到 2100 之间");
        }
    }
}
