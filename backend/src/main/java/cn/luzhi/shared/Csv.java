package cn.luzhi.shared;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV for spreadsheet users, written to the response as the rows come (nothing is built in memory): UTF-8 with a
 * BOM so Excel shows Chinese, Excel's quoting, and text cells that a spreadsheet would run as a formula (starting with
 * = + - @, a tab or a carriage return: CSV injection, OWASP) are prefixed with an apostrophe.
 */
public final class Csv {
    private final CSVPrinter printer;

    private Csv(CSVPrinter printer) {
        this.printer = printer;
    }

    /** One row; numbers and dates are written as they are, text is made safe. */
    public Csv row(List<?> cells) {
        try {
            printer.printRecord(cells.stream().map(Csv::safe).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    static Object safe(Object cell) {
        if (!(cell instanceof CharSequence) && !(cell instanceof Enum<?>)) {
            return cell;
        }
        String s = cell.toString();
        return !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
    }

    /** A response that writes the header, then whatever rows {@code body} writes, straight to the client. */
    public static Response download(String filename, List<String> header, Consumer<Csv> body) {
        StreamingOutput out = os -> {
            var w = new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8), 64 * 1024);
            w.write('\uFEFF');
            try (CSVPrinter p = new CSVPrinter(w, CSVFormat.EXCEL)) {
                Csv csv = new Csv(p);
                csv.row(header);
                body.accept(csv);
            }
        };
        return Response.ok(out, "text/csv; charset=UTF-8").header("Content-Disposition", "attachment; filename=\"" + filename + "\"").build();
    }
}
