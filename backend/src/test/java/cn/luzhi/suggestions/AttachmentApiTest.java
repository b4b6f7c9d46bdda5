package cn.luzhi.suggestions;

import static cn.luzhi.testing.Tokens.as;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;

import cn.luzhi.testing.Db;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AttachmentApiTest {
    static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Inject
    Db db;

    int ownSuggestion() {
        return as("deputy1").contentType(ContentType.JSON).body(Map.of("kind", "SUGGESTION", "title", "附件测试", "content", "内容",
                "category", "OTHER")).post("/api/v1/suggestions").then().statusCode(201).extract().path("id");
    }

    @Test
    void aDeputyAttachesAPdfAndEveryoneWhoSeesTheItemDownloadsTheSameBytes() throws Exception {
        int id = ownSuggestion();
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PDF));
        int aid = as("deputy1").contentType("application/pdf").queryParam("filename", "现场情况说明.pdf").body(PDF)
                .post("/api/v1/suggestions/" + id + "/attachments").then().statusCode(201).body("sha256", is(sha))
                .body("sizeBytes", is(PDF.length)).body("filename", is("现场情况说明.pdf")).extract().path("id");
        as("staff1").get("/api/v1/suggestions/" + id + "/attachments").then().statusCode(200).body("[0].id", is(aid))
                .body("[0].uploadedBy", is("deputy1"));
        byte[] back = as("staff1").get("/api/v1/suggestions/" + id + "/attachments/" + aid).then().statusCode(200)
                .contentType("application/pdf").header("ETag", is("\"" + sha + "\"")).header("Content-Disposition", containsString("UTF-8''"))
                .extract().asByteArray();
        assertArrayEquals(PDF, back);
        as("staff1").get("/api/v1/suggestions/" + id + "/timeline").then().body("action", hasItem("ATTACHED"));
        as("unit1").get("/api/v1/suggestions/" + id + "/attachments/" + aid).then().statusCode(404);
    }

    @Test
    void filesThatAreNotWhatTheyClaimOrTooLargeAreRefused() {
        int id = ownSuggestion();
        long before = db.count("attachment");
        as("deputy1").contentType("application/pdf").queryParam("filename", "假的.pdf").body("not a pdf".getBytes())
                .post("/api/v1/suggestions/" + id + "/attachments").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", is("file"));
        as("deputy1").contentType("text/plain").queryParam("filename", "a.txt").body("hello".getBytes())
                .post("/api/v1/suggestions/" + id + "/attachments").then().statusCode(415).contentType("application/problem+json");
        as("deputy1").contentType("application/octet-stream").queryParam("filename", "a.bin").body(PDF)
                .post("/api/v1/suggestions/" + id + "/attachments").then().statusCode(415);
        byte[] big = new byte[AttachmentPolicy.MAX_BYTES + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        as("deputy1").contentType("application/pdf").queryParam("filename", "big.pdf").body(big)
                .post("/api/v1/suggestions/" + id + "/attachments").then().statusCode(413).contentType("application/problem+json");
        as("deputy1").contentType("application/pdf").body(PDF).post("/api/v1/suggestions/" + id + "/attachments").then()
                .statusCode(400).body("errors[0].field", is("filename"));
        as("leader1").contentType("application/pdf").queryParam("filename", "x.pdf").body(PDF)
                .post("/api/v1/suggestions/" + id + "/attachments").then().statusCode(403);
        assertEquals(before, db.count("attachment"));
    }
}
