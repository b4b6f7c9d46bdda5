package cn.luzhi.supervision;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups short Chinese texts that talk about the same thing: character bigrams of the text after folding a small
 * thesaurus of the words residents use for the same concern (车位/泊位 → 停车), weighted by TF-IDF so words
 * every suggestion uses (关于, 建议, 问题) count for little; texts whose cosine similarity reaches a threshold
 * are linked, and linked texts form a group (single link). Explainable and deterministic, no model to download.
 */
public final class TextGrouping {
    /** Words that name the same concern; the first of each row stands for all. */
    static final String[][] THESAURUS = {
            { "停车", "车位", "泊位", "停车位", "停车场", "停放" },
            { "食堂", "就餐", "用餐", "午餐", "伙食" },
            { "路灯", "照明", "夜间亮化" },
            { "污水", "排污", "黑臭", "直排" },
            { "养老", "敬老", "老年人", "照护" },
            { "公交", "班车", "公共交通" },
            { "充电", "充电桩", "飞线" },
            { "学校", "校园", "中小学" },
            { "医疗", "卫生院", "看病", "就医" },
            { "道路", "公路", "路面" } };

    /** Bigrams that carry no topic of their own. */
    static final Set<String> STOP = Set.of("关于", "建议", "问题", "解决", "加强", "进一步", "提升", "推进", "加快", "完善", "有关", "部门",
            "群众", "反映", "我们", "希望", "进行", "工作", "相关", "情况", "存在", "热线", "意见", "联络", "络站");

    public record Text(long id, String category, String text) {
    }

    private TextGrouping() {
    }

    /**
     * Groups of ids (each of two or more), largest first; {@code threshold} is the cosine similarity that links two
     * texts; {@code places} (township names …) are removed first, so that two concerns from one place do not look alike.
     */
    public static List<List<Long>> group(List<Text> texts, double threshold, Set<String> places) {
        int n = texts.size();
        List<Map<String, Double>> tf = new ArrayList<>();
        Map<String, Integer> df = new HashMap<>();
        for (Text t : texts) {
            Map<String, Double> counts = new HashMap<>();
            for (String g : tokens(t.text(), places)) {
                counts.merge(g, 1.0, Double::sum);
            }
            counts.keySet().forEach(g -> df.merge(g, 1, Integer::sum));
            tf.add(counts);
        }
        List<Map<String, Double>> vectors = new ArrayList<>();
        for (Map<String, Double> counts : tf) {
            Map<String, Double> v = new HashMap<>();
            double norm = 0;
            for (var e : counts.entrySet()) {
                double w = (1 + Math.log(e.getValue())) * Math.log(1.0 + (double) n / df.get(e.getKey()));
                v.put(e.getKey(), w);
                norm += w * w;
            }
            double len = Math.sqrt(norm);
            if (len > 0) {
                v.replaceAll((k, w) -> w / len);
            }
            vectors.add(v);
        }
        // centroid clustering: each text joins the group whose centroid it is most like (if like enough), else opens
        // a group; two passes let early texts move to groups formed after them. Unlike single link, a chain of
        // pairwise resemblances (停车 ~ 老旧小区 ~ 小区改造 ~ …) does not merge different concerns.
        int[] groupOf = new int[n];
        List<Map<String, Double>> centroids = new ArrayList<>();
        for (int pass = 0; pass < 2; pass++) {
            List<Map<String, Double>> sums = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int best = -1;
                double bestSim = 0;
                for (int g = 0; g < centroids.size(); g++) {
                    double sim = cosine(vectors.get(i), centroids.get(g));
                    boolean sameCategory = pass > 0 && texts.get(i).category().equals(categoryOf(texts, groupOf, g, i));
                    double need = sameCategory ? threshold * 0.8 : threshold;
                    if (sim >= need && sim > bestSim) {
                        best = g;
                        bestSim = sim;
                    }
                }
                if (pass == 0) {
                    if (best < 0) {
                        centroids.add(new HashMap<>(vectors.get(i)));
                        best = centroids.size() - 1;
                    } else {
                        add(centroids.get(best), vectors.get(i));
                        normalizeInPlace(centroids.get(best));
                    }
                } else if (best < 0) {
                    best = groupOf[i];
                }
                groupOf[i] = best;
                while (sums.size() <= best) {
                    sums.add(new HashMap<>());
                }
                add(sums.get(best), vectors.get(i));
            }
            for (Map<String, Double> c : sums) {
                normalizeInPlace(c);
            }
            if (pass == 0) {
                centroids = sums;
            }
        }
        Map<Integer, List<Long>> groups = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            groups.computeIfAbsent(groupOf[i], k -> new ArrayList<>()).add(texts.get(i).id());
        }
        List<List<Long>> out = new ArrayList<>();
        for (List<Long> g : groups.values()) {
            if (g.size() >= 2) {
                out.add(g);
            }
        }
        out.sort(Comparator.<List<Long>>comparingInt(List::size).reversed().thenComparing(g -> g.get(0)));
        return out;
    }

    /** The most telling bigrams of a group, for its label. */
    public static List<String> keywords(List<String> groupTexts, int k) {
        Map<String, Integer> counts = new HashMap<>();
        for (String t : groupTexts) {
            for (String g : Set.copyOf(bigrams(normalize(t)))) {
                counts.merge(g, 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().filter(e -> e.getValue() >= 2)
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(k).map(Map.Entry::getKey).toList();
    }

    /** Bigrams of the text without place names, plus each thesaurus concept it mentions (counted twice: a concept is strong evidence). */
    static List<String> tokens(String text, Set<String> places) {
        String x = text;
        for (String p : places) {
            x = x.replace(p, " ");
        }
        String normal = normalize(x);
        List<String> out = new ArrayList<>(bigrams(normal));
        for (String[] row : THESAURUS) {
            if (normal.contains(row[0])) {
                out.add("#" + row[0]);
                out.add("#" + row[0]);
            }
        }
        return out;
    }

    static String normalize(String s) {
        String x = s;
        for (String[] row : THESAURUS) {
            for (int i = row.length - 1; i >= 1; i--) {
                x = x.replace(row[i], row[0]);
            }
        }
        return x;
    }

    static List<String> bigrams(String s) {
        List<String> out = new ArrayList<>();
        int[] cps = s.codePoints().filter(Character::isIdeographic).toArray();
        for (int i = 0; i + 1 < cps.length; i++) {
            String g = new String(cps, i, 2);
            if (!STOP.contains(g)) {
                out.add(g);
            }
        }
        return out;
    }

    private static double cosine(Map<String, Double> a, Map<String, Double> b) {
        Map<String, Double> small = a.size() < b.size() ? a : b;
        Map<String, Double> large = small == a ? b : a;
        double dot = 0;
        for (var e : small.entrySet()) {
            Double w = large.get(e.getKey());
            if (w != null) {
                dot += e.getValue() * w;
            }
        }
        return dot;
    }

    private static String categoryOf(List<Text> texts, int[] groupOf, int g, int self) {
        for (int k = 0; k < groupOf.length; k++) {
            if (k != self && groupOf[k] == g) {
                return texts.get(k).category();
            }
        }
        return "";
    }

    private static void add(Map<String, Double> into, Map<String, Double> v) {
        v.forEach((k, w) -> into.merge(k, w, Double::sum));
    }

    private static void normalizeInPlace(Map<String, Double> v) {
        double norm = Math.sqrt(v.values().stream().mapToDouble(w -> w * w).sum());
        if (norm > 0) {
            v.replaceAll((k, w) -> w / norm);
        }
    }
}
