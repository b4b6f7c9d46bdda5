package cn.luzhi.supervision;

import cn.luzhi.directory.Directory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import cn.luzhi.shared.CurrentCaller;
import cn.luzhi.suggestions.Suggestion;
import cn.luzhi.suggestions.SuggestionEvidence;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Proposes next year's supervision topics from this year's suggestions, citizen opinions and hotline demands
 * (四维选题, seed 000: "problems concentrated in deputies' suggestions" and "high-frequency hotline demands"):
 * items that talk about the same thing are grouped ({@link TextGrouping}) and groups ranked by how many items,
 * deputies and places they involve.
 */
@ApplicationScoped
public class TopicCandidates {
    /** Cosine similarity between a text and a group's centroid (TF-IDF bigrams) at which it joins the group. */
    static final double THRESHOLD = 0.2;

    @Inject
    Directory directory;
    @Inject
    CurrentCaller caller;
    @Inject
    SuggestionEvidence evidence;

    @Schema(name = "CandidateItem")
    public record CandidateItem(long id, @Schema(nullable = true) String number, Suggestion.Kind kind, Suggestion.Source source,
            String title) {
    }

    @Schema(name = "TopicCandidate", description = "score = 件数 + 2 × 涉及代表数 + 2 × 涉及地点数（乡镇）；按 score 由高到低")
    public record Candidate(int rank, @Schema(example = "停车、车位") String label, @Schema(description = "组内最多的类别") Suggestion.Category category,
            int itemCount, int deputyCount, int placeCount, int hotlineCount, int score, List<CandidateItem> items) {
    }

    public List<Candidate> propose(int year, int limit) {
        long congress = caller.congressId();
        List<SuggestionEvidence.Item> items = evidence.ofYear(congress, year);
        Set<String> places = new HashSet<>();
        List<Directory.Station> stations = directory.stations(congress);
        for (Directory.Station s : stations) {
            if (s.township() != null) {
                places.add(s.township());
            }
        }
        for (Directory.Named d : directory.delegations(congress)) {
            places.add(d.name().replace("代表团", "").replace("代表小组", ""));
        }
        places.removeIf(p -> p.length() < 2);
        Map<Long, SuggestionEvidence.Item> byId = new HashMap<>();
        List<TextGrouping.Text> texts = new ArrayList<>();
        for (SuggestionEvidence.Item i : items) {
            byId.put(i.id(), i);
            texts.add(new TextGrouping.Text(i.id(), i.category().name(), i.title() + "。" + i.title() + "。" + i.content()));
        }
        Map<Long, Long> delegationOf = directory.delegationOfDeputies(congress);
        Map<Long, String> stationTown = new HashMap<>();
        stations.forEach(s -> stationTown.put(s.id(), s.township()));
        List<Candidate> out = new ArrayList<>();
        for (List<Long> group : TextGrouping.group(texts, THRESHOLD, places)) {
            List<SuggestionEvidence.Item> members = group.stream().map(byId::get).toList();
            Set<Long> deputies = new HashSet<>();
            Set<String> where = new HashSet<>();
            Map<Suggestion.Category, Integer> cats = new HashMap<>();
            int hotline = 0;
            for (SuggestionEvidence.Item m : members) {
                if (m.leadDeputyId() != null) {
                    deputies.add(m.leadDeputyId());
                    where.add("d" + delegationOf.get(m.leadDeputyId()));
                }
                if (m.stationId() != null) {
                    where.add("s" + stationTown.get(m.stationId()));
                }
                for (String p : places) {
                    if (m.title().contains(p) || m.content().contains(p)) {
                        where.add("p" + p);
                    }
                }
                cats.merge(m.category(), 1, Integer::sum);
                if (m.source() == Suggestion.Source.HOTLINE) {
                    hotline++;
                }
            }
            where.removeIf(Objects::isNull);
            Suggestion.Category top = cats.entrySet().stream().max(Map.Entry.<Suggestion.Category, Integer>comparingByValue()
                    .thenComparing(e -> -e.getKey().ordinal())).get().getKey();
            List<String> words = TextGrouping.keywords(members.stream().map(m -> m.title() + m.content()).toList(), 3);
            String label = words.isEmpty() ? members.get(0).title() : String.join("、", words);
            int score = members.size() + 2 * deputies.size() + 2 * where.size();
            out.add(new Candidate(0, label, top, members.size(), deputies.size(), where.size(), hotline, score,
                    members.stream().map(m -> new CandidateItem(m.id(), m.number(), m.kind(), m.source(), m.title())).toList()));
        }
        out.sort(Comparator.comparingInt(Candidate::score).reversed().thenComparing(Candidate::itemCount, Comparator.reverseOrder()));
        List<Candidate> ranked = new ArrayList<>();
        for (int i = 0; i < Math.min(limit, out.size()); i++) {
            Candidate c = out.get(i);
            ranked.add(new Candidate(i + 1, c.label(), c.category(), c.itemCount(), c.deputyCount(), c.placeCount(), c.hotlineCount(),
                    c.score(), c.items()));
        }
        return ranked;
    }
}
