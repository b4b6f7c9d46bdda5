package cn.luzhi.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** One indicator's figures as a score row keeps them: "position:records:counted:raw:points", joined by ';'. */
public record PackedPoints(int position, int records, int counted, BigDecimal raw, BigDecimal points) {
    public static List<PackedPoints> parse(String packed) {
        List<PackedPoints> out = new ArrayList<>();
        if (packed == null || packed.isBlank()) {
            return out;
        }
        for (String part : packed.split(";")) {
            String[] f = part.split(":");
            out.add(new PackedPoints(Integer.parseInt(f[0]), Integer.parseInt(f[1]), Integer.parseInt(f[2]), new BigDecimal(f[3]), new BigDecimal(f[4])));
        }
        return out;
    }
}
