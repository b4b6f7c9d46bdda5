/** Paging, sort and filters of a server-side table, kept in the URL so a reload or a link shows the same list. */
import { useCallback, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';

export const DEFAULT_PAGE_SIZE = 20;

export interface ListParams<F extends string> {
  /** 0-based page, as the API counts */
  page: number;
  size: number;
  /** e.g. `name,asc`; undefined = server default */
  sort?: string;
  filters: Partial<Record<F, string>>;
}

/** antd sorter order -> API sort value. */
export function toSortParam(field: string | undefined, order: 'ascend' | 'descend' | null | undefined): string | undefined {
  if (!field || !order) return undefined;
  return `${field},${order === 'ascend' ? 'asc' : 'desc'}`;
}

/** API sort value -> antd sortOrder for one column. */
export function sortOrderOf(sort: string | undefined, field: string): 'ascend' | 'descend' | null {
  if (!sort) return null;
  const [f, dir] = sort.split(',');
  if (f !== field) return null;
  return dir === 'desc' ? 'descend' : 'ascend';
}

export function parseListParams<F extends string>(sp: URLSearchParams, filterKeys: readonly F[]): ListParams<F> {
  const page = Math.max(0, Number.parseInt(sp.get('page') ?? '0', 10) || 0);
  const rawSize = Number.parseInt(sp.get('size') ?? '', 10);
  const size = rawSize >= 1 && rawSize <= 200 ? rawSize : DEFAULT_PAGE_SIZE;
  const sort = sp.get('sort') || undefined;
  const filters: Partial<Record<F, string>> = {};
  for (const key of filterKeys) {
    const v = sp.get(key);
    if (v) filters[key] = v;
  }
  return { page, size, sort, filters };
}

export function useListParams<F extends string>(filterKeys: readonly F[]) {
  const [sp, setSp] = useSearchParams();
  // Pages often pass a new array literal each render; its content is what counts.
  const keys = filterKeys.join(',');
  const params = useMemo(() => parseListParams(sp, (keys ? keys.split(',') : []) as F[]), [sp, keys]);

  const update = useCallback(
    (changes: Record<string, string | number | undefined | null>) => {
      setSp(
        (prev) => {
          const next = new URLSearchParams(prev);
          for (const [k, v] of Object.entries(changes)) {
            if (v === undefined || v === null || v === '') next.delete(k);
            else next.set(k, String(v));
          }
          return next;
        },
        { replace: true },
      );
    },
    [setSp],
  );

  const setPage = useCallback(
    (page: number, size: number) => update({ page: page > 0 ? page : undefined, size: size !== DEFAULT_PAGE_SIZE ? size : undefined }),
    [update],
  );
  const setSort = useCallback((sort: string | undefined) => update({ sort, page: undefined }), [update]);
  /** Changing a filter goes back to the first page. */
  const setFilter = useCallback((key: F, value: string | number | undefined | null) => update({ [key]: value, page: undefined }), [update]);
  const reset = useCallback(() => setSp(new URLSearchParams(), { replace: true }), [setSp]);

  return { params, setPage, setSort, setFilter, reset, update };
}

/**
 * Paging and sort of a list kept in the component instead of the URL: for a list that shares its page with
 * others (a tab, a card), whose page would clash in the URL.
 */
export function useLocalListParams(size = DEFAULT_PAGE_SIZE) {
  const [params, setParams] = useState<{ page: number; size: number; sort?: string }>({ page: 0, size });
  const setPage = useCallback((page: number, pageSize: number) => setParams((p) => ({ ...p, page, size: pageSize })), []);
  const setSort = useCallback((sort: string | undefined) => setParams((p) => ({ ...p, sort, page: 0 })), []);
  /** After a change of the list's filters. */
  const firstPage = useCallback(() => setParams((p) => ({ ...p, page: 0 })), []);
  return { params, setPage, setSort, firstPage };
}

/**
 * The text of a search box over a list: it may be edited before it is searched, and it follows the URL's value
 * when that changes otherwise (a reset, a link, going back).
 */
export function useSearchText(value: string | undefined) {
  const [text, setText] = useState(value ?? '');
  const [followed, setFollowed] = useState(value);
  if (value !== followed) {
    setFollowed(value);
    setText(value ?? '');
  }
  return [text, setText] as const;
}
