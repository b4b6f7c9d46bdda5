/** 我的监督小组: the topics whose supervision group (一事一小组) the signed-in deputy leads or serves in. */
import { Card, Table, Typography, type TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Topic, TopicStatus } from '@/api/types';
import { PageTitle } from '@/components/PageTitle';
import { enumLabel, orDash } from '@/lib/labels';
import { useListParams } from '@/lib/list-params';
import { useServerTable } from '@/components/server-table';
import { useMyTopics } from '../api/supervision';
import { SourceTags, TopicStatusTag } from '../components/SupervisionTags';

export default function MyTopicsPage() {
  const { t } = useTranslation();
  const listParams = useListParams([] as const);
  const { params } = listParams;
  const list = useMyTopics({ page: params.page, size: params.size });
  const table = useServerTable<Topic>(listParams, list.data?.total, { hideOnSinglePage: true });
  const f = (k: string) => t(`supervision.topicFields.${k}`);

  const columns: TableProps<Topic>['columns'] = [
    { title: f('title'), dataIndex: 'title', key: 'title', render: (v: string, row) => <Link to={`/supervision/topics/${row.id}`}>{v}</Link> },
    { title: f('method'), dataIndex: 'method', key: 'method', render: (v: Topic['method']) => enumLabel(t, 'supervisionMethod', v) },
    { title: f('committee'), dataIndex: 'committeeName', key: 'committeeName', render: (v: string | null) => orDash(v) },
    { title: f('sources'), dataIndex: 'sources', key: 'sources', render: (v: Topic['sources']) => <SourceTags sources={v} /> },
    { title: f('status'), dataIndex: 'status', key: 'status', width: 110, render: (v: TopicStatus) => <TopicStatusTag status={v} /> },
  ];

  return (
    <>
      <PageTitle title={t('supervision.myTopics.title')} />
      <Typography.Paragraph type="secondary">{t('supervision.myTopics.intro')}</Typography.Paragraph>
      <Card size="small">
        <Table<Topic>
          rowKey="id"
          size="middle"
          aria-label={t('supervision.myTopics.title')}
          columns={columns}
          dataSource={list.data?.items}
          loading={list.isFetching}
          locale={{ emptyText: t('supervision.myTopics.empty') }}
          {...table.props}
        />
      </Card>
    </>
  );
}
