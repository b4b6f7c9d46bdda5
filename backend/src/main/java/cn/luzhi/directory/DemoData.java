package cn.luzhi.directory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Loads the demo county (示范县) once, on an empty database: committees, delegations, liaison stations,
 * 50 deputies, 22 handling units and one account per role, matching the users of the imported Keycloak realm.
 * A small township congress (示范镇) is added so that tenant separation can be seen and tested.
 */
@ApplicationScoped
public class DemoData {
    private static final Logger LOG = Logger.getLogger(DemoData.class);

    /** Load the demo congresses on start when the database holds none. */
    @ConfigProperty(name = "luzhi.demo-data.enabled", defaultValue = "false")
    boolean enabled;

    static final String[] TOWNS = { "城关镇", "东城街道", "西城街道", "南湖镇", "北山镇", "青石镇", "柳林镇", "杏花乡" };
    static final String[] SURNAMES = { "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "马", "朱", "胡", "郭", "何", "林", "高", "罗" };
    static final String[] GIVEN = { "建国", "秀英", "志强", "丽娟", "海涛", "春梅", "德明", "晓燕", "国庆", "玉兰", "文博", "静怡", "振华", "桂芳", "立新", "雪梅",
            "永刚", "红霞", "子涵", "明轩", "俊杰", "淑珍", "长青", "慧敏", "宏伟" };
    static final String[][] UNITS = { { "县发展和改革局", "发改局" }, { "县教育和体育局", "教体局" }, { "县公安局", "公安局" }, { "县民政局", "民政局" },
            { "县财政局", "财政局" }, { "县人力资源和社会保障局", "人社局" }, { "县自然资源和规划局", "自然资源局" }, { "县住房和城乡建设局", "住建局" },
            { "县交通运输局", "交通局" }, { "县水务局", "水务局" }, { "县农业农村局", "农业农村局" }, { "县商务局", "商务局" }, { "县文化和旅游局", "文旅局" },
            { "县卫生健康局", "卫健局" }, { "县应急管理局", "应急局" }, { "县市场监督管理局", "市场监管局" }, { "县医疗保障局", "医保局" },
            { "县综合行政执法局", "执法局" }, { "市生态环境局示范县分局", "生态环境分局" }, { "国网示范县供电公司", "供电公司" } };
    static final String[] OCCUPATIONS = { "村党支部书记", "社区居委会主任", "农民专业合作社理事长", "中学教师", "县人民医院医生", "企业职工", "个体工商户",
            "镇党委书记", "镇长", "民营企业董事长", "律师", "种粮大户", "小学校长", "乡村医生", "外卖骑手" };

    @Transactional
    void onStart(@Observes @jakarta.annotation.Priority(1000) StartupEvent ev) {
        if (!enabled || Congress.count() > 0) {
            return;
        }
        Congress county = congress("sfx", "示范县人民代表大会", "COUNTY", "山东省示范县", 18);
        for (String[] c : new String[][] { { "法制委员会", "SPECIAL" }, { "财政经济委员会", "SPECIAL" }, { "教育科学文化卫生委员会", "SPECIAL" },
                { "农业与农村委员会", "SPECIAL" }, { "社会建设委员会", "SPECIAL" }, { "代表工作委员会", "WORKING" }, { "预算工作委员会", "WORKING" },
                { "监察和司法工作委员会", "WORKING" } }) {
            Committee committee = new Committee();
            committee.congressId = county.id;
            committee.name = c[0];
            committee.kind = Committee.Kind.valueOf(c[1]);
            committee.persist();
        }
        List<Delegation> delegations = new ArrayList<>();
        List<LiaisonStation> stations = new ArrayList<>();
        for (int i = 0; i < TOWNS.length; i++) {
            String town = TOWNS[i];
            Delegation d = new Delegation();
            d.congressId = county.id;
            d.name = town + "代表团";
            d.persist();
            delegations.add(d);
            LiaisonStation s = new LiaisonStation();
            s.congressId = county.id;
            s.name = town + "人大代表联络站";
            s.township = town;
            s.address = town + "人民路" + (10 + i * 7) + "号便民服务中心二楼";
            s.contactPerson = SURNAMES[(i + 3) % SURNAMES.length] + "主任";
            s.contactPhone = "0537-82" + (21000 + i * 137);
            s.receptionSchedule = "每月5日 9:00-12:00";
            s.persist();
            stations.add(s);
        }
        List<HandlingUnit> units = new ArrayList<>();
        for (int i = 0; i < UNITS.length; i++) {
            units.add(unit(county.id, UNITS[i][0], UNITS[i][1], HandlingUnit.Kind.GOVERNMENT_DEPARTMENT, i));
        }
        units.add(unit(county.id, "县人民法院", "法院", HandlingUnit.Kind.COURT, 20));
        units.add(unit(county.id, "县人民检察院", "检察院", HandlingUnit.Kind.PROCURATORATE, 21));
        units.get(19).kind = HandlingUnit.Kind.STATE_ENTERPRISE;

        Random rnd = new Random(20261122L);
        List<DeputyMandate> deputies = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            String name = SURNAMES[i % SURNAMES.length] + GIVEN[(i * 7 + i / SURNAMES.length) % GIVEN.length];
            boolean female = GIVEN[(i * 7 + i / SURNAMES.length) % GIVEN.length].matches(".*(英|娟|梅|燕|兰|怡|芳|霞|涵|珍|敏).*");
            LocalDate birth = LocalDate.of(1962 + rnd.nextInt(36), 1 + rnd.nextInt(12), 1 + rnd.nextInt(28));
            deputies.add(deputy(county.id, county.currentTerm, name, female, birth, i, delegations.get(i % delegations.size()),
                    stations.get(i % stations.size()), rnd));
        }

        user(county.id, "admin", "刘强", "admin", null, null);
        user(county.id, "staff1", "王芳", "staff", null, null);
        user(county.id, "leader1", "陈志远", "leader", null, null);
        user(county.id, "committee1", "赵敏", "committee", null, null).committeeId =
                Committee.<Committee>find("congressId = ?1 and name = ?2", county.id, "财政经济委员会").firstResult().id;
        user(county.id, "deputy1", deputies.get(0).person.name, "deputy", null, deputies.get(0).id);
        user(county.id, "unit1", "李明（住建局）", "unit", units.get(7).id, null);
        user(county.id, "service-account-luzhi-integration", "数据接口账号", "integration", null, null);

        Congress town = congress("sfz", "示范县城关镇人民代表大会", "TOWNSHIP", "山东省示范县城关镇", 19);
        Delegation td = new Delegation();
        td.congressId = town.id;
        td.name = "第一选区代表小组";
        td.persist();
        unit(town.id, "城关镇农业综合服务中心", "农服中心", HandlingUnit.Kind.PUBLIC_INSTITUTION, 30);
        for (int i = 0; i < 5; i++) {
            deputy(town.id, town.currentTerm, SURNAMES[(i + 5) % SURNAMES.length] + GIVEN[(i + 11) % GIVEN.length], false,
                    LocalDate.of(1970 + i, 3, 1 + i), 100 + i, td, null, rnd);
        }
        user(town.id, "staff2", "孙丽（城关镇人大）", "staff", null, null);
        LOG.info("demo data loaded: 2 congresses, 55 deputies, 23 units");
    }

    private static Congress congress(String code, String name, String level, String region, int term) {
        Congress c = new Congress();
        c.code = code;
        c.name = name;
        c.level = level;
        c.region = region;
        c.currentTerm = term;
        c.persist();
        return c;
    }

    private static HandlingUnit unit(long congressId, String name, String shortName, HandlingUnit.Kind kind, int i) {
        HandlingUnit u = new HandlingUnit();
        u.congressId = congressId;
        u.name = name;
        u.shortName = shortName;
        u.kind = kind;
        u.contactPerson = SURNAMES[(i * 3) % SURNAMES.length] + GIVEN[(i * 5 + 2) % GIVEN.length];
        u.contactPhone = "0537-82" + (30000 + i * 211);
        u.persist();
        return u;
    }

    private static DeputyMandate deputy(long congressId, int term, String name, boolean female, LocalDate birth, int i,
            Delegation d, LiaisonStation s, Random rnd) {
        Person p = new Person();
        p.name = name;
        p.gender = female ? Person.Gender.FEMALE : Person.Gender.MALE;
        p.ethnicity = i % 17 == 5 ? "回族" : "汉族";
        p.birthDate = birth;
        p.phone = "13" + (5 + i % 5) + String.format("%08d", 10_000_000 + rnd.nextInt(89_999_999)).substring(0, 8);
        p.idNumber = idNumber(birth, i, female);
        p.persist();
        DeputyMandate m = new DeputyMandate();
        m.congressId = congressId;
        m.person = p;
        m.name = name;
        m.term = term;
        m.delegation = d;
        m.station = s;
        m.party = i % 4 == 3 ? DeputyMandate.Party.MASSES : i % 9 == 4 ? DeputyMandate.Party.DEMOCRATIC_PARTY : DeputyMandate.Party.CPC;
        m.occupationGroup = DeputyMandate.OccupationGroup.values()[i % 6];
        m.occupation = d.name.replace("代表团", "").replace("代表小组", "") + OCCUPATIONS[i % OCCUPATIONS.length];
        m.changeStatus(i == 49 ? DeputyMandate.Status.SUSPENDED : DeputyMandate.Status.ACTIVE);
        m.persist();
        return m;
    }

    /** A synthetic but well-formed 18-digit resident ID (GB 11643-1999 check digit), region code 370899 (fictitious). */
    static String idNumber(LocalDate birth, int seq, boolean female) {
        String order = String.format("%02d", seq % 100) + (female ? (seq % 5) * 2 : (seq % 5) * 2 + 1);
        String body = "370899" + birth.toString().replace("-", "") + order;
        int[] w = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
        int sum = 0;
        for (int k = 0; k < 17; k++) {
            sum += (body.charAt(k) - '0') * w[k];
        }
        return body + "10X98765432".charAt(sum % 11);
    }

    private static AppUser user(long congressId, String username, String displayName, String role, Long unitId, Long deputyId) {
        AppUser u = new AppUser();
        u.congressId = congressId;
        u.username = username;
        u.displayName = displayName;
        u.role = role;
        u.unitId = unitId;
        u.deputyId = deputyId;
        u.email = username + "@demo.luzhi.invalid"; // as in the imported Keycloak realm
        u.persist();
        return u;
    }
}
