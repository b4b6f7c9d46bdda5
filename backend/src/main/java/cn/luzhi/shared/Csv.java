package cn.luzhi.shared;

import java.util.List;

/** Builds CSV for spreadsheet users: UTF-8 with a BOM so Excel shows Chinese, fields quoted when needed. */
public final class Csv {
    private final StringBuilder sb = new StringBuilder("\uFEFF");

    public Csv row(List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            Object c = cells.get(i);
            String s = c == null ? "" : c.toString();
            // a leading = + - @ would make a spreadsheet run a formula (CSV injection)
            if (!s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0) {
                s = "'" + s;
            }
            if (s.contains(",") || s.contains("\"") || s.contains("\n")) {
                s = "\"" + s.replace("\"", "\"\"") + "\"";
            }
            sb.append(s);
        }
        sb.append("\r\n");
        return this;
    }

    @Override
    public String toString() {
        return sb.toString();
    }
}
