package cn.luzhi.suggestions;

import cn.luzhi.shared.time.AppClock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Random;

import cn.luzhi.directory.Directory;
import cn.luzhi.shared.calendar.WorkingCalendar;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * A year of suggestion handling for the demo county, in every state, so the inboxes, colours and figures mean
 * something right after `make run`. Runs after the directory's demo data, once, on a database without suggestions.
 */
@ApplicationScoped
public class SuggestionDemoData {
    @Inject
    AppClock clock;
    private static final Logger LOG = Logger.getLogger(SuggestionDemoData.class);
    static final String[] PLACES = { "城关镇", "东城街道", "西城街道", "南湖镇", "北山镇", "青石镇", "柳林镇", "杏花乡" };
    static final Object[][] TOPICS = {
            { Suggestion.Category.URBAN, "关于解决%s老旧小区夜间停车难问题的建议", "%s老旧小区车位不足，夜间停车难，车辆占用消防通道，建议挖潜增设临时泊位、推行错时共享停车。" },
            { Suggestion.Category.URBAN, "关于加快%s老旧小区改造的建议", "%s部分小区管网老化、屋面漏水，建议纳入年度老旧小区改造计划。" },
            { Suggestion.Category.TRANSPORT, "关于优化%s公交线路的建议", "%s群众出行不便，公交班次少、末班车早，建议优化线路、加密班次。" },
            { Suggestion.Category.TRANSPORT, "关于改善%s农村公路安全设施的建议", "%s农村公路急弯陡坡缺少护栏和警示标志，建议完善安全设施。" },
            { Suggestion.Category.EDUCATION, "关于解决%s学校食堂就餐问题的建议", "%s中小学食堂就餐空间不足，学生排队时间长，建议扩建食堂。" },
            { Suggestion.Category.EDUCATION, "关于加强%s乡村教师队伍建设的建议", "%s乡村学校教师结构性缺编，建议完善补充和激励机制。" },
            { Suggestion.Category.HEALTH, "关于提升%s基层医疗服务能力的建议", "%s卫生院设备陈旧、全科医生不足，建议加大投入。" },
            { Suggestion.Category.AGRICULTURE, "关于完善%s农田水利设施的建议", "%s部分灌溉渠道淤塞损毁，影响农业生产，建议维修疏浚。" },
            { Suggestion.Category.ENVIRONMENT, "关于整治%s河道污染的建议", "%s河道沿岸存在生活污水直排现象，建议开展专项整治。" },
            { Suggestion.Category.SOCIAL, "关于建设%s社区养老服务中心的建议", "%s老年人口多，居家养老服务供给不足，建议建设社区养老服务中心。" },
            { Suggestion.Category.ECONOMY, "关于支持%s特色产业发展的建议", "%s特色种养殖产业规模小、品牌弱，建议加大扶持力度。" },
            { Suggestion.Category.SAFETY, "关于加强%s电动自行车充电安全管理的建议", "%s居民楼道内充电现象普遍，存在火灾隐患，建议建设集中充电设施。" } };

    /** Load the demo suggestions when the directory demo data is loaded. */
    @ConfigProperty(name = "luzhi.demo-data.enabled", defaultValue = "false")
    boolean enabled;
    @Inject
    WorkingCalendar calendar;
    @Inject
    Directory directory;

    @Transactional
    void onStart(@Observes @Priority(2000) StartupEvent ev) {
        Long county = directory.congressByCode("sfx").orElse(null);
        if (!enabled || county == null || Suggestion.count() > 0) {
            return;
        }
        List<Directory.Deputy> deputies = directory.activeDeputies(county);
        List<Directory.Named> units = directory.units(county);
        Directory.Account staff = directory.account("staff1");
        Directory.Account leader = directory.account("leader1");
        Long housing = directory.unitNamed(county, "县住房和城乡建设局");
        Random rnd = new Random(7);
        LocalDate today = clock.today();
        int[] numbers = new int[3];
        int made = 0;
        for (int i = 0; i < 320; i++) {
            Object[] topic = TOPICS[i % TOPICS.length];
            String place = PLACES[(i / TOPICS.length) % PLACES.length];
            boolean opinion = i % 7 == 3;
            Suggestion s = new Suggestion();
            s.congressId = county;
            s.kind = opinion ? Suggestion.Kind.OPINION : Suggestion.Kind.SUGGESTION;
            s.source = opinion ? (i % 2 == 0 ? Suggestion.Source.HOTLINE : Suggestion.Source.STATION) : Suggestion.Source.DEPUTY;
            s.title = (opinion ? (s.source == Suggestion.Source.HOTLINE ? "12345热线：" : "联络站意见：") : "")
                    + String.format((String) topic[1], place).replace("的建议", opinion ? "" : "的建议");
            s.content = String.format((String) topic[2], place);
            s.category = (Suggestion.Category) topic[0];
            s.sessionLabel = i % 3 == 0 ? null : "十八届人大四次会议";
            s.betweenSessions = i % 3 == 0;
            s.publicFlag = i % 4 != 1;
            s.citizenName = opinion ? "群众" + (char) ('甲' + i % 10) : null;
            Directory.Deputy lead = deputies.get((i * 7) % deputies.size());
            s.leadDeputyId = opinion ? null : (i % 10 == 0 ? deputies.get(0).id() : lead.id());
            s.createdBy = staff.id();
            // the item's age decides how far it got: older items are mostly closed, recent ones still open
            int age = 5 + (int) ((long) i * 300 / 320);
            LocalDate created = today.minusDays(age);
            Instant t0 = at(created, 9);
            int phase = rnd.nextInt(100);
            String state = age < 12 ? (phase < 30 ? "DRAFT" : phase < 70 ? "SUBMITTED" : "REGISTERED")
                    : age < 110 ? (phase < 8 ? "DECLINED" : phase < 55 ? "ASSIGNED" : phase < 65 ? "REHANDLING" : phase < 80 ? "REPLIED" : phase < 90 ? "RATED" : "CLOSED")
                    : (phase < 5 ? "DECLINED" : phase < 15 ? "ASSIGNED" : phase < 22 ? "REPLIED" : phase < 30 ? "RATED" : "CLOSED");
            if (opinion && (state.equals("RATED") || state.equals("REHANDLING"))) {
                state = "CLOSED";
            }
            s.createdAt = t0;
            s.persist();
            made++;
            step(s, "CREATED", t0, staff, null, null);
            if (state.equals("DRAFT")) {
                continue;
            }
            s.submit(t0);
            step(s, "SUBMITTED", t0, staff, null, null);
            if (state.equals("SUBMITTED")) {
                continue;
            }
            Instant reg = at(created.plusDays(2), 10);
            if (state.equals("DECLINED")) {
                s.decline("属于信访事项，转有关部门按来信处理", reg);
                step(s, "DECLINED", reg, staff, null, s.declineReason);
                continue;
            }
            int k = s.kind.ordinal();
            s.register(String.format("%d%s%04d", created.plusDays(2).getYear(), new String[] { "议", "建", "民" }[k], ++numbers[k]), reg);
            step(s, "REGISTERED", reg, staff, null, "编号 " + s.number);
            if (state.equals("REGISTERED")) {
                continue;
            }
            LocalDate assignedOn = created.plusDays(4);
            Long unitId = i % 5 == 0 ? housing : units.get((i * 3) % units.size()).id();
            LocalDate due = calendar.deadlineAfterMonths(assignedOn, opinion ? 1 : 3);
            s.assign(assignedOn, due, i % 29 == 0 ? leader.id() : null);
            Assignment a = new Assignment();
            a.suggestionId = s.id;
            a.unitId = unitId;
            a.lead = true;
            a.assignedOn = assignedOn;
            a.persist();
            step(s, "ASSIGNED", at(assignedOn, 15), staff, unitId, "期限 " + due);
            if (state.equals("ASSIGNED")) {
                continue;
            }
            LocalDate replyDay = assignedOn.plusDays(20 + rnd.nextInt(70));
            if (replyDay.isAfter(today)) {
                replyDay = today.minusDays(1);
            }
            a.contactedRound = s.round;
            step(s, "CONTACTED", at(replyDay.minusDays(5), 10), null, unitId, "[FACE_TO_FACE] 与代表面商办理方案");
            Suggestion.ReplyClass cls = Suggestion.ReplyClass.values()[phase % 10 < 6 ? 0 : phase % 10 < 9 ? 1 : 2];
            s.reply(cls, true, at(replyDay, 16));
            SuggestionStep r = step(s, "REPLIED", at(replyDay, 16), null, unitId, "经研究，" + (cls == Suggestion.ReplyClass.A ? "已落实解决。" : cls == Suggestion.ReplyClass.B ? "已列入明年工作计划。" : "受条件限制，暂时留作参考。"));
            r.replyClass = cls;
            if (state.equals("REPLIED")) {
                continue;
            }
            if (!opinion) {
                boolean unhappy = state.equals("REHANDLING");
                Suggestion.Rating rating = unhappy ? Suggestion.Rating.UNSATISFIED : phase % 6 == 0 ? Suggestion.Rating.BASIC : Suggestion.Rating.SATISFIED;
                LocalDate rateDay = replyDay.plusDays(3).isAfter(today) ? today : replyDay.plusDays(3);
                s.rate(rating, rateDay, calendar.deadlineAfterDays(rateDay, 30, WorkingCalendar.Mode.CALENDAR));
                SuggestionStep f = step(s, unhappy ? "RATED_UNSATISFIED" : "RATED", at(rateDay, 11), null, null, null);
                f.ratingContact = Suggestion.Rating.SATISFIED;
                f.ratingAttitude = Suggestion.Rating.SATISFIED;
                f.ratingResult = rating;
                if (unhappy || state.equals("RATED")) {
                    continue;
                }
            }
            s.close(at(replyDay.plusDays(6).isAfter(today) ? today : replyDay.plusDays(6), 17));
            step(s, "CLOSED", s.closedAt, staff, null, null);
        }
        // quality appraisal of the registered suggestions (counted in the deputies' evaluation); a few awards
        Suggestion.getEntityManager().flush();
        Suggestion.getEntityManager().createNativeQuery("UPDATE suggestion SET quality_score = 60 + MOD(id * 37, 36) WHERE congress_id = ?1 AND lead_deputy_id IS NOT NULL"
                + " AND status NOT IN ('DRAFT', 'SUBMITTED', 'DECLINED')").setParameter(1, county).executeUpdate();
        Suggestion.getEntityManager().createNativeQuery("UPDATE suggestion SET award = '优秀建议' WHERE congress_id = ?1 AND quality_score >= 93").setParameter(1, county)
                .executeUpdate();
        LOG.infof("demo data: %d suggestions and citizen opinions", made);
    }

    private static Instant at(LocalDate d, int hour) {
        return d.atTime(LocalTime.of(hour, 0)).atZone(AppClock.ZONE).toInstant();
    }

    private static SuggestionStep step(Suggestion s, String action, Instant at, Directory.Account who, Long unitId, String note) {
        SuggestionStep st = new SuggestionStep();
        st.suggestionId = s.id;
        st.round = s.round;
        st.action = action;
        st.actor = who == null ? (unitId != null ? "承办单位" : "代表") : who.displayName() + "（" + who.username() + "）";
        st.actorUserId = who == null ? null : who.id();
        st.unitId = unitId;
        st.at = at;
        st.note = note;
        st.persist();
        return st;
    }
}
