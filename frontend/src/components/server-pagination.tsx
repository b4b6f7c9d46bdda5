/** The pagination of a table whose rows the server pages: page and size from the URL (useListParams), the total from the answer. */
import { Typography, type TablePaginationConfig } from 'antd';
import { useTranslation } from 'react-i18next';

function TotalText({ total }: { total: number }) {
  const { t } = useTranslation();
  return <Typography.Text type="secondary">{t('table.total', { total })}</Typography.Text>;
}

export function serverPagination(
  params: { page: number; size: number },
  total: number | undefined,
  setPage: (page: number, size: number) => void,
  extra: TablePaginationConfig = {},
): TablePaginationConfig {
  return {
    current: params.page + 1,
    pageSize: params.size,
    total: total ?? 0,
    showTotal: (n) => <TotalText total={n} />,
    onChange: (p, s) => setPage(p - 1, s),
    ...extra,
  };
}
