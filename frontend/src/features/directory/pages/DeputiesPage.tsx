/** 代表: server-paged table with filters, CSV export, create form, detail drawer with history. */
import { lazy, Suspense, useState } from 'react';
import { App, Button, Card, Flex, Input, Select, Space, Switch, Table, Tag, Typography, type TableProps } from 'antd';
import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { DEPUTY_STATUSES, OCCUPATION_GROUPS, PARTIES, type Deputy } from '@/api/types';
import { PageTitle } from '@/components/PageTitle';
import { useServerTable } from '@/components/server-table';
import { enumLabel, enumOptions, orDash } from '@/lib/labels';
import { useListParams, useSearchText } from '@/lib/list-params';
import { useProblemHandler } from '@/lib/use-problem-handler';
import { useSession } from '@/lib/session';
import { useDelegationOptions, useStationOptions } from '@/lib/options';
import { DEPUTY_FILTERS, exportDeputies, toDeputyQuery, useDeputies } from '../api/deputies';
import { DeputyDetailDrawer, STATUS_COLORS } from '../components/DeputyDetailDrawer';
import { DeputyFormModal } from '../components/DeputyFormModal';

const OccupationChart = lazy(() => import('../components/OccupationChart'));

export default function DeputiesPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { canEditDirectory, canExportDirectory } = useSession();
  const listParams = useListParams(DEPUTY_FILTERS);
  const { params, setFilter, reset } = listParams;
  const filters = toDeputyQuery(params.filters);
  const query = { ...filters, page: params.page, size: params.size, sort: params.sort };
  const list = useDeputies(query);
  const table = useServerTable<Deputy>(listParams, list.data?.total, { sizeChanger: true });
  const delegations = useDelegationOptions();
  const stations = useStationOptions();
  const handleProblem = useProblemHandler();
  const [search, setSearch] = useSearchText(params.filters.q);
  const [selected, setSelected] = useState<number | null>(null);
  const [creating, setCreating] = useState(false);
  const [exporting, setExporting] = useState(false);
  const [showChart, setShowChart] = useState(false);


  const onExport = async () => {
    setExporting(true);
    try {
      await exportDeputies(filters);
      void message.success(t('messages.exported'));
    } catch (e) {
      handleProblem(e);
    } finally {
      setExporting(false);
    }
  };

  const columns: TableProps<Deputy>['columns'] = [
    {
      title: t('deputy.fields.name'),
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
    { title: t('deputy.fields.gender'), dataIndex: 'gender', key: 'gender', render: (v) => enumLabel(t, 'gender', v) },
    {
      title: t('deputy.fields.term'),
      dataIndex: 'term',
      ...table.sortable('term'),
      render: (v: number) => t('deputy.termValue', { term: v }),
    },
    { title: t('deputy.fields.delegation'), dataIndex: 'delegationName', key: 'delegationName' },
    { title: t('deputy.fields.station'), dataIndex: 'stationName', key: 'stationName', render: (v) => orDash(v) },
    { title: t('deputy.fields.party'), dataIndex: 'party', key: 'party', render: (v) => enumLabel(t, 'party', v) },
    {
      title: t('deputy.fields.occupationGroup'),
      dataIndex: 'occupationGroup',
      key: 'occupationGroup',
      render: (v) => enumLabel(t, 'occupationGroup', v),
    },
    {
      title: t('deputy.fields.status'),
      dataIndex: 'status',
      key: 'status',
      render: (v: string) => <Tag color={STATUS_COLORS[v]}>{enumLabel(t, 'deputyStatus', v)}</Tag>,
    },
    { title: t('deputy.fields.phone'), dataIndex: 'phone', key: 'phone', render: (v) => orDash(v) },
  ];

  return (
    <>
      <PageTitle
        title={t('nav.deputies')}
        extra={
          <Space wrap>
            {canExportDirectory && (
              <Button icon={<DownloadOutlined aria-hidden />} loading={exporting} onClick={() => void onExport()}>
                {t('actions.exportCsv')}
              </Button>
            )}
            {canEditDirectory && (
              <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
                {t('actions.create')}
              </Button>
            )}
          </Space>
        }
      />
      <Card size="small" style={{ marginBottom: 16 }}>
        <Flex wrap gap={8} role="search" aria-label={t('filters.label')}>
          <Input.Search
            aria-label={t('deputy.searchLabel')}
            placeholder={t('deputy.searchPlaceholder')}
            allowClear
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            onSearch={(v) => setFilter('q', v.trim())}
            style={{ width: 260 }}
            enterButton={t('actions.search')}
          />
          <Select
            aria-label={t('deputy.fields.delegation')}
            placeholder={t('deputy.fields.delegation')}
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            style={{ width: 180 }}
            loading={delegations.loading}
            options={delegations.options}
            value={filters.delegationId}
            onChange={(v) => setFilter('delegationId', v)}
          />
          <Select
            aria-label={t('deputy.fields.station')}
            placeholder={t('deputy.fields.station')}
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            style={{ width: 200 }}
            loading={stations.loading}
            options={stations.options}
            value={filters.stationId}
            onChange={(v) => setFilter('stationId', v)}
          />
          <Select
            aria-label={t('deputy.fields.party')}
            placeholder={t('deputy.fields.party')}
            allowClear
            style={{ width: 140 }}
            options={enumOptions(t, 'party', PARTIES)}
            value={filters.party}
            onChange={(v) => setFilter('party', v)}
          />
          <Select
            aria-label={t('deputy.fields.occupationGroup')}
            placeholder={t('deputy.fields.occupationGroup')}
            allowClear
            style={{ width: 160 }}
            options={enumOptions(t, 'occupationGroup', OCCUPATION_GROUPS)}
            value={filters.occupationGroup}
            onChange={(v) => setFilter('occupationGroup', v)}
          />
          <Select
            aria-label={t('deputy.fields.status')}
            placeholder={t('deputy.fields.status')}
            allowClear
            style={{ width: 120 }}
            options={enumOptions(t, 'deputyStatus', DEPUTY_STATUSES)}
            value={filters.status}
            onChange={(v) => setFilter('status', v)}
          />
          <Button onClick={reset}>{t('actions.reset')}</Button>
          <Space style={{ marginInlineStart: 'auto' }}>
            <Switch checked={showChart} onChange={setShowChart} aria-label={t('deputy.chart.toggle')} />
            <span aria-hidden>{t('deputy.chart.toggle')}</span>
          </Space>
        </Flex>
      </Card>
      {showChart && (
        <Card size="small" title={t('deputy.chart.title')} style={{ marginBottom: 16 }}>
          <Suspense fallback={null}>
            <OccupationChart filters={filters} />
          </Suspense>
        </Card>
      )}
      <Table<Deputy>
        rowKey="id"
        size="middle"
        aria-label={t('deputy.tableLabel')}
        columns={columns}
        dataSource={list.data?.items}
        loading={list.isFetching}
        locale={list.isError ? { emptyText: t('errors.loadFailed') } : undefined}
        {...table.props}
        onRow={(row) => ({ onClick: () => setSelected(row.id), className: 'luzhi-clickable-row' })}
        scroll={{ x: 'max-content' }}
      />
      <DeputyDetailDrawer id={selected} onClose={() => setSelected(null)} />
      {canEditDirectory && (
        <DeputyFormModal open={creating} onClose={() => setCreating(false)} />
      )}
    </>
  );
}
