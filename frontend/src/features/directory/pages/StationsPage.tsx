/** 联络站: server-paged table with search, create form, detail drawer with history. */
import { useState } from 'react';
import { Button, Card, Flex, Input, Table, Typography, type TableProps } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Station } from '@/api/types';
import { PageTitle } from '@/components/PageTitle';
import { useServerTable } from '@/components/server-table';
import { orDash } from '@/lib/labels';
import { useListParams, useSearchText } from '@/lib/list-params';
import { useSession } from '@/lib/session';
import { STATION_FILTERS, useStations } from '../api/stations';
import { StationDetailDrawer } from '../components/StationDetailDrawer';
import { StationFormModal } from '../components/StationFormModal';

export default function StationsPage() {
  const { t } = useTranslation();
  const { canEditDirectory } = useSession();
  const listParams = useListParams(STATION_FILTERS);
  const { params, setFilter, reset } = listParams;
  const list = useStations({ q: params.filters.q?.trim() || undefined, page: params.page, size: params.size, sort: params.sort });
  const table = useServerTable<Station>(listParams, list.data?.total, { sizeChanger: true });
  const [search, setSearch] = useSearchText(params.filters.q);
  const [selected, setSelected] = useState<number | null>(null);
  const [creating, setCreating] = useState(false);


  const text = (key: keyof Station) => ({
    title: t(`station.fields.${key}`),
    dataIndex: key,
    key,
    render: (v: string | null) => orDash(v),
  });

  const columns: TableProps<Station>['columns'] = [
    {
      title: t('station.fields.name'),
      dataIndex: 'name',
      ...table.sortable('name'),
      render: (name: string, row) => (
        <Typography.Link
          onClick={(e) => {
            e.stopPropagation();
            setSelected(row.id);
          }}
        >
          {name}
        </Typography.Link>
      ),
    },
    text('township'),
    text('address'),
    text('contactPerson'),
    text('contactPhone'),
    text('receptionSchedule'),
    { title: t('station.fields.deputyCount'), dataIndex: 'deputyCount', key: 'deputyCount', align: 'right' },
  ];

  return (
    <>
      <PageTitle
        title={t('nav.stations')}
        extra={
          canEditDirectory && (
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
              {t('actions.create')}
            </Button>
          )
        }
      />
      <Card size="small" style={{ marginBottom: 16 }}>
        <Flex wrap gap={8} role="search" aria-label={t('filters.label')}>
          <Input.Search
            aria-label={t('station.searchLabel')}
            placeholder={t('station.searchPlaceholder')}
            allowClear
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            onSearch={(v) => setFilter('q', v.trim())}
            style={{ width: 280 }}
            enterButton={t('actions.search')}
          />
          <Button onClick={reset}>{t('actions.reset')}</Button>
        </Flex>
      </Card>
      <Table<Station>
        rowKey="id"
        size="middle"
        aria-label={t('station.tableLabel')}
        columns={columns}
        dataSource={list.data?.items}
        loading={list.isFetching}
        locale={list.isError ? { emptyText: t('errors.loadFailed') } : undefined}
        {...table.props}
        onRow={(row) => ({ onClick: () => setSelected(row.id), className: 'luzhi-clickable-row' })}
        scroll={{ x: 'max-content' }}
      />
      <StationDetailDrawer id={selected} onClose={() => setSelected(null)} />
      {canEditDirectory && <StationFormModal open={creating} onClose={() => setCreating(false)} />}
    </>
  );
}
