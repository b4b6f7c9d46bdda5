package cn.luzhi.suggestions.api;

import cn.luzhi.shared.time.AppClock;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

import cn.luzhi.shared.CurrentCaller;
import cn.luzhi.shared.ProblemException;
import cn.luzhi.suggestions.Attachment;
import cn.luzhi.suggestions.SuggestionService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Files of a suggestion: the deputy's materials, the unit's reply documents. Whoever may see the item may read them. */
@Path("/api/v1/suggestions/{id}/attachments")
@Tag(name = "suggestions")
public class AttachmentResource {
    @Inject
    AppClock clock;
    @Inject
    SuggestionService service;
    @Inject
    CurrentCaller caller;

    @Schema(name = "Attachment")
    public record AttachmentView(long id, @Schema(example = "现场照片.jpg") String filename, @Schema(example = "image/jpeg") String contentType,
            long sizeBytes, @Schema(description = "SHA-256（十六进制）") String sha256, String uploadedBy, Instant uploadedAt) {
        static AttachmentView of(Attachment a) {
            return new AttachmentView(a.id, a.filename, a.contentType, a.sizeBytes, a.sha256, a.uploadedBy, a.uploadedAt);
        }
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ "admin", "staff", "leader", "committee", "deputy", "unit", "integration" })
    @Operation(operationId = "listAttachments", summary = "附件列表", description = "该建议的附件（不含文件内容）。")
    public List<AttachmentView> list(@PathParam("id") long id) {
        service.get(id);
        return Attachment.<Attachment>find("suggestionId = ?1 order by id", id).project(AttachmentRow.class).list().stream()
                .map(AttachmentRow::view).toList();
    }

    @POST
    @Consumes({ "application/pdf", "image/png", "image/jpeg", "application/msword", "application/vnd.ms-excel",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation", "application/octet-stream" })
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ "admin", "staff", "deputy", "unit" })
    @Operation(operationId = "uploadAttachment", summary = "上传附件", description = "请求体为文件本身，Content-Type 为文件类型（PDF、PNG、JPEG、Word、Excel、PowerPoint），"
            + "filename 查询参数为文件名；不超过 10 MB，内容须与类型相符；服务器记录 SHA-256。代表只能给本人领衔的建议上传，承办单位只能给交办给本单位的建议上传。")
    @RequestBody(content = @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "201", description = "已上传", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AttachmentView.class)))
    @APIResponse(responseCode = "413", description = "文件过大", content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
    @APIResponse(responseCode = "415", description = "不接受的文件类型", content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
    public Response upload(@PathParam("id") long id, @QueryParam("filename") @Parameter(required = true, example = "现场照片.jpg") String filename,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, byte[] body) {
        Attachment a = service.attach(id, filename, contentType, body);
        return Response.created(URI.create("/api/v1/suggestions/" + id + "/attachments/" + a.id)).type(MediaType.APPLICATION_JSON)
                .entity(AttachmentView.of(a)).build();
    }

    @GET
    @Path("/{attachmentId}")
    @Produces("*/*")
    @RolesAllowed({ "admin", "staff", "leader", "committee", "deputy", "unit", "integration" })
    @Operation(operationId = "downloadAttachment", summary = "下载附件", description = "返回文件内容，ETag 为 SHA-256。")
    @APIResponse(responseCode = "200", description = "文件，以上传时核验的类型返回", content = {
            @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "application/msword", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "application/vnd.ms-excel", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "application/vnd.openxmlformats-officedocument.presentationml.presentation", schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    public Response download(@PathParam("id") long id, @PathParam("attachmentId") long attachmentId) {
        service.get(id);
        Attachment a = Attachment.find("id = ?1 and suggestionId = ?2", attachmentId, id).firstResult();
        if (a == null) {
            throw ProblemException.notFound("附件");
        }
        String encoded = java.net.URLEncoder.encode(a.filename, StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(a.data, a.contentType).header("Content-Disposition", "attachment; filename*=UTF-8''" + encoded)
                .header("ETag", "\"" + a.sha256 + "\"").header("X-Content-Type-Options", "nosniff").build();
    }

    /** The list without the bytes. */
    public record AttachmentRow(Long id, String filename, String contentType, long sizeBytes, String sha256, String uploadedBy,
            Instant uploadedAt) {
        AttachmentView view() {
            return new AttachmentView(id, filename, contentType, sizeBytes, sha256, uploadedBy, uploadedAt);
        }
    }

}
