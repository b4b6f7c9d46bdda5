/**
 * 建议办理: the inbox, with tabs by role (staff: 待立案 / 待交办 / 办理中 / 逾期 / 待办结 / 全部; unit:
 * 交办给本单位 / 已答复 / 全部; deputy: 我的建议 / 待评价 / 全部可见; leaders and committees: 全部 / 逾期).
 * Each tab is a server-paged table with filters kept in the URL, warning colours and a CSV of the page.
 */
import { useState } from 'react';
import { useQueries } from '@tanstack/react-query';
import { App, Badge, Button, Card, Flex, Input, Segmented, Select, Space, Table, Tabs, Typography, type TableProps } from 'antd';
import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import {
  SUGGESTION_CATEGORIES,
  SUGGESTION_KINDS,
  SUGGESTION_STATUSES,
  WARNINGS,
  type Suggestion,
  type SuggestionCategory,
  type SuggestionKind,
  type SuggestionStatus,
  type Warning,
} from '@/api/types';
import { PageTitle } from '@/components/PageTitle';
import { useServerTable } from '@/components/server-table';
import { enumLabel, enumOptions, orDash } from '@/lib/labels';
import { useListParams, useSearchText } from '@/lib/list-params';
import { useSession } from '@/lib/session';
import { suggestionsQueryOptions, useSuggestions } from '../api/suggestions';
import { fixedKeys, inboxTabs, mergeFilters, pickTab, type SuggestionFilters } from '../lib/inbox-tabs';
import { saveText, toCsv } from '@/lib/csv';
import { SuggestionFormModal } from '../components/SuggestionFormModal';
import { SuggestionStatusTag } from '@/components/SuggestionStatusTag';
import { WarningTag } from '@/components/WarningTag';

const FILTER_KEYS = ['tab', 'v', 'q', 'kind', 'category', 'status', 'warning'] as const;
const OPEN_STATUSES: readonly string[] = ['ASSIGNED', 'REHANDLING'];

/** Who may create: deputies (their own), staff and the administrator. */
export function canCreateSuggestion(roles: readonly string[]): boolean {
  return roles.some((r) => r === 'deputy' || r === 'staff' || r === 'admin');
}

export default function SuggestionsInboxPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { me, roles } = useSession();
  const listParams = useListParams(FILTER_KEYS);
  const { params, setFilter, update } = listParams;
  const tabs = inboxTabs(roles, me);
  const { tab, variant } = pickTab(tabs, params.filters.tab, params.filters.v);
  const fixed = fixedKeys(variant);
  const userFilters: SuggestionFilters = {
    q: params.filters.q?.trim() || undefined,
    kind: params.filters.kind as SuggestionKind | undefined,
    category: params.filters.category as SuggestionCategory | undefined,
    status: params.filters.status as SuggestionStatus | undefined,
    warning: params.filters.warning as Warning | undefined,
  };
  const filters = mergeFilters(userFilters, variant);
  const query = { ...filters, page: params.page, size: params.size, sort: params.sort };
  const list = useSuggestions(query);
  const table = useServerTable<Suggestion>(listParams, list.data?.total, { sizeChanger: true });
  const [search, setSearch] = useSearchText(params.filters.q);
  const [creating, setCreating] = useState(false);

  // How many items each tab holds (its fixed filters only): one size=1 query per variant.
  const countQueries = tabs.flatMap((tb) => tb.variants.map((v) => ({ tab: tb.key, query: v.query })));
  const counts = useQueries({
    queries: countQueries.map((c) => ({ ...suggestionsQueryOptions({ ...c.query, page: 0, size: 1 }), staleTime: 30_000 })),
  });
  const countOf = (key: string) => {
    let sum = 0;
    for (let i = 0; i < countQueries.length; i++) {
      if (countQueries[i].tab !== key) continue;
      const total = counts[i]?.data?.total;
      if (total === undefined) return undefined;
      sum += total;
    }
    return sum;
  };

  const statusFixed = fixed.has('status');
  const showWarningFilter = !fixed.has('warning') && (!statusFixed || OPEN_STATUSES.includes(filters.status ?? ''));
  const fmtDate = (v: string | null) => (v ? dayjs(v).format('YYYY-MM-DD') : '—');
  const requester = (s: Suggestion) => s.leadDeputyName ?? s.citizenName ?? null;

  const columns: TableProps<Suggestion>['columns'] = [
    {
      title: t('suggestion.fields.number'),
      dataIndex: 'number',
      ...table.sortable('number'),
      render: (v) => orDash(v),
      width: 120,
    },
    {
      title: t('suggestion.fields.title'),
      dataIndex: 'title',
      ...table.sortable('title'),
      render: (v: string, row) => <Link to={`/suggestions/${row.id}`}>{v}</Link>,
    },
    { title: t('suggestion.fields.status'), dataIndex: 'status', key: 'status', render: (v: SuggestionStatus) => <SuggestionStatusTag status={v} /> },
    {
      title: t('suggestion.fields.warning'),
      dataIndex: 'warning',
      key: 'warning',
      render: (v: Warning) => <WarningTag warning={v} />,
    },
    {
      title: t('suggestion.fields.deadline'),
      dataIndex: 'deadline',
      ...table.sortable('deadline'),
      render: (v: string | null) => fmtDate(v),
    },
    { title: t('suggestion.fields.leadUnit'), dataIndex: 'leadUnitName', key: 'leadUnitName', render: (v) => orDash(v) },
    { title: t('suggestion.fields.requester'), key: 'requester', render: (_, row) => orDash(requester(row)) },
    { title: t('suggestion.fields.kind'), dataIndex: 'kind', key: 'kind', render: (v) => enumLabel(t, 'suggestionKind', v) },
    {
      title: t('suggestion.fields.category'),
      dataIndex: 'category',
      key: 'category',
      render: (v) => enumLabel(t, 'suggestionCategory', v),
    },
    {
      title: t('suggestion.fields.createdAt'),
      dataIndex: 'createdAt',
      ...table.sortable('createdAt'),
      render: (v: string) => fmtDate(v),
    },
  ];

  const exportPage = () => {
    const rows = list.data?.items ?? [];
    const csv = toCsv(
      ['number', 'title', 'kind', 'category', 'requester', 'leadUnit', 'status', 'deadline', 'warning', 'createdAt'].map((k) =>
        t(`suggestion.fields.${k}`),
      ),
      rows.map((s) => [
        s.number,
        s.title,
        enumLabel(t, 'suggestionKind', s.kind),
        enumLabel(t, 'suggestionCategory', s.category),
        requester(s),
        s.leadUnitName,
        enumLabel(t, 'suggestionStatus', s.status),
        s.deadline,
        s.warning === 'NONE' ? '' : enumLabel(t, 'warning', s.warning),
        fmtDate(s.createdAt),
      ]),
    );
    saveText(csv, `${t('suggestion.csvName')}-${t(`suggestion.tabs.${tab.key}`)}-${params.page + 1}.csv`);
    void message.success(t('messages.exported'));
  };

  return (
    <>
      <PageTitle
        title={t('nav.suggestions')}
        extra={
          <Space wrap>
            <Button icon={<DownloadOutlined aria-hidden />} disabled={!list.data?.items.length} onClick={exportPage}>
              {t('suggestion.exportPage')}
            </Button>
            {canCreateSuggestion(roles) && (
              <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
                {t('suggestion.create')}
              </Button>
            )}
          </Space>
        }
      />
      <Tabs
        activeKey={tab.key}
        onChange={(key) => update({ tab: key, v: undefined, page: undefined, status: undefined, warning: undefined })}
        items={tabs.map((tb) => {
          const n = countOf(tb.key);
          return {
            key: tb.key,
            label: (
              <Space size={6}>
                {t(`suggestion.tabs.${tb.key}`)}
                {n !== undefined && n > 0 && <Badge count={n} overflowCount={999} color={tb.key === 'overdue' ? 'red' : 'blue'} />}
              </Space>
            ),
          };
        })}
      />
      <Card size="small" style={{ marginBottom: 16 }}>
        <Flex wrap gap={8} role="search" aria-label={t('filters.label')}>
          {tab.variants.length > 1 && (
            <Segmented<string>
              aria-label={t('suggestion.variantLabel')}
              value={variant.key}
              options={tab.variants.map((v) => ({ value: v.key, label: t(`suggestion.variants.${v.key}`) }))}
              onChange={(v) => update({ v, page: undefined })}
            />
          )}
          <Input.Search
            aria-label={t('suggestion.searchLabel')}
            placeholder={t('suggestion.searchPlaceholder')}
            allowClear
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            onSearch={(v) => setFilter('q', v.trim())}
            style={{ width: 260 }}
            enterButton={t('actions.search')}
          />
          {!fixed.has('kind') && (
            <Select
              aria-label={t('suggestion.fields.kind')}
              placeholder={t('suggestion.fields.kind')}
              allowClear
              style={{ width: 140 }}
              options={enumOptions(t, 'suggestionKind', SUGGESTION_KINDS)}
              value={filters.kind}
              onChange={(v) => setFilter('kind', v)}
            />
          )}
          <Select
            aria-label={t('suggestion.fields.category')}
            placeholder={t('suggestion.fields.category')}
            allowClear
            style={{ width: 140 }}
            options={enumOptions(t, 'suggestionCategory', SUGGESTION_CATEGORIES)}
            value={filters.category}
            onChange={(v) => setFilter('category', v)}
          />
          {!statusFixed && (
            <Select
              aria-label={t('suggestion.fields.status')}
              placeholder={t('suggestion.fields.status')}
              allowClear
              style={{ width: 140 }}
              options={enumOptions(t, 'suggestionStatus', SUGGESTION_STATUSES)}
              value={filters.status}
              onChange={(v) => setFilter('status', v)}
            />
          )}
          {showWarningFilter && (
            <Select
              aria-label={t('suggestion.fields.warning')}
              placeholder={t('suggestion.fields.warning')}
              allowClear
              style={{ width: 120 }}
              options={WARNINGS.filter((w) => w !== 'NONE').map((w) => ({
                value: w,
                label: <WarningTag warning={w} />,
                title: enumLabel(t, 'warning', w),
              }))}
              value={filters.warning}
              onChange={(v) => setFilter('warning', v)}
            />
          )}
          <Button onClick={() => update({ q: undefined, kind: undefined, category: undefined, status: undefined, warning: undefined, page: undefined, sort: undefined })}>
            {t('actions.reset')}
          </Button>
        </Flex>
      </Card>
      <Table<Suggestion>
        rowKey="id"
        size="middle"
        aria-label={t('suggestion.tableLabel', { tab: t(`suggestion.tabs.${tab.key}`) })}
        columns={columns}
        dataSource={list.data?.items}
        loading={list.isFetching}
        locale={list.isError ? { emptyText: t('errors.loadFailed') } : undefined}
        {...table.props}
        onRow={(row) => ({
          onClick: (e) => {
            if ((e.target as HTMLElement).closest('a')) return;
            navigate(`/suggestions/${row.id}`);
          },
          className: 'luzhi-clickable-row',
        })}
        scroll={{ x: 'max-content' }}
      />
      <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
        {t('suggestion.warningLegend')}
      </Typography.Paragraph>
      {canCreateSuggestion(roles) && (
        <SuggestionFormModal
          open={creating}
          onClose={() => setCreating(false)}
          onCreated={(s) => navigate(`/suggestions/${s.id}`)}
        />
      )}
    </>
  );
}
