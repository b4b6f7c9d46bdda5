package cn.luzhi.supervision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import cn.luzhi.supervision.TextGrouping.Text;
import org.junit.jupiter.api.Test;

/** Texts a person would put together end up together; different concerns stay apart. */
class TextGroupingTest {
    static final List<Text> TEXTS = List.of(
            new Text(1, "URBAN", "关于解决城关镇老旧小区夜间停车难问题的建议：小区车位少，夜间车辆乱停乱放"),
            new Text(2, "URBAN", "东城街道居民反映停车难，车辆占用消防通道"),
            new Text(3, "URBAN", "建议在西城街道增设泊位，缓解小区车位不足"),
            new Text(4, "TRANSPORT", "12345热线：医院周边停车位紧张，就医停车难"),
            new Text(5, "EDUCATION", "关于改善学校食堂就餐条件的建议：食堂面积小，学生排队时间长"),
            new Text(6, "EDUCATION", "青石镇中学学生用餐难，食堂需要扩建"),
            new Text(7, "ENVIRONMENT", "柳林镇河道生活污水直排，水体发黑发臭"),
            new Text(8, "ENVIRONMENT", "南湖镇河道黑臭，排污口未整治"),
            new Text(9, "AGRICULTURE", "建议支持杏花乡特色水果种植产业"));

    static final Set<String> PLACES = Set.of("城关镇", "东城街道", "西城街道", "青石镇", "柳林镇", "南湖镇", "杏花乡");

    @Test
    void parkingTextsGroupTogetherApartFromSchoolCanteens() {
        // nine texts make every shared word look common (low IDF), so this corpus links at a lower similarity than
        // a year's few hundred items do (TopicCandidates.THRESHOLD, exercised over the demo year in TopicCandidateApiTest)
        List<List<Long>> groups = TextGrouping.group(TEXTS, 0.10, PLACES);
        Set<Long> parking = Set.copyOf(groups.stream().filter(g -> g.contains(1L)).findFirst().orElseThrow());
        assertTrue(parking.containsAll(Set.of(1L, 2L, 3L)), groups.toString());
        assertTrue(parking.contains(4L), "the hotline demand about parking near the hospital joins: " + groups);
        assertTrue(parking.stream().noneMatch(id -> id >= 5), groups.toString());
        Set<Long> canteen = Set.copyOf(groups.stream().filter(g -> g.contains(5L)).findFirst().orElseThrow());
        assertEquals(Set.of(5L, 6L), canteen);
        Set<Long> sewage = Set.copyOf(groups.stream().filter(g -> g.contains(7L)).findFirst().orElseThrow());
        assertEquals(Set.of(7L, 8L), sewage);
        assertTrue(groups.stream().noneMatch(g -> g.contains(9L)), "a lone concern forms no group");
        assertEquals(Set.of(1L, 2L, 3L, 4L), Set.copyOf(groups.get(0)), "the largest group comes first");
    }

    @Test
    void groupKeywordsNameTheSharedConcern() {
        List<String> words = TextGrouping.keywords(List.of(TEXTS.get(0).text(), TEXTS.get(1).text(), TEXTS.get(2).text()), 3);
        assertTrue(words.contains("停车"), words.toString());
    }
}
