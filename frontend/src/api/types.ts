/**
 * Names for the API's shapes, derived from the generated schema by operation (not by schema name,
 * which the server's generator may rename), so features never spell out the generated structure.
 */
import type { operations } from './schema';

type Json<R> = R extends { content: { 'application/json': infer T } } ? T : never;
type Responses<Op extends keyof operations> = operations[Op]['responses'];
/** Body of the 200 (or 201) answer of an operation. */
type Ok<Op extends keyof operations> = 200 extends keyof Responses<Op>
  ? Json<Responses<Op>[200]>
  : 201 extends keyof Responses<Op>
    ? Json<Responses<Op>[201]>
    : never;
/** JSON request body of an operation. */
type Body<Op extends keyof operations> = operations[Op] extends { requestBody?: infer B } ? Json<NonNullable<B>> : never;
/**
 * The server always sends every property of a record (absent values as null), though the
 * generated spec marks none as required.
 */
type Complete<T> = { [K in keyof T]-?: Exclude<T[K], undefined> };

export const ROLES = ['admin', 'staff', 'leader', 'committee', 'deputy', 'unit', 'integration'] as const;
export type Role = (typeof ROLES)[number];

export type Me = Complete<Ok<'getMe'>>;

type RawHistoryEntry = Ok<'getDeputyHistory'>[number];
export type Change = Complete<NonNullable<RawHistoryEntry['changes']>[number]>;
export interface HistoryEntry extends Omit<Complete<RawHistoryEntry>, 'changes' | 'action'> {
  action: 'CREATED' | 'UPDATED' | 'DELETED' | (string & {});
  changes: Change[];
}

export type Deputy = Complete<Ok<'getDeputy'>>;
export type DeputyInput = Body<'createDeputy'>;
export type Gender = Deputy['gender'];
export type Party = Deputy['party'];
export type OccupationGroup = Deputy['occupationGroup'];
export type DeputyStatus = Deputy['status'];

export type Unit = Complete<Ok<'getUnit'>>;
export type UnitInput = Body<'createUnit'>;
export type UnitKind = Unit['kind'];

export type Station = Complete<Ok<'getStation'>>;
export type StationInput = Body<'createStation'>;

export type Committee = Complete<Ok<'getCommittee'>>;
export type CommitteeInput = Body<'createCommittee'>;
export type CommitteeKind = Committee['kind'];

export type Delegation = Complete<Ok<'getDelegation'>>;
export type DelegationInput = Body<'createDelegation'>;

export type User = Complete<NonNullable<Ok<'listUsers'>['items']>[number]>;
export type UserInput = Body<'createUser'>;

/** Every list answers one page of this shape. */
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  size: number;
}

export const GENDERS = ['MALE', 'FEMALE'] as const satisfies readonly Gender[];
export const PARTIES = ['CPC', 'DEMOCRATIC_PARTY', 'INDEPENDENT', 'MASSES'] as const satisfies readonly Party[];
export const OCCUPATION_GROUPS = [
  'WORKER',
  'FARMER',
  'PROFESSIONAL',
  'OFFICIAL',
  'ENTERPRISE',
  'MILITARY',
  'OTHER',
] as const satisfies readonly OccupationGroup[];
export const DEPUTY_STATUSES = ['ACTIVE', 'SUSPENDED', 'TERMINATED'] as const satisfies readonly DeputyStatus[];
export const UNIT_KINDS = [
  'GOVERNMENT_DEPARTMENT',
  'COURT',
  'PROCURATORATE',
  'PUBLIC_INSTITUTION',
  'STATE_ENTERPRISE',
  'TOWNSHIP',
  'OTHER',
] as const satisfies readonly UnitKind[];
export const COMMITTEE_KINDS = ['SPECIAL', 'WORKING'] as const satisfies readonly CommitteeKind[];

export type Suggestion = Complete<Ok<'getSuggestion'>>;
export type SuggestionInput = Body<'createSuggestion'>;
export type SuggestionStep = Complete<Ok<'getSuggestionTimeline'>[number]>;
export type SuggestionKind = Suggestion['kind'];
export type SuggestionSource = Suggestion['source'];
export type SuggestionCategory = Suggestion['category'];
export type SuggestionStatus = Suggestion['status'];
export type Warning = Suggestion['warning'];
export type ReplyClass = NonNullable<Suggestion['replyClass']>;
export type Rating = NonNullable<Suggestion['feedbackRating']>;
export type AssignInput = Body<'assignSuggestion'>;
export type ContactInput = Body<'recordContact'>;
export type ContactMethod = ContactInput['method'];
export type ReplyInput = Body<'replySuggestion'>;
export type FeedbackInput = Body<'rateSuggestionReply'>;
export type DeclineInput = Body<'declineSuggestion'>;
export type NoteInput = Body<'submitCoOpinion'>;
export type ReassignDecisionInput = Body<'decideReassignment'>;
/** A step the caller may take on a suggestion now (the view's `actions`, in the order the page shows them). */
export type SuggestionAction = Suggestion['actions'][number];

export const SUGGESTION_KINDS = ['MOTION', 'SUGGESTION', 'OPINION'] as const satisfies readonly SuggestionKind[];
export const SUGGESTION_SOURCES = ['DEPUTY', 'STATION', 'QR_CODE', 'HOTLINE', 'OTHER'] as const satisfies readonly SuggestionSource[];
export const SUGGESTION_CATEGORIES = [
  'URBAN',
  'TRANSPORT',
  'EDUCATION',
  'HEALTH',
  'AGRICULTURE',
  'ENVIRONMENT',
  'SOCIAL',
  'ECONOMY',
  'SAFETY',
  'GOVERNANCE',
  'OTHER',
] as const satisfies readonly SuggestionCategory[];
export const SUGGESTION_STATUSES = [
  'DRAFT',
  'SUBMITTED',
  'REGISTERED',
  'DECLINED',
  'ASSIGNED',
  'REPLIED',
  'RATED',
  'REHANDLING',
  'CLOSED',
] as const satisfies readonly SuggestionStatus[];
export const WARNINGS = ['GREEN', 'YELLOW', 'RED', 'NONE'] as const satisfies readonly Warning[];
export const REPLY_CLASSES = ['A', 'B', 'C'] as const satisfies readonly ReplyClass[];
export const RATINGS = ['SATISFIED', 'BASIC', 'UNSATISFIED'] as const satisfies readonly Rating[];
export const CONTACT_METHODS = ['FACE_TO_FACE', 'PHONE', 'VISIT', 'MEETING', 'WRITTEN'] as const satisfies readonly ContactMethod[];

export type Figures = Complete<Ok<'getSuggestionFigures'>>;
export type FigureRow = Complete<Figures['total']>;
export type FigureGroup = Figures['groupBy'];
export const FIGURE_GROUPS = ['unit', 'category', 'deputy', 'month'] as const satisfies readonly FigureGroup[];

// ---- 监督 (supervision) ----
type Schemas = import('./schema').components['schemas'];

export type Plan = Complete<Ok<'getPlan'>>;
export type PlanInput = Body<'createPlan'>;
export type PlanStatus = Plan['status'];
export type Topic = Complete<Ok<'getTopic'>>;
export type TopicInput = Body<'createTopic'>;
export type CandidateTopicInput = Body<'createTopicFromCandidate'>;
export type TopicStatus = Topic['status'];
export type TopicSource = Schemas['TopicSource'];
export type SupervisionMethod = Schemas['SupervisionMethod'];
export type TopicCandidate = Complete<Ok<'listTopicCandidates'>[number]>;
export type CandidateItem = Complete<TopicCandidate['items'][number]>;
export type ProblemInput = Body<'createProblem'>;
export type ProblemStatus = Schemas['ProblemStatus'];
export type Escalation = Schemas['Escalation'];
export type LookBackOutcome = Schemas['LookBackOutcome'];
export type ProgressInput = Schemas['ProgressInput'];
export type VerificationInput = Schemas['VerificationInput'];
export type LookBackInput = Schemas['LookBackInput'];
export type ProblemStep = Complete<Schemas['ProblemStep']>;
/** What the caller may do on a topic now (the view's `actions`): a step, 编辑 or 新增问题. */
export type TopicAction = Schemas['TopicAction'];
/** The steps of a topic's way (拟定 → 列入计划 → 实施中 → 已审议 → 已办结), each one POST. */
export type TopicStep = operations['moveTopic']['parameters']['path']['action'];
/** A rectification step the caller may take on a problem now (the view's `actions`). */
export type ProblemAction = Schemas['ProblemAction'];

/** One row of a supervision problem list (问题清单/整改清单). */
export type SupervisionProblem = Complete<Schemas['SupervisionProblem']>;

export const PLAN_STATUSES = ['DRAFT', 'ADOPTED'] as const satisfies readonly PlanStatus[];
export const TOPIC_STATUSES = ['PROPOSED', 'APPROVED', 'IN_PROGRESS', 'DELIBERATED', 'CLOSED'] as const satisfies readonly TopicStatus[];
export const TOPIC_SOURCES = ['KEY_TASK', 'SUGGESTION_HOTSPOT', 'INSPECTION_FINDING', 'HOTLINE_DEMAND'] as const satisfies readonly TopicSource[];
export const SUPERVISION_METHODS = [
  'WORK_REPORT',
  'INSPECTION',
  'LAW_ENFORCEMENT_CHECK',
  'SPECIAL_INQUIRY',
  'INTERPELLATION',
  'SPECIAL_INVESTIGATION',
  'SATISFACTION_VOTE',
] as const satisfies readonly SupervisionMethod[];
export const PROBLEM_STATUSES = ['RECTIFYING', 'REPORTED', 'RECTIFIED'] as const satisfies readonly ProblemStatus[];
export const ESCALATIONS = ['NONE', 'REMINDER', 'TALK', 'INTERPELLATION', 'SPECIAL_INVESTIGATION'] as const satisfies readonly Escalation[];
export const LOOK_BACK_OUTCOMES = ['RECTIFIED', 'PARTLY', 'NOT_RECTIFIED'] as const satisfies readonly LookBackOutcome[];

export type TopicGroupMember = Complete<Schemas['GroupMember']>;
export type GroupInput = Schemas['GroupInput'];
export type Milestone = Complete<Schemas['Milestone']>;
export type MilestoneInput = Schemas['MilestoneInput'];
export type CadenceInput = Schemas['CadenceInput'];
export type Cadence = Schemas['Cadence'];
export type WorkItem = Complete<Schemas['WorkItem']>;
export type WorkItemKind = Schemas['WorkItemKind'];
export type KeyProject = Complete<Schemas['KeyProject']>;
export type KeyProjectInput = Schemas['KeyProjectInput'];
export type RatingResult = Complete<Schemas['RatingResult']>;
export type RatingRound = Schemas['RatingRound'];
export type ProjectAsk = Schemas['ProjectAsk'];
export type RectificationFigures = Complete<Schemas['RectificationFigures']>;
export type UnitRectification = Complete<Schemas['UnitRectification']>;
export type MonthRectification = Complete<Schemas['MonthRectification']>;

export const WORK_ITEM_KINDS = [
  'MONTHLY_BRIEFING',
  'QUARTERLY_INSPECTION',
  'SEMI_ANNUAL_REPORT',
  'ANNUAL_REVIEW',
] as const satisfies readonly WorkItemKind[];
export const PROJECT_ASKS = ['PLAN', 'PROGRESS', 'RESULT'] as const satisfies readonly ProjectAsk[];
export const RATING_ROUNDS = ['MID_YEAR', 'YEAR_END'] as const satisfies readonly RatingRound[];

// ---- 履职评价 (deputy evaluation) ----
export type ActivityType = Complete<Schemas['ActivityType']>;
export type Activity = Complete<Schemas['Activity']>;
export type ActivityInput = Schemas['ActivityInput'];
export type ActivitySummary = Complete<Schemas['ActivitySummary']>;
export type ActivityStatus = Schemas['ActivityStatus'];
export type Attendance = Schemas['Attendance'];
export type Participant = Complete<Schemas['Participant']>;
export type ParticipantInput = Schemas['ParticipantInput'];
export type Scheme = Complete<Schemas['Scheme']>;
export type SchemeInput = Schemas['SchemeInput'];
export type IndicatorInput = Schemas['IndicatorInput'];
export type IndicatorView = Complete<Schemas['IndicatorView']>;
export type IndicatorSource = Schemas['IndicatorSource'];
export type IndicatorRule = Schemas['IndicatorRule'];
export type WhatIfRow = Complete<Schemas['WhatIfRow']>;
export type Grade = Schemas['Grade'];
export type Score = Complete<Schemas['Score']>;
export type ScoreDetail = Complete<Schemas['ScoreDetail']>;
export type IndicatorPoints = Complete<Schemas['IndicatorPoints']>;
export type ScoredRecord = Complete<Schemas['ScoredRecord']>;
export type RecomputeResult = Complete<Schemas['RecomputeResult']>;
export type Dossier = Complete<Schemas['Dossier']>;
export type DossierActivity = Complete<Schemas['DossierActivity']>;
export type DossierSuggestion = Complete<Schemas['DossierSuggestion']>;
export type DossierGroup = Complete<Schemas['DossierGroup']>;
export type TypeCount = Complete<Schemas['TypeCount']>;
export type MonthCount = Complete<Schemas['MonthCount']>;
export type PerformanceIndex = Complete<Schemas['PerformanceIndex']>;
export type Publication = Complete<Schemas['Publication']>;
export type PublicationInput = Schemas['PublicationInput'];
export type Objection = Complete<Schemas['Objection']>;
export type ObjectionInput = Schemas['ObjectionInput'];
export type ObjectionStatus = Schemas['ObjectionStatus'];
export type PublishedScore = Complete<Schemas['PublishedScore']>;
export type RenominationRow = Complete<Schemas['RenominationRow']>;
export type Recommendation = Schemas['Recommendation'];
export type AppraisalInput = Schemas['AppraisalInput'];

export const ACTIVITY_STATUSES = ['CONFIRMED', 'PENDING', 'REJECTED'] as const satisfies readonly ActivityStatus[];
export const ATTENDANCES = ['PRESENT', 'LEAVE', 'ABSENT'] as const satisfies readonly Attendance[];
export const GRADES = ['EXCELLENT', 'COMPETENT', 'BASIC', 'INCOMPETENT'] as const satisfies readonly Grade[];
export const INDICATOR_SOURCES = [
  'ACTIVITY',
  'SUGGESTION_LEAD',
  'SUGGESTION_COSIGNED',
  'SUGGESTION_AWARD',
  'GROUP_MEMBER',
] as const satisfies readonly IndicatorSource[];
export const INDICATOR_RULES = ['COUNT', 'RATE', 'RATING'] as const satisfies readonly IndicatorRule[];
export const RECOMMENDATIONS = ['RECOMMENDED', 'REVIEW', 'NOT_RECOMMENDED'] as const satisfies readonly Recommendation[];
