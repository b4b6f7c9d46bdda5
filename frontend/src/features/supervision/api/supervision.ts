/**
 * Supervision API (监督): annual plans, their topics and the topic steps, data-driven topic candidates,
 * and the problem lists of deliberated topics with their rectification steps. Steps send If-Match.
 */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, cleanQuery, unwrap, unwrapWithEtag, type WithEtag } from '@/api/client';
import type {
  Cadence,
  CadenceInput,
  CandidateTopicInput,
  Escalation,
  GroupInput,
  LookBackInput,
  Milestone,
  MilestoneInput,
  Page,
  Plan,
  PlanInput,
  ProblemAction,
  ProblemInput,
  ProblemStatus,
  ProblemStep,
  ProgressInput,
  RectificationFigures,
  SupervisionProblem,
  Topic,
  TopicCandidate,
  TopicGroupMember,
  TopicInput,
  TopicSource,
  TopicStatus,
  TopicStep,
  VerificationInput,
  Warning,
  WorkItem,
} from '@/api/types';

export const supervisionKeys = {
  all: ['supervision'] as const,
  plans: ['supervision', 'plans'] as const,
  planList: (q: object) => ['supervision', 'plans', 'list', q] as const,
  plan: (id: number) => ['supervision', 'plans', 'detail', id] as const,
  topics: ['supervision', 'topics'] as const,
  topicList: (planId: number, q: object) => ['supervision', 'topics', 'list', planId, q] as const,
  topic: (id: number) => ['supervision', 'topics', 'detail', id] as const,
  group: (topicId: number) => ['supervision', 'topics', 'group', topicId] as const,
  milestones: (topicId: number) => ['supervision', 'topics', 'milestones', topicId] as const,
  workItems: (planId: number) => ['supervision', 'plans', 'work-items', planId] as const,
  cadence: (planId: number) => ['supervision', 'plans', 'cadence', planId] as const,
  myTopics: (q: object) => ['supervision', 'topics', 'mine', q] as const,
  candidates: (year: number | null) => ['supervision', 'candidates', year] as const,
  problems: ['supervision', 'problems'] as const,
  problemList: (q: object) => ['supervision', 'problems', 'list', q] as const,
  problem: (id: number) => ['supervision', 'problems', 'detail', id] as const,
  problemHistory: (id: number) => ['supervision', 'problems', 'history', id] as const,
};

export interface PlanListQuery {
  page?: number;
  size?: number;
  sort?: string;
}

export function usePlans(q: PlanListQuery) {
  return useQuery({
    queryKey: supervisionKeys.planList(q),
    queryFn: async ({ signal }) =>
      (await unwrap(api().GET('/api/v1/supervision/plans', { params: { query: cleanQuery({ ...q }) }, signal }))) as Page<Plan>,
    placeholderData: keepPreviousData,
  });
}

export function usePlan(id: number | null) {
  return useQuery({
    queryKey: supervisionKeys.plan(id ?? -1),
    queryFn: async ({ signal }) =>
      (await unwrapWithEtag(api().GET('/api/v1/supervision/plans/{id}', { params: { path: { id: id! } }, signal }))) as WithEtag<Plan>,
    enabled: id !== null,
    staleTime: 0,
  });
}

export function useCreatePlan() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (input: PlanInput) => (await unwrap(api().POST('/api/v1/supervision/plans', { body: input }))) as Plan,
    onSuccess: () => qc.invalidateQueries({ queryKey: supervisionKeys.plans }),
  });
}

export function useAdoptPlan() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, etag }: { id: number; etag: string }) =>
      (await unwrap(
        api().POST('/api/v1/supervision/plans/{id}/adopt', { params: { path: { id }, header: { 'If-Match': etag } } }),
      )) as Plan,
    onSuccess: () => qc.invalidateQueries({ queryKey: supervisionKeys.plans }),
  });
}

/** Edits the plan's title (the year stays) with If-Match. */
export function useUpdatePlan() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, etag, input }: { id: number; etag: string; input: PlanInput }) =>
      (await unwrap(
        api().PUT('/api/v1/supervision/plans/{id}', { params: { path: { id }, header: { 'If-Match': etag } }, body: input }),
      )) as Plan,
    onSettled: () => qc.invalidateQueries({ queryKey: supervisionKeys.plans }),
  });
}

export function useWorkItems(planId: number | null) {
  return useQuery({
    queryKey: supervisionKeys.workItems(planId ?? -1),
    queryFn: async ({ signal }) =>
      (await unwrap(api().GET('/api/v1/supervision/plans/{id}/work-items', { params: { path: { id: planId! } }, signal }))) as WorkItem[],
    enabled: planId !== null,
  });
}

/** The cadence the plan was last given (`set` false when never). */
export function useCadence(planId: number | null, enabled = true) {
  return useQuery({
    queryKey: supervisionKeys.cadence(planId ?? -1),
    queryFn: async ({ signal }) =>
      (await unwrap(api().GET('/api/v1/supervision/plans/{id}/cadence', { params: { path: { id: planId! } }, signal }))) as Cadence,
    enabled: planId !== null && enabled,
  });
}

/** Sets the plan's cadence: the server (re)generates the dated work items that are not done yet. */
export function useSetCadence() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async ({ planId, input }: { planId: number; input: CadenceInput }) =>
      (await unwrap(api().PUT('/api/v1/supervision/plans/{id}/cadence', { params: { path: { id: planId } }, body: input }))) as WorkItem[],
    onSuccess: (items, { planId }) => {
      qc.setQueryData(supervisionKeys.workItems(planId), items);
      void qc.invalidateQueries({ queryKey: supervisionKeys.cadence(planId) });
    },
  });
}

export function useCompleteWorkItem(planId: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (id: number) =>
      (await unwrap(api().POST('/api/v1/supervision/work-items/{id}/done', { params: { path: { id } } }))) as WorkItem,
    onSettled: () => qc.invalidateQueries({ queryKey: supervisionKeys.workItems(planId) }),
  });
}

export interface TopicFilters {
  status?: TopicStatus;
  source?: TopicSource;
  committeeId?: number;
  q?: string;
}

export function useTopics(planId: number | null, q: TopicFilters) {
  return useQuery({
    queryKey: supervisionKeys.topicList(planId ?? -1, q),
    queryFn: async ({ signal }) =>
      (await unwrap(
        api().GET('/api/v1/supervision/plans/{id}/topics', {
          params: { path: { id: planId! }, query: cleanQuery({ size: 200, ...q }) },
          signal,
        }),
      )) as Page<Topic>,
    enabled: planId !== null,
    placeholderData: keepPreviousData,
  });
}

export function useCreateTopic() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async ({ planId, input }: { planId: number; input: TopicInput }) =>
      (await unwrap(api().POST('/api/v1/supervision/plans/{id}/topics', { params: { path: { id: planId } }, body: input }))) as Topic,
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: supervisionKeys.topics });
      void qc.invalidateQueries({ queryKey: supervisionKeys.plans });
    },
  });
}

export function useCreateTopicFromCandidate() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async ({ planId, input }: { planId: number; input: CandidateTopicInput }) =>
      (await unwrap(
        api().POST('/api/v1/supervision/plans/{id}/topics/from-candidate', { params: { path: { id: planId } }, body: input }),
      )) as Topic,
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: supervisionKeys.topics });
      void qc.invalidateQueries({ queryKey: supervisionKeys.plans });
    },
  });
}

/** 我的监督小组: the topics whose group the signed-in deputy is in, newest first. */
export function useMyTopics(q: { page?: number; size?: number }) {
  return useQuery({
    queryKey: supervisionKeys.myTopics(q),
    queryFn: async ({ signal }) =>
      (await unwrap(api().GET('/api/v1/supervision/my-topics', { params: { query: cleanQuery({ ...q, sort: 'id,desc' }) }, signal }))) as Page<Topic>,
    placeholderData: keepPreviousData,
  });
}

export function useTopic(id: number | null) {
  return useQuery({
    queryKey: supervisionKeys.topic(id ?? -1),
    queryFn: async ({ signal }) =>
      (await unwrapWithEtag(api().GET('/api/v1/supervision/topics/{id}', { params: { path: { id: id! } }, signal }))) as WithEtag<Topic>,
    enabled: id !== null,
    staleTime: 0,
  });
}

/** Edits a topic (before it is under way) with If-Match. */
export function useUpdateTopic() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, etag, input }: { id: number; etag: string; input: TopicInput }) =>
      (await unwrap(
        api().PUT('/api/v1/supervision/topics/{id}', { params: { path: { id }, header: { 'If-Match': etag } }, body: input }),
      )) as Topic,
    onSettled: () => qc.invalidateQueries({ queryKey: supervisionKeys.topics }),
  });
}

/** The topic's supervision group (一事一小组), leader first. */
export function useTopicGroup(topicId: number | null) {
  return useQuery({
    queryKey: supervisionKeys.group(topicId ?? -1),
    queryFn: async ({ signal }) =>
      (await unwrap(api().GET('/api/v1/supervision/topics/{id}/group', { params: { path: { id: topicId! } }, signal }))) as TopicGroupMember[],
    enabled: topicId !== null,
  });
}

export function useSetTopicGroup(topicId: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (input: GroupInput) =>
      (await unwrap(api().PUT('/api/v1/supervision/topics/{id}/group', { params: { path: { id: topicId } }, body: input }))) as TopicGroupMember[],
    onSuccess: (members) => qc.setQueryData(supervisionKeys.group(topicId), members),
  });
}

export function useMilestones(topicId: number | null) {
  return useQuery({
    queryKey: supervisionKeys.milestones(topicId ?? -1),
    queryFn: async ({ signal }) =>
      (await unwrap(api().GET('/api/v1/supervision/topics/{id}/milestones', { params: { path: { id: topicId! } }, signal }))) as Milestone[],
    enabled: topicId !== null,
  });
}

export function useAddMilestone(topicId: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (input: MilestoneInput) =>
      (await unwrap(api().POST('/api/v1/supervision/topics/{id}/milestones', { params: { path: { id: topicId } }, body: input }))) as Milestone,
    onSettled: () => qc.invalidateQueries({ queryKey: supervisionKeys.milestones(topicId) }),
  });
}

export function useCompleteMilestone(topicId: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (milestoneId: number) =>
      (await unwrap(
        api().POST('/api/v1/supervision/topics/{id}/milestones/{milestoneId}/done', { params: { path: { id: topicId, milestoneId } } }),
      )) as Milestone,
    onSettled: () => qc.invalidateQueries({ queryKey: supervisionKeys.milestones(topicId) }),
  });
}

/**
 * A topic step with If-Match. Topics in a list carry their version, so the If-Match is the version in
 * the ETag's form ("3"), as the server's ETag is the version number.
 */
export function useTopicAction() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async ({ topic, action }: { topic: Pick<Topic, 'id' | 'version'>; action: TopicStep }) =>
      (await unwrap(
        api().POST('/api/v1/supervision/topics/{id}/{action}', {
          params: { path: { id: topic.id, action }, header: { 'If-Match': `"${topic.version}"` } },
        }),
      )) as Topic,
    onSettled: () => qc.invalidateQueries({ queryKey: supervisionKeys.topics }),
  });
}

export function useTopicCandidates(year: number | null, limit = 20) {
  return useQuery({
    queryKey: supervisionKeys.candidates(year),
    queryFn: async ({ signal }) =>
      (await unwrap(
        api().GET('/api/v1/supervision/topic-candidates', { params: { query: cleanQuery({ year: year ?? undefined, limit }) }, signal }),
      )) as TopicCandidate[],
    placeholderData: keepPreviousData,
  });
}

export interface ProblemFilters {
  topicId?: number;
  unitId?: number;
  status?: ProblemStatus;
  warning?: Warning;
  escalation?: Escalation;
  page?: number;
  size?: number;
}

export function useProblems(q: ProblemFilters) {
  return useQuery({
    queryKey: supervisionKeys.problemList(q),
    queryFn: async ({ signal }) =>
      (await unwrap(
        api().GET('/api/v1/supervision/problems', { params: { query: cleanQuery({ ...q }) }, signal }),
      )) as unknown as Page<SupervisionProblem>,
    placeholderData: keepPreviousData,
  });
}

export function useProblem(id: number | null) {
  return useQuery({
    queryKey: supervisionKeys.problem(id ?? -1),
    queryFn: async ({ signal }) =>
      (await unwrapWithEtag(
        api().GET('/api/v1/supervision/problems/{id}', { params: { path: { id: id! } }, signal }),
      )) as unknown as WithEtag<SupervisionProblem>,
    enabled: id !== null,
    staleTime: 0,
  });
}

export function useProblemHistory(id: number | null) {
  return useQuery({
    queryKey: supervisionKeys.problemHistory(id ?? -1),
    queryFn: async ({ signal }) =>
      (await unwrap(
        api().GET('/api/v1/supervision/problems/{id}/history', { params: { path: { id: id! } }, signal }),
      )) as ProblemStep[],
    enabled: id !== null,
    staleTime: 0,
  });
}

export function useCreateProblem() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async ({ topicId, input }: { topicId: number; input: ProblemInput }) =>
      (await unwrap(
        api().POST('/api/v1/supervision/topics/{id}/problems', { params: { path: { id: topicId } }, body: input }),
      )) as unknown as SupervisionProblem,
    onSuccess: () => qc.invalidateQueries({ queryKey: supervisionKeys.problems }),
  });
}

export interface ProblemActionBodies {
  progress: ProgressInput;
  verification: VerificationInput;
  lookBack: LookBackInput;
  escalation: { note: string };
}

export interface ProblemActionCall<A extends ProblemAction = ProblemAction> {
  id: number;
  etag: string;
  action: A;
  body: ProblemActionBodies[A];
}

/** One rectification step: POST /problems/{id}/<step> with If-Match. */
export async function runProblemAction({ id, etag, action, body }: ProblemActionCall): Promise<SupervisionProblem> {
  const params = { path: { id }, header: { 'If-Match': etag } };
  const c = api();
  const b = body as never;
  let call: Promise<{ data?: unknown; error?: unknown; response: Response }>;
  switch (action) {
    case 'progress':
      call = c.POST('/api/v1/supervision/problems/{id}/progress', { params, body: b });
      break;
    case 'verification':
      call = c.POST('/api/v1/supervision/problems/{id}/verification', { params, body: b });
      break;
    case 'lookBack':
      call = c.POST('/api/v1/supervision/problems/{id}/look-back', { params, body: b });
      break;
    default:
      call = c.POST('/api/v1/supervision/problems/{id}/escalation', { params, body: b });
      break;
  }
  return (await unwrap(call)) as unknown as SupervisionProblem;
}

export function useProblemAction() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: runProblemAction,
    onSuccess: (_r, call) => {
      void qc.invalidateQueries({ queryKey: supervisionKeys.problem(call.id) });
      void qc.invalidateQueries({ queryKey: supervisionKeys.problemHistory(call.id) });
      void qc.invalidateQueries({ queryKey: supervisionKeys.problems });
    },
  });
}

/** All committees (for the topic forms and filters). */
export function useCommitteeOptions(enabled = true) {
  const q = useQuery({
    queryKey: ['supervision', 'options', 'committees'],
    queryFn: async ({ signal }) =>
      (await unwrap(api().GET('/api/v1/committees', { params: { query: { size: 200 } }, signal }))) as Page<{ id: number; name: string }>,
    enabled,
    staleTime: 5 * 60_000,
  });
  const items = q.data?.items ?? [];
  return {
    loading: q.isPending && enabled,
    options: items.map((c) => ({ value: c.id, label: c.name })),
    nameOf: (id: number) => items.find((c) => c.id === id)?.name,
  };
}

/** 整改统计 of a year. */
export function useRectificationFigures(year: number) {
  return useQuery({
    queryKey: ['supervision', 'figures', year],
    queryFn: async ({ signal }) =>
      (await unwrap(api().GET('/api/v1/supervision/figures', { params: { query: { year } }, signal }))) as RectificationFigures,
    placeholderData: keepPreviousData,
  });
}
