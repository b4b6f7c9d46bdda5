package cn.luzhi.evaluation;

import cn.luzhi.directory.Directory;
import cn.luzhi.shared.time.AppClock;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/** The demo county's evaluation year: a year of activities, suggestion appraisals, a scheme and computed scores. */
@ApplicationScoped
public class EvaluationDemoData {
    @Inject
    AppClock clock;
    private static final Logger LOG = Logger.getLogger(EvaluationDemoData.class);

    @ConfigProperty(name = "luzhi.demo-data.enabled", defaultValue = "false")
    boolean enabled;
    @Inject
    EntityManager em;
    @Inject
    Directory directory;
    @Inject
    ScoreEngine engine;

    @Transactional
    void onStart(@Observes @Priority(4000) StartupEvent ev) {
        Long county = directory.congressByCode("sfx").orElse(null);
        if (!enabled || county == null || ScoringScheme.count() > 0) {
            return;
        }
        long c = county;
        int year = clock.today().getYear();
        Random rnd = new Random(20260101L);
        List<Directory.Deputy> deputies = directory.activeDeputies(c);
        // the annual session: everyone invited, a few on leave, one absent
        List<Object[]> session = new ArrayList<>();
        for (int i = 0; i < deputies.size(); i++) {
            session.add(new Object[] { deputies.get(i), i % 17 == 5 ? "LEAVE" : i == 23 ? "ABSENT" : "PRESENT", null });
        }
        activity(c, "SESSION", "县第十八届人民代表大会第三次会议", LocalDate.of(year, 1, 10), session);
        // standing-committee sittings: five deputies invited in turn
        for (int k = 0; k < 6; k++) {
            activity(c, "SITTING", "县人大常委会第" + (20 + k) + "次会议", LocalDate.of(year, 2 + k, 26), pick(deputies, k * 5, 5, rnd, 0.15));
        }
        String[] inspections = { "城区停车设施建设视察", "农村饮水安全工程视察", "学校食堂食品安全视察", "老旧小区改造视察", "乡村振兴示范村视察",
                "县城污水处理厂视察", "养老服务中心视察", "中小学校舍安全视察" };
        for (int k = 0; k < inspections.length; k++) {
            activity(c, "INSPECTION", inspections[k], LocalDate.of(year, 3 + k % 8, 12 + k), pick(deputies, k * 6, 8, rnd, 0.1));
        }
        String[] research = { "营商环境专题调研", "农村电商发展调研", "基层医疗服务调研", "河长制落实情况调研", "职业教育发展调研", "文旅融合发展调研" };
        for (int k = 0; k < research.length; k++) {
            activity(c, "RESEARCH", research[k], LocalDate.of(year, 4 + k, 18), pick(deputies, k * 7 + 3, 6, rnd, 0.1));
        }
        activity(c, "LAW_CHECK", "《食品安全法》执法检查", LocalDate.of(year, 6, 16), pick(deputies, 10, 10, rnd, 0.1));
        activity(c, "TRAINING", "代表履职能力提升培训班", LocalDate.of(year, 3, 20), pick(deputies, 0, 30, rnd, 0.1));
        activity(c, "TRAINING", "新修订《代表法》专题学习", LocalDate.of(year, 9, 22), pick(deputies, 20, 30, rnd, 0.1));
        // receptions at the stations on the 5th of each month so far, by the deputies stationed there
        int lastMonth = Math.min(clock.today().getMonthValue(), 11);
        for (int month = 1; month <= lastMonth; month++) {
            for (int s = 0; s < 8; s++) {
                final int st = s;
                List<Object[]> here = new ArrayList<>();
                for (Directory.Deputy d : deputies) {
                    if (d.stationId() != null && d.stationId() % 8 == st && rnd.nextDouble() < 0.55) {
                        here.add(new Object[] { d, "PRESENT", null });
                    }
                }
                if (!here.isEmpty()) {
                    activity(c, "RECEPTION", "联络站接待选民日（" + month + "月）", LocalDate.of(year, month, 5), here);
                }
            }
        }
        // written reports to voters, rated by the voters present
        List<Object[]> reports = new ArrayList<>();
        for (int i = 0; i < deputies.size(); i += 4) {
            reports.add(new Object[] { deputies.get(i), "PRESENT", BigDecimal.valueOf(70 + rnd.nextInt(29)) });
        }
        for (Object[] r : reports) {
            activity(c, "REPORT", "向原选区选民述职", LocalDate.of(year, 10, 15), List.<Object[]>of(r));
        }
        // one self-reported activity waiting for confirmation
        Activity own = activity(c, "VOLUNTEER", "参加社区环境整治志愿服务", LocalDate.of(year, 8, 3), List.<Object[]>of(new Object[] { deputies.get(0), "PRESENT", null }));
        own.recorded(true);
        own.reportedBy = deputies.get(0).id();
        em.createNativeQuery("UPDATE activity_participant SET counted = FALSE WHERE activity_id = ?1").setParameter(1, own.id).executeUpdate();
        ScoringScheme scheme = scheme(c, year);
        scheme.persist();
        em.flush();
        var outcome = engine.recompute(c, year, null);
        LOG.infof("demo evaluation: %d activities, scheme %d, %d deputies scored", Activity.count("congressId", c), scheme.id, outcome.deputies());
    }

    private Activity activity(long c, String typeCode, String title, LocalDate on, List<Object[]> attendees) {
        ActivityType t = ActivityType.find("congressId is null and code = ?1", typeCode).firstResult();
        Activity a = new Activity();
        a.congressId = c;
        a.typeId = t.id;
        a.title = title;
        a.occurredOn = on;
        a.recorded(false);
        a.persist();
        em.flush();
        for (Object[] p : attendees) {
            em.createNativeQuery("INSERT INTO activity_participant (activity_id, mandate_id, congress_id, year, type_id, counted, attendance, rating)"
                    + " VALUES (?1, ?2, ?3, ?4, ?5, TRUE, ?6, ?7)").setParameter(1, a.id).setParameter(2, ((Directory.Deputy) p[0]).id()).setParameter(3, c)
                    .setParameter(4, on.getYear()).setParameter(5, t.id).setParameter(6, p[1]).setParameter(7, p[2]).executeUpdate();
        }
        return a;
    }

    /** {@code n} deputies from {@code from} on (wrapping), some of them on leave or absent. */
    private static List<Object[]> pick(List<Directory.Deputy> all, int from, int n, Random rnd, double missRate) {
        List<Object[]> out = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            double x = rnd.nextDouble();
            out.add(new Object[] { all.get((from + k) % all.size()), x < missRate / 2 ? "ABSENT" : x < missRate ? "LEAVE" : "PRESENT", null });
        }
        return out;
    }

    static ScoringScheme scheme(long c, int year) {
        ScoringScheme s = new ScoringScheme();
        s.congressId = c;
        s.year = year;
        s.revision = 1;
        s.name = year + " 年度代表履职评价方案";
        s.excellentFrom = BigDecimal.valueOf(60);
        s.competentFrom = BigDecimal.valueOf(40);
        s.basicFrom = BigDecimal.valueOf(25);
        s.excellentTopN = 10;
        s.indicators.add(rate("出席代表大会会议", "SESSION", 20));
        s.indicators.add(count("列席常委会会议", Indicator.Source.ACTIVITY, "SITTING", 2, 10));
        s.indicators.add(count("视察", Indicator.Source.ACTIVITY, "INSPECTION", 3, 12));
        s.indicators.add(count("专题调研", Indicator.Source.ACTIVITY, "RESEARCH", 3, 9));
        s.indicators.add(count("执法检查", Indicator.Source.ACTIVITY, "LAW_CHECK", 3, 6));
        s.indicators.add(count("学习培训", Indicator.Source.ACTIVITY, "TRAINING", 2, 4));
        s.indicators.add(count("联络站接待选民", Indicator.Source.ACTIVITY, "RECEPTION", 2, 12));
        Indicator lead = count("领衔提出建议（已立案）", Indicator.Source.SUGGESTION_LEAD, null, 3, 12);
        lead.registeredOnly = true;
        s.indicators.add(lead);
        s.indicators.add(count("附议建议", Indicator.Source.SUGGESTION_COSIGNED, null, 1, 4));
        Indicator quality = new Indicator();
        quality.name = "建议质量";
        quality.source = Indicator.Source.SUGGESTION_LEAD;
        quality.rule = Indicator.Rule.RATING;
        quality.weight = BigDecimal.ONE;
        quality.fullPoints = BigDecimal.valueOf(6);
        quality.registeredOnly = true;
        s.indicators.add(quality);
        s.indicators.add(count("优秀建议", Indicator.Source.SUGGESTION_AWARD, null, 3, 6));
        Indicator report = rate("向选民述职测评", "REPORT", 10);
        report.rule = Indicator.Rule.RATING;
        s.indicators.add(report);
        s.indicators.add(count("参加监督小组", Indicator.Source.GROUP_MEMBER, null, 4, 4));
        return s;
    }

    private static Indicator rate(String name, String type, int full) {
        Indicator i = new Indicator();
        i.name = name;
        i.source = Indicator.Source.ACTIVITY;
        i.activityTypeId = typeId(type);
        i.rule = Indicator.Rule.RATE;
        i.weight = BigDecimal.ONE;
        i.fullPoints = BigDecimal.valueOf(full);
        return i;
    }

    private static Indicator count(String name, Indicator.Source source, String type, int per, int cap) {
        Indicator i = new Indicator();
        i.name = name;
        i.source = source;
        i.activityTypeId = type == null ? null : typeId(type);
        i.rule = Indicator.Rule.COUNT;
        i.weight = BigDecimal.ONE;
        i.pointsPer = BigDecimal.valueOf(per);
        i.cap = BigDecimal.valueOf(cap);
        return i;
    }

    private static Long typeId(String code) {
        return ActivityType.<ActivityType>find("congressId is null and code = ?1", code).firstResult().id;
    }
}
