package cn.luzhi.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import jakarta.ws.rs.core.StreamingOutput;
import org.junit.jupiter.api.Test;

/** CSV as spreadsheet users open it: BOM, Excel quoting, no cell a spreadsheet would run as a formula. */
class CsvTest {
    static String written(List<?>... rows) throws Exception {
        var r = Csv.download("x.csv", List.of("名称", "值"), csv -> {
            for (List<?> row : rows) {
                csv.row(row);
            }
        });
        var out = new ByteArrayOutputStream();
        ((StreamingOutput) r.getEntity()).write(out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void textThatWouldRunAsAFormulaIsPrefixedWithAnApostrophe() throws Exception {
        String s = written(List.of("=SUM(A1:A9)", "+1"), List.of("-2+3", "@cmd"), List.of("\tx", "\ry"));
        assertEquals("\uFEFF名称,值\r\n'=SUM(A1:A9),'+1\r\n'-2+3,'@cmd\r\n'\tx,\"'\ry\"\r\n", s);
    }

    @Test
    void numbersDatesAndPlainTextStayAsTheyAre() throws Exception {
        String s = written(Arrays.asList(-3, new BigDecimal("-1.50")), Arrays.asList("王建国", null),
                List.of("含,逗号", "含\"引号"));
        assertEquals("\uFEFF名称,值\r\n-3,-1.50\r\n王建国,\r\n\"含,逗号\",\"含\"\"引号\"\r\n", s);
    }
}
