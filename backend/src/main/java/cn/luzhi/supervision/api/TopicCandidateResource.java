package cn.luzhi.supervision.api;

import cn.luzhi.shared.time.AppClock;
import java.util.List;

import cn.luzhi.shared.ProblemException;
import cn.luzhi.supervision.TopicCandidates;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Candidate supervision topics proposed from the year's suggestions and hotline demands. */
@Path("/api/v1/supervision/topic-candidates")
@Tag(name = "supervision")
@Produces(MediaType.APPLICATION_JSON)
public class TopicCandidateResource {
    @Inject
    AppClock clock;
    @Inject
    TopicCandidates candidates;

    @GET
    @RolesAllowed({ "admin", "staff", "leader", "committee" })
    @Operation(operationId = "listTopicCandidates", summary = "监督议题建议（数据选题）", description = "把某年的代表建议、群众意见和 12345 热线诉求中说同一件事的归为一组"
            + "（按类别和中文文本相似度：字二元组 TF-IDF 余弦相似度，含“车位/泊位→停车”等同义归并，去除乡镇名），"
            + "按涉及件数、代表数和地点数排序，附每组的全部条目作为依据。")
    public List<TopicCandidates.Candidate> list(@QueryParam("year") @Parameter(description = "建议提出的年度，默认今年", example = "2026") Integer year,
            @QueryParam("limit") @Parameter(description = "最多返回几组，1–100，默认 20") Integer limit) {
        int y = year == null ? clock.today().getYear() : year;
        if (y < 2000 || y > 2100) {
            throw ProblemException.invalid("year", "年份须在 2000 到 2100 之间");
        }
        int n = limit == null ? 20 : limit;
        if (n < 1 || n > 100) {
            throw ProblemException.invalid("limit", "须在 1 到 100 之间");
        }
        return candidates.propose(y, n);
    }
}
