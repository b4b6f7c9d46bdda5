/** 办理统计: GET /suggestions/figures?groupBy=&year= (rates 0..1, null when the denominator is 0). */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/api/client';
import type { FigureGroup, Figures } from '@/api/types';

export function useSuggestionFigures(groupBy: FigureGroup, year: number) {
  return useQuery({
    queryKey: ['suggestions', 'figures', groupBy, year],
    queryFn: async ({ signal }) =>
      (await unwrap(api().GET('/api/v1/suggestions/figures', { params: { query: { groupBy, year } }, signal }))) as Figures,
    placeholderData: keepPreviousData,
  });
}
