/** Test data shaped like the API's answers. */
import type {
  Activity,
  Deputy,
  Dossier,
  Objection,
  Publication,
  Scheme,
  Score,
  ScoreDetail,
  FigureRow,
  Figures,
  KeyProject,
  Me,
  Plan,
  RatingResult,
  RectificationFigures,
  Role,
  Suggestion,
  SuggestionStep,
  SupervisionProblem,
  Topic,
} from '@/api/types';

export function meAs(role: Role, overrides: Partial<Me> = {}): Me {
  return {
    userId: 1,
    username: `${role}1`,
    displayName: role === 'deputy' ? '张建国' : '王晓梅',
    role,
    roles: [role],
    congressId: 1,
    congressName: '微山县人大常委会',
    unitId: null,
    deputyId: role === 'deputy' ? 12 : null,
    ...overrides,
  } as Me;
}

export function aDeputy(overrides: Partial<Deputy> = {}): Deputy {
  return {
    id: 12,
    version: 0,
    name: '张建国',
    gender: 'MALE',
    ethnicity: '汉族',
    birthDate: '1975-03-02',
    phone: '138****1234',
    idNumber: '3708**********1234',
    term: 18,
    delegationId: 1,
    delegationName: '城关镇代表团',
    stationId: 3,
    stationName: '城关镇人大代表联络站',
    party: 'CPC',
    occupationGroup: 'FARMER',
    occupation: '东关村党支部书记',
    status: 'ACTIVE',
    createdAt: '2026-01-05T08:00:00Z',
    updatedAt: '2026-01-06T09:30:00Z',
    ...overrides,
  } as Deputy;
}

export function pageOf<T>(items: T[], total = items.length, page = 0, size = 20) {
  return { items, total, page, size };
}

export function aSuggestion(overrides: Partial<Suggestion> = {}): Suggestion {
  return {
    id: 101,
    version: 3,
    number: '2026建0012',
    kind: 'SUGGESTION',
    source: 'DEPUTY',
    title: '关于解决老旧小区夜间停车难问题的建议',
    content: '城关镇老旧小区车位不足，夜间停车难。',
    category: 'URBAN',
    sessionLabel: '十八届人大四次会议',
    betweenSessions: false,
    leadDeputyId: 12,
    leadDeputyName: '张建国',
    cosignerIds: [],
    citizenName: null,
    stationId: null,
    publicFlag: false,
    status: 'ASSIGNED',
    round: 1,
    assignedOn: '2026-03-01',
    deadline: '2026-06-01',
    warning: 'GREEN',
    leadUnitId: 8,
    leadUnitName: '县住房和城乡建设局',
    coUnitIds: [],
    keySupervisorId: null,
    replyClass: null,
    feedbackRating: null,
    followUp: false,
    declineReason: null,
    submittedAt: '2026-02-20T08:00:00Z',
    repliedAt: null,
    closedAt: null,
    createdAt: '2026-02-20T08:00:00Z',
    updatedAt: '2026-03-01T08:00:00Z',
    // What the caller may do now is the server's answer; each test says it.
    actions: [],
    ...overrides,
  } as Suggestion;
}

export function aStep(overrides: Partial<SuggestionStep> = {}): SuggestionStep {
  return {
    id: 1,
    round: 0,
    action: 'CREATED',
    actor: '张建国（deputy1）',
    at: '2026-02-20T08:00:00Z',
    unitId: null,
    note: null,
    replyClass: null,
    ratingContact: null,
    ratingAttitude: null,
    ratingResult: null,
    ...overrides,
  } as SuggestionStep;
}

export function aFigureRow(overrides: Partial<FigureRow> = {}): FigureRow {
  return {
    key: '8',
    label: '县住房和城乡建设局',
    registered: 40,
    closed: 38,
    completionRate: 0.95,
    replied: 39,
    repliedOnTime: 36,
    onTimeRate: 36 / 39,
    rated: 30,
    satisfied: 29,
    satisfactionRate: 29 / 30,
    classA: 25,
    solvedRate: 25 / 39,
    overdue: 1,
    ...overrides,
  } as FigureRow;
}

export function someFigures(overrides: Partial<Figures> = {}): Figures {
  return {
    year: 2026,
    groupBy: 'unit',
    total: aFigureRow({ key: null, label: '合计', registered: 320, closed: 304, completionRate: 0.95, overdue: 7 }),
    rows: [aFigureRow(), aFigureRow({ key: '9', label: '县交通运输局', completionRate: null, satisfactionRate: null, registered: 0 })],
    ...overrides,
  } as Figures;
}

export function aTopic(overrides: Partial<Topic> = {}): Topic {
  return {
    id: 31,
    version: 2,
    planId: 7,
    title: '关于城区停车难问题整治情况的专项工作报告',
    description: null,
    method: 'WORK_REPORT',
    committeeId: 3,
    committeeName: '财政经济委员会',
    status: 'PROPOSED',
    sources: ['SUGGESTION_HOTSPOT', 'HOTLINE_DEMAND'],
    evidenceIds: [101, 102],
    evidence: [
      { id: 101, number: '2026建0012', kind: 'SUGGESTION', source: 'DEPUTY', title: '关于解决老旧小区夜间停车难的建议' },
      { id: 102, number: null, kind: 'OPINION', source: 'HOTLINE', title: '小区门口夜间占道停车严重' },
    ],
    unitIds: [],
    createdAt: '2026-03-01T08:00:00Z',
    updatedAt: '2026-03-01T08:00:00Z',
    actions: [],
    ...overrides,
  } as Topic;
}

export function aPlan(overrides: Partial<Plan> = {}): Plan {
  return {
    id: 7,
    version: 0,
    year: 2027,
    title: '2027年度监督工作计划',
    status: 'DRAFT',
    adoptedOn: null,
    topicCount: 1,
    ...overrides,
  } as Plan;
}

export function aProblem(overrides: Partial<SupervisionProblem> = {}): SupervisionProblem {
  return {
    id: 5,
    version: 3,
    topicId: 31,
    description: '老旧小区停车泊位缺口大，夜间占道停车普遍',
    unitId: 8,
    unitName: '县住房和城乡建设局',
    responsiblePerson: '王局长',
    measures: '新增夜间共享泊位 500 个',
    deadline: '2027-06-30',
    status: 'RECTIFYING',
    warning: 'GREEN',
    escalation: 'NONE',
    reopened: 0,
    rectifiedAt: null,
    createdAt: '2027-03-01T08:00:00Z',
    updatedAt: '2027-03-01T08:00:00Z',
    actions: [],
    ...overrides,
  };
}

export function aRound(overrides: Partial<RatingResult> = {}): RatingResult {
  return { round: 'MID_YEAR', satisfied: 0, basic: 0, unsatisfied: 0, votes: 0, satisfactionRate: null, passed: null, ...overrides };
}

export function aKeyProject(overrides: Partial<KeyProject> = {}): KeyProject {
  return {
    id: 3,
    version: 2,
    year: 2027,
    name: '城区停车场建设项目',
    unitId: 8,
    passThreshold: 0.8,
    planAnswer: '年内新建停车场 3 处',
    progressAnswer: '已建成 2 处',
    resultAnswer: null,
    ratings: [
      aRound({ satisfied: 20, basic: 6, unsatisfied: 4, votes: 30, satisfactionRate: 26 / 30, passed: true }),
      aRound({ round: 'YEAR_END' }),
    ],
    ...overrides,
  };
}

export function someRectificationFigures(overrides: Partial<RectificationFigures> = {}): RectificationFigures {
  return {
    year: 2027,
    found: 12,
    rectified: 9,
    rectificationRate: 0.75,
    overdue: 2,
    reopened: 1,
    byUnit: [
      { unitId: 8, unitName: '县住房和城乡建设局', found: 7, rectified: 5, rectificationRate: 5 / 7, overdue: 2 },
      { unitId: 9, unitName: '县交通运输局', found: 5, rectified: 4, rectificationRate: 0.8, overdue: 0 },
    ],
    byYear: [{ year: 2027, found: 12, fixed: 9 }],
    byMonth: Array.from({ length: 12 }, (_, i) => ({ month: i + 1, found: i === 2 ? 12 : 0, fixed: i === 5 ? 9 : 0 })),
    ...overrides,
  };
}

/** Units for the unit pickers and names. */
export const someUnits = pageOf([
  { id: 8, version: 0, name: '县住房和城乡建设局', shortName: '住建局', kind: 'GOVERNMENT_DEPARTMENT', contactPerson: null, contactPhone: null, active: true },
  { id: 9, version: 0, name: '县交通运输局', shortName: '交通局', kind: 'GOVERNMENT_DEPARTMENT', contactPerson: null, contactPhone: null, active: true },
]);

// ---- 履职评价 ----

export const someActivityTypes = [
  { id: 1, code: 'SESSION', name: '出席代表大会会议', builtIn: true },
  { id: 3, code: 'INSPECTION', name: '视察', builtIn: true },
  { id: 11, code: 'VOLUNTEER', name: '志愿服务', builtIn: true },
];

export function anActivity(overrides: Partial<Activity> = {}): Activity {
  return {
    id: 124,
    version: 0,
    typeId: 11,
    typeName: '志愿服务',
    title: '参加社区环境整治志愿服务',
    occurredOn: '2026-08-03',
    stationId: null,
    description: '清理河道垃圾',
    status: 'PENDING',
    reportedBy: 5,
    rejectReason: null,
    participants: [{ deputyId: 12, name: '张建国', attendance: 'PRESENT', rating: null }],
    createdAt: '2026-08-04T02:00:00Z',
    ...overrides,
  } as Activity;
}

export function aScore(overrides: Partial<Score> = {}): Score {
  return {
    deputyId: 12,
    name: '张建国',
    delegationName: '城关镇代表团',
    total: 70.38,
    rank: 1,
    grade: 'EXCELLENT',
    schemeId: 1,
    revision: 1,
    computedAt: '2026-11-22T05:57:34Z',
    ...overrides,
  } as Score;
}

export function aScoreDetail(): ScoreDetail {
  return {
    year: 2026,
    score: aScore(),
    indicators: [
      {
        position: 0,
        name: '出席代表大会会议',
        rule: 'RATE',
        explanation: '满分 20 分 × 出席次数 ÷ 应出席次数，乘以权重 1',
        records: 1,
        counted: 1,
        raw: 20,
        weight: 1,
        points: 20,
        items: [{ kind: 'ACTIVITY', id: 1, title: '县第十八届人民代表大会第三次会议', date: '2026-01-10', points: 20, note: '出席' }],
      },
      {
        position: 1,
        name: '领衔建议',
        rule: 'COUNT',
        explanation: '每件 2 分，封顶 10 分',
        records: 1,
        counted: 1,
        raw: 2,
        weight: 1,
        points: 2,
        items: [{ kind: 'SUGGESTION', id: 316, title: '关于改善农村公路安全设施的建议', date: '2026-01-26', points: 2, note: '计 2 分' }],
      },
    ],
  } as ScoreDetail;
}

export function aDossier(overrides: Partial<Dossier> = {}): Dossier {
  return {
    deputyId: 12,
    name: '张建国',
    delegationName: '城关镇代表团',
    stationName: '城关镇人大代表联络站',
    year: 2026,
    byType: [
      { typeId: 1, typeName: '出席代表大会会议', present: 1, leave: 0, absent: 0, pending: 0 },
      { typeId: 11, typeName: '志愿服务', present: 0, leave: 0, absent: 0, pending: 1 },
    ],
    byMonth: Array.from({ length: 12 }, (_, i) => ({ month: i + 1, activities: i === 0 ? 1 : 0, suggestions: i === 0 ? 2 : 0 })),
    activities: [
      { id: 1, title: '县第十八届人民代表大会第三次会议', occurredOn: '2026-01-10', typeId: 1, typeName: '出席代表大会会议', attendance: 'PRESENT', status: 'CONFIRMED', rating: null },
      { id: 124, title: '参加社区环境整治志愿服务', occurredOn: '2026-08-03', typeId: 11, typeName: '志愿服务', attendance: 'PRESENT', status: 'PENDING', rating: null },
    ],
    suggestions: [
      { id: 316, number: '2026建0255', title: '关于改善农村公路安全设施的建议', role: 'LEAD', status: 'CLOSED', registered: true, qualityScore: 88, award: '优秀建议', submittedAt: '2026-01-26T01:00:00Z' },
    ],
    groups: [{ topicId: 7, topicTitle: '城区停车设施建设情况', leader: true }],
    score: aScore(),
    ...overrides,
  } as Dossier;
}

export function aScheme(overrides: Partial<Scheme> = {}): Scheme {
  return {
    id: 1,
    version: 1,
    year: 2026,
    revision: 1,
    name: '2026 年度代表履职评价方案',
    excellentFrom: 60,
    competentFrom: 40,
    basicFrom: 25,
    excellentTopN: 10,
    used: true,
    superseded: false,
    indicators: [
      { position: 0, name: '出席代表大会会议', source: 'ACTIVITY', activityTypeId: 1, rule: 'RATE', weight: 1, pointsPer: null, cap: null, fullPoints: 20, registeredOnly: false, explanation: '满分 20 分 × 出席次数 ÷ 应出席次数' },
      { position: 1, name: '视察', source: 'ACTIVITY', activityTypeId: 3, rule: 'COUNT', weight: 1, pointsPer: 3, cap: 12, fullPoints: null, registeredOnly: false, explanation: '每件 3 分，封顶 12 分' },
    ],
    createdAt: '2026-01-02T08:00:00Z',
    ...overrides,
  } as Scheme;
}

export function aPublication(overrides: Partial<Publication> = {}): Publication {
  return {
    id: 5,
    version: 2,
    year: 2026,
    status: 'OBJECTION',
    windowEnds: '2099-12-31',
    rankingsPublic: false,
    schemeId: 1,
    publishedAt: null,
    objections: 1,
    openObjections: 1,
    ...overrides,
  } as Publication;
}

export function anObjection(overrides: Partial<Objection> = {}): Objection {
  return {
    id: 9,
    version: 0,
    publicationId: 5,
    deputyId: 12,
    deputyName: '张建国',
    activityId: null,
    position: 1,
    text: '视察次数少计一次',
    status: 'OPEN',
    answer: null,
    answeredAt: null,
    createdAt: '2026-11-23T02:00:00Z',
    ...overrides,
  } as Objection;
}
