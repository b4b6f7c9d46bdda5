package cn.luzhi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Each table belongs to one module; SQL in another module names only the views the owner offers ({@code directory_…},
 * {@code suggestions_…}, {@code supervision_…}; see V13__module_views.sql), so a changed column breaks the owner's own
 * tests instead of silently changing someone else's figures. Every module may use {@code shared}'s tables.
 */
class ModuleTablesTest {
    /** Who owns which table: reviewed as a table; a new table must be given an owner here. */
    static final Map<String, List<String>> OWNER = Map.of(
            "shared", List.of("app_user", "audit_event", "calendar_day"),
            "directory", List.of("congress", "committee", "delegation", "liaison_station", "handling_unit", "person", "deputy_mandate"),
            "suggestions", List.of("suggestion_settings", "suggestion", "suggestion_cosigner", "assignment", "suggestion_step", "attachment"),
            "supervision", List.of("supervision_plan", "topic", "topic_source", "topic_evidence", "topic_unit", "problem", "problem_step",
                    "topic_group_member", "milestone", "work_item", "key_project", "project_vote", "plan_cadence"),
            "evaluation", List.of("activity_type", "activity", "activity_participant", "scoring_scheme", "scoring_indicator", "score",
                    "score_publication", "published_score", "objection"),
            "notifications", List.of("notification", "mail_delivery", "notification_preference", "reminder_claim"));

    static final Path MAIN = Path.of("src/main/java/cn/luzhi");
    static final Pattern TABLE_REF = Pattern.compile("(?i)\\b(?:from|join|into|update)\\s+([a-z][a-z0-9_]*)\\b");
    static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    static String ownerOf(String table) {
        return OWNER.entrySet().stream().filter(e -> e.getValue().contains(table)).map(Map.Entry::getKey).findFirst().orElse(null);
    }

    @Test
    void everyTableOfTheMigrationsHasOneOwner() throws IOException {
        TreeSet<String> created = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            for (Path f : files.toList()) {
                Matcher m = Pattern.compile("(?i)create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?`?([a-z_]+)").matcher(Files.readString(f));
                while (m.find()) {
                    created.add(m.group(1).toLowerCase());
                }
            }
        }
        TreeSet<String> owned = new TreeSet<>();
        OWNER.values().forEach(owned::addAll);
        assertEquals(created, owned);
    }

    @Test
    void noModuleNamesAnotherModulesTables() throws IOException {
        List<String> leaks = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String module = MAIN.relativize(f).getName(0).toString();
                Matcher s = STRING.matcher(Files.readString(f));
                while (s.find()) {
                    Matcher t = TABLE_REF.matcher(s.group(1));
                    while (t.find()) {
                        String owner = ownerOf(t.group(1).toLowerCase());
                        if (owner != null && !owner.equals(module) && !owner.equals("shared")) {
                            leaks.add(MAIN.relativize(f) + " names " + owner + "'s table " + t.group(1));
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), leaks);
    }

    @Test
    void theScanSeesATableInAString() {
        Matcher t = TABLE_REF.matcher("SELECT s.id FROM suggestion s JOIN deputy_mandate m ON m.id = s.lead_deputy_id");
        assertTrue(t.find() && t.group(1).equals("suggestion") && t.find() && t.group(1).equals("deputy_mandate"));
    }
}
