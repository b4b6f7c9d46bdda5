import { describe, expect, it } from 'vitest';
import { parseListParams, sortOrderOf, toSortParam } from './list-params';

describe('list params', () => {
  it('reads page, size, sort and filters from the URL', () => {
    const p = parseListParams(new URLSearchParams('page=2&size=50&sort=term,desc&q=张&party=CPC&x=1'), ['q', 'party', 'status']);
    expect(p).toEqual({ page: 2, size: 50, sort: 'term,desc', filters: { q: '张', party: 'CPC' } });
  });

  it('falls back to page 0 and size 20 for missing or bad values', () => {
    expect(parseListParams(new URLSearchParams('page=-1&size=5000'), [])).toEqual({ page: 0, size: 20, sort: undefined, filters: {} });
  });

  it('converts between antd sort orders and the API sort parameter', () => {
    expect(toSortParam('name', 'ascend')).toBe('name,asc');
    expect(toSortParam('term', 'descend')).toBe('term,desc');
    expect(toSortParam('term', null)).toBeUndefined();
    expect(sortOrderOf('term,desc', 'term')).toBe('descend');
    expect(sortOrderOf('term,desc', 'name')).toBeNull();
    expect(sortOrderOf('name,asc', 'name')).toBe('ascend');
  });
});
