/** Suggestions API (建议办理): list, detail with ETag, timeline, create, and the loop's steps with If-Match. */
import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, cleanQuery, unwrap, unwrapWithEtag, type WithEtag } from '@/api/client';
import type {
  AppraisalInput,
  AssignInput,
  ContactInput,
  DeclineInput,
  FeedbackInput,
  NoteInput,
  Page,
  ReassignDecisionInput,
  ReplyInput,
  Suggestion,
  SuggestionAction,
  SuggestionInput,
  SuggestionStep,
} from '@/api/types';
import type { SuggestionFilters } from '../lib/inbox-tabs';

export interface SuggestionListQuery extends SuggestionFilters {
  page?: number;
  size?: number;
  sort?: string;
}

export const suggestionKeys = {
  all: ['suggestions'] as const,
  lists: ['suggestions', 'list'] as const,
  list: (q: SuggestionListQuery) => ['suggestions', 'list', q] as const,
  detail: (id: number) => ['suggestions', 'detail', id] as const,
  timeline: (id: number) => ['suggestions', 'timeline', id] as const,
};

export const suggestionsQueryOptions = (q: SuggestionListQuery) =>
  queryOptions({
    queryKey: suggestionKeys.list(q),
    queryFn: async ({ signal }) =>
      (await unwrap(
        api().GET('/api/v1/suggestions', { params: { query: cleanQuery({ ...q }) }, signal }),
      )) as Page<Suggestion>,
  });

export function useSuggestions(q: SuggestionListQuery) {
  return useQuery({ ...suggestionsQueryOptions(q), placeholderData: keepPreviousData });
}

export function useSuggestion(id: number | null) {
  return useQuery({
    queryKey: suggestionKeys.detail(id ?? -1),
    queryFn: async ({ signal }) =>
      (await unwrapWithEtag(
        api().GET('/api/v1/suggestions/{id}', { params: { path: { id: id! } }, signal }),
      )) as WithEtag<Suggestion>,
    enabled: id !== null,
    staleTime: 0,
  });
}

export function useSuggestionTimeline(id: number | null) {
  return useQuery({
    queryKey: suggestionKeys.timeline(id ?? -1),
    queryFn: async ({ signal }) =>
      (await unwrap(
        api().GET('/api/v1/suggestions/{id}/timeline', { params: { path: { id: id! } }, signal }),
      )) as SuggestionStep[],
    enabled: id !== null,
    staleTime: 0,
  });
}

export function useCreateSuggestion() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (input: SuggestionInput) =>
      (await unwrap(api().POST('/api/v1/suggestions', { body: input }))) as Suggestion,
    onSuccess: () => qc.invalidateQueries({ queryKey: suggestionKeys.all }),
  });
}

/** Request bodies of the steps; steps without a body take none. */
export interface ActionBodies {
  submit: undefined;
  register: undefined;
  close: undefined;
  decline: DeclineInput;
  assign: AssignInput;
  reassignmentRequest: NoteInput;
  reassignmentDecision: ReassignDecisionInput;
  contact: ContactInput;
  coOpinion: NoteInput;
  reply: ReplyInput;
  feedback: FeedbackInput;
  followUpResolution: NoteInput;
  procuratorateTransfer: NoteInput;
  procuratorateAnswer: NoteInput;
  appraise: AppraisalInput;
}

export interface ActionCall<A extends SuggestionAction = SuggestionAction> {
  id: number;
  /** ETag of the last GET (or of the last step's answer). */
  etag: string;
  action: A;
  body: ActionBodies[A];
}

/** One step of the loop: POST /suggestions/{id}/<step> with If-Match; answers the item and its new ETag. */
export async function runAction({ id, etag, action, body }: ActionCall): Promise<WithEtag<Suggestion>> {
  const params = { path: { id }, header: { 'If-Match': etag } };
  const c = api();
  const b = body as never;
  let call;
  switch (action) {
    case 'submit':
      call = c.POST('/api/v1/suggestions/{id}/submit', { params });
      break;
    case 'register':
      call = c.POST('/api/v1/suggestions/{id}/register', { params });
      break;
    case 'close':
      call = c.POST('/api/v1/suggestions/{id}/close', { params });
      break;
    case 'decline':
      call = c.POST('/api/v1/suggestions/{id}/decline', { params, body: b });
      break;
    case 'assign':
      call = c.POST('/api/v1/suggestions/{id}/assign', { params, body: b });
      break;
    case 'reassignmentRequest':
      call = c.POST('/api/v1/suggestions/{id}/reassignment-request', { params, body: b });
      break;
    case 'reassignmentDecision':
      call = c.POST('/api/v1/suggestions/{id}/reassignment-decision', { params, body: b });
      break;
    case 'contact':
      call = c.POST('/api/v1/suggestions/{id}/contact', { params, body: b });
      break;
    case 'coOpinion':
      call = c.POST('/api/v1/suggestions/{id}/co-opinion', { params, body: b });
      break;
    case 'reply':
      call = c.POST('/api/v1/suggestions/{id}/reply', { params, body: b });
      break;
    case 'feedback':
      call = c.POST('/api/v1/suggestions/{id}/feedback', { params, body: b });
      break;
    case 'followUpResolution':
      call = c.POST('/api/v1/suggestions/{id}/follow-up-resolution', { params, body: b });
      break;
    case 'procuratorateTransfer':
      call = c.POST('/api/v1/suggestions/{id}/procuratorate-transfer', { params, body: b });
      break;
    case 'procuratorateAnswer':
      call = c.POST('/api/v1/suggestions/{id}/procuratorate-answer', { params, body: b });
      break;
    case 'appraise':
      call = c.PUT('/api/v1/suggestions/{id}/appraisal', { params, body: b });
      break;
  }
  return (await unwrapWithEtag(call)) as WithEtag<Suggestion>;
}

/** Runs a step; the answer becomes the cached detail (so the next step sends its ETag) and lists refresh. */
export function useSuggestionAction() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: runAction,
    onSuccess: (result, call) => {
      if (result.etag) qc.setQueryData(suggestionKeys.detail(call.id), result);
      else void qc.invalidateQueries({ queryKey: suggestionKeys.detail(call.id) });
      void qc.invalidateQueries({ queryKey: suggestionKeys.timeline(call.id) });
      void qc.invalidateQueries({ queryKey: suggestionKeys.lists });
    },
  });
}
