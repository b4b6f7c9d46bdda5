package cn.luzhi.supervision;

import cn.luzhi.directory.Directory;
import cn.luzhi.suggestions.SuggestionEvidence;
import cn.luzhi.shared.time.AppClock;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/** The demo county's supervision year: an adopted plan with topics in every state, their problems, groups and cadence, a key project. */
@ApplicationScoped
public class SupervisionDemoData {
    @Inject
    AppClock clock;
    private static final Logger LOG = Logger.getLogger(SupervisionDemoData.class);

    /** Load the demo supervision year with the rest of the demo data. */
    @ConfigProperty(name = "luzhi.demo-data.enabled", defaultValue = "false")
    boolean enabled;
    @Inject
    TopicLinks links;
    @Inject
    PlanCadence cadence;
    @Inject
    EntityManager em;
    @Inject
    Directory directory;
    @Inject
    SuggestionEvidence suggestions;

    @Transactional
    void onStart(@Observes @Priority(3000) StartupEvent ev) {
        Long county = directory.congressByCode("sfx").orElse(null);
        if (!enabled || county == null || SupervisionPlan.count() > 0) {
            return;
        }
        LocalDate today = clock.today();
        int year = today.getYear();
        SupervisionPlan plan = new SupervisionPlan();
        plan.congressId = county;
        plan.year = year;
        plan.title = "示范县人大常委会" + year + "年度监督工作计划";
        plan.importedAs(SupervisionPlan.Status.ADOPTED);
        plan.adoptedOn = LocalDate.of(year, 2, 26);
        plan.persist();
        Long finance = committee(county, "财政经济委员会");
        Long law = committee(county, "法制委员会");
        Long social = committee(county, "社会建设委员会");
        Long farm = committee(county, "农业与农村委员会");
        List<Long> parking = suggestions.titled(county, "停车难", 12);
        List<Long> canteen = suggestions.titled(county, "食堂", 8);
        Topic t1 = topic(county, plan.id, "关于城区停车难问题整治情况的专项工作报告", Topic.Method.WORK_REPORT, finance, Topic.Status.DELIBERATED);
        links.replace(t1.id, List.of(Topic.Source.SUGGESTION_HOTSPOT, Topic.Source.HOTLINE_DEMAND), parking, List.of(unit(county, "县住房和城乡建设局"),
                unit(county, "县综合行政执法局")));
        Topic t2 = topic(county, plan.id, "《食品安全法》执法检查（学校食堂）", Topic.Method.LAW_ENFORCEMENT_CHECK, law, Topic.Status.IN_PROGRESS);
        links.replace(t2.id, List.of(Topic.Source.SUGGESTION_HOTSPOT), canteen, List.of(unit(county, "县市场监督管理局"), unit(county, "县教育和体育局")));
        Topic t3 = topic(county, plan.id, "关于农村饮水安全工作情况的视察", Topic.Method.INSPECTION, farm, Topic.Status.CLOSED);
        links.replace(t3.id, List.of(Topic.Source.INSPECTION_FINDING), List.of(), List.of(unit(county, "县水务局")));
        Topic t4 = topic(county, plan.id, "养老服务体系建设专题询问", Topic.Method.SPECIAL_INQUIRY, social, Topic.Status.APPROVED);
        links.replace(t4.id, List.of(Topic.Source.KEY_TASK), List.of(), List.of(unit(county, "县民政局")));
        Topic t5 = topic(county, plan.id, "优化营商环境工作满意度测评", Topic.Method.SATISFACTION_VOTE, finance, Topic.Status.PROPOSED);
        links.replace(t5.id, List.of(Topic.Source.KEY_TASK), List.of(), List.of(unit(county, "县发展和改革局")));
        List<Directory.Deputy> deputies = directory.activeDeputies(county);
        for (int i = 0; i < 4; i++) {
            em.createNativeQuery("INSERT INTO topic_group_member (topic_id, deputy_id, leader) VALUES (?1, ?2, ?3)").setParameter(1, t1.id)
                    .setParameter(2, deputies.get(i * 5).id()).setParameter(3, i == 0).executeUpdate();
        }
        Long housing = unit(county, "县住房和城乡建设局");
        Long enforcement = unit(county, "县综合行政执法局");
        problem(county, t1.id, "老旧小区停车泊位缺口大，夜间占道停车普遍", housing, "王局长", "挖潜新增夜间共享泊位 500 个", today.plusDays(40),
                Problem.Status.RECTIFYING, 0);
        problem(county, t1.id, "医院、学校周边高峰时段停车秩序混乱", enforcement, "刘局长", "设置临时停车区并加强巡查", today.minusDays(6),
                Problem.Status.RECTIFYING, 0);
        problem(county, t1.id, "公共停车场收费标准不公开", housing, "王局长", "统一公示收费标准", today.minusDays(30), Problem.Status.RECTIFIED, 0);
        problem(county, t1.id, "占用消防通道停车反弹", enforcement, "刘局长", "施划消防通道标线并常态化执法", today.plusDays(5),
                Problem.Status.RECTIFYING, 1);
        problem(county, t1.id, "停车诱导系统未覆盖城区", housing, "王局长", "建设城区停车诱导系统一期", today.plusDays(60), Problem.Status.REPORTED, 0);
        for (WorkItem w : cadence.apply(plan, new Cadence.Settings(5, true, true, true, "人大办", "专门委员会", "县人民政府", "常委会"))) {
            w.doneOn = w.due.isBefore(today) ? w.due : null;
        }
        KeyProject kp = new KeyProject();
        kp.congressId = county;
        kp.year = year;
        kp.name = "城区公共停车场建设项目";
        kp.unitId = housing;
        kp.passThreshold = new BigDecimal("0.8000");
        kp.planAnswer = "年内新建公共停车场 3 处、泊位 1200 个";
        kp.progressAnswer = "已建成 2 处、泊位 800 个，第 3 处完成主体施工";
        kp.persist();
        for (int i = 0; i < 30; i++) {
            String rating = i % 10 == 9 ? "UNSATISFIED" : i % 4 == 3 ? "BASIC" : "SATISFIED";
            em.createNativeQuery("INSERT INTO project_vote (project_id, round, deputy_id, rating, at) VALUES (?1, 'MID_YEAR', ?2, ?3, ?4)")
                    .setParameter(1, kp.id).setParameter(2, deputies.get(i).id()).setParameter(3, rating).setParameter(4, clock.instant()).executeUpdate();
        }
        LOG.infof("demo data: supervision plan %d with 5 topics, 5 problems, cadence and a key project", year);
    }

    private Long committee(long congress, String name) {
        return directory.committeeNamed(congress, name);
    }

    private Long unit(long congress, String name) {
        return directory.unitNamed(congress, name);
    }

    private Topic topic(long congress, long plan, String title, Topic.Method method, Long committee, Topic.Status status) {
        Topic t = new Topic();
        t.congressId = congress;
        t.planId = plan;
        t.title = title;
        t.method = method;
        t.committeeId = committee;
        t.importedAs(status);
        t.persist();
        return t;
    }

    private void problem(long congress, long topic, String description, long unit, String person, String measures, LocalDate deadline,
            Problem.Status status, int reopened) {
        Problem p = new Problem();
        p.congressId = congress;
        p.topicId = topic;
        p.description = description;
        p.unitId = unit;
        p.responsiblePerson = person;
        p.measures = measures;
        p.deadline = deadline;
        p.importedAs(status);
        p.reopened = reopened;
        p.rectifiedAt = status == Problem.Status.RECTIFIED ? clock.instant() : null;
        p.persist();
        ProblemStep s = new ProblemStep();
        s.problemId = p.id;
        s.action = "CREATED";
        s.actor = "王芳（staff1）";
        s.at = clock.instant();
        s.persist();
    }
}
