/**
 * The one server-paged table: the page, page size and sort of a list (useListParams keeps them in the URL,
 * useLocalListParams in the component) become the antd Table's pagination and onChange, with the total the
 * server answered. Pages spread `table.props` on their Table and `table.sortable(key)` on sortable columns.
 */
import { Typography, type TablePaginationConfig, type TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { sortOrderOf, toSortParam } from '@/lib/list-params';

/** What the table reads and changes of a list's paging. */
export interface PagingState {
  params: { page: number; size: number; sort?: string };
  setPage: (page: number, size: number) => void;
  /** Absent for a list without sortable columns. */
  setSort?: (sort: string | undefined) => void;
}

export interface ServerTableOptions {
  /**
   * true: the page size can always be chosen (10, 20, 50, 100); false: never; absent: antd's default (from 50 rows
   * on).
   */
  sizeChanger?: boolean;
  /** No pager while everything fits on one page. */
  hideOnSinglePage?: boolean;
}

const PAGE_SIZES = [10, 20, 50, 100];

export function useServerTable<T>(paging: PagingState, total: number | undefined, options: ServerTableOptions = {}) {
  const { t } = useTranslation();
  const { params, setPage, setSort } = paging;
  const pagination: TablePaginationConfig = {
    current: params.page + 1,
    pageSize: params.size,
    total: total ?? 0,
    showTotal: (n) => <Typography.Text type="secondary">{t('table.total', { total: n })}</Typography.Text>,
    ...(options.sizeChanger === undefined ? {} : { showSizeChanger: options.sizeChanger }),
    ...(options.sizeChanger ? { pageSizeOptions: PAGE_SIZES } : {}),
    ...(options.hideOnSinglePage ? { hideOnSinglePage: true } : {}),
  };
  // One handler for both: a new page keeps the sort, a new sort starts again on the first page.
  const onChange: TableProps<T>['onChange'] = (p, _filters, sorter, extra) => {
    if (extra.action === 'paginate') {
      setPage((p.current ?? 1) - 1, p.pageSize ?? params.size);
    } else if (extra.action === 'sort' && setSort) {
      const one = Array.isArray(sorter) ? sorter[0] : sorter;
      setSort(toSortParam(one?.columnKey as string | undefined, one?.order));
    }
  };
  return {
    props: { pagination, onChange },
    /** Column props of a column the server sorts by `key` (the API's sort field). */
    sortable: (key: string) => ({ key, sorter: true, sortOrder: sortOrderOf(params.sort, key) }),
  };
}
