/**
 * 数据选题: the year's suggestions, public opinions and hotline demands grouped by theme and ranked by
 * score, each group with its counts and its items as evidence, and 转为议题 into a plan.
 */
import { useState } from 'react';
import { Alert, Button, Card, Col, DatePicker, Empty, Flex, List, Row, Skeleton, Space, Statistic, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { isApiProblem } from '@/api/problem';
import type { TopicCandidate } from '@/api/types';
import { PageTitle } from '@/components/PageTitle';
import { enumLabel } from '@/lib/labels';
import { useSession } from '@/lib/session';
import { useTopicCandidates } from '../api/supervision';
import { canProposeTopics } from '@/lib/access';
import { CandidateTopicModal } from '../components/CandidateTopicModal';

export default function CandidatesPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { roles } = useSession();
  const [year, setYear] = useState<number>(dayjs().year());
  const list = useTopicCandidates(year);
  const [converting, setConverting] = useState<TopicCandidate | null>(null);
  const c = (k: string) => t(`supervision.candidates.${k}`);

  return (
    <>
      <PageTitle
        title={c('title')}
        extra={
          <Space>
            <Typography.Text>{c('year')}</Typography.Text>
            <DatePicker
              picker="year"
              aria-label={c('year')}
              allowClear={false}
              value={dayjs().year(year)}
              onChange={(d) => d && setYear(d.year())}
            />
          </Space>
        }
      />
      <Typography.Paragraph type="secondary">{c('hint')}</Typography.Paragraph>
      {list.isPending && <Skeleton active paragraph={{ rows: 8 }} />}
      {list.isError && (
        <Alert type="error" showIcon title={isApiProblem(list.error) ? (list.error.detail ?? list.error.title) : t('errors.network')} />
      )}
      {list.data && list.data.length === 0 && <Empty description={c('empty')} />}
      <Row gutter={[16, 16]}>
        {(list.data ?? []).map((g) => (
          <Col key={`${g.rank}-${g.label}`} xs={24} xl={12}>
            <Card
              size="small"
              role="article"
              aria-label={g.label}
              title={
                <Space>
                  <Tag color={g.rank <= 3 ? 'red' : 'default'}>#{g.rank}</Tag>
                  <span>{g.label}</span>
                  <Tag>{enumLabel(t, 'suggestionCategory', g.category)}</Tag>
                </Space>
              }
              extra={
                canProposeTopics(roles) && (
                  <Button type="primary" size="small" onClick={() => setConverting(g)}>
                    {c('convert')}
                  </Button>
                )
              }
            >
              <Flex wrap gap={24} style={{ marginBottom: 8 }}>
                <Statistic title={c('score')} value={g.score} />
                <Statistic title={c('items')} value={g.itemCount} />
                <Statistic title={c('deputies')} value={g.deputyCount} />
                <Statistic title={c('places')} value={g.placeCount} />
                <Statistic title={c('hotline')} value={g.hotlineCount} />
              </Flex>
              <List
                size="small"
                header={<Typography.Text strong>{c('evidence')}</Typography.Text>}
                dataSource={g.items}
                renderItem={(i) => (
                  <List.Item key={i.id}>
                    <Space size={6} wrap>
                      <Tag color={i.source === 'HOTLINE' ? 'orange' : 'blue'}>{enumLabel(t, 'suggestionSource', i.source)}</Tag>
                      {i.number && <Typography.Text type="secondary">{i.number}</Typography.Text>}
                      <Link to={`/suggestions/${i.id}`}>{i.title}</Link>
                    </Space>
                  </List.Item>
                )}
              />
            </Card>
          </Col>
        ))}
      </Row>
      <CandidateTopicModal
        candidate={converting}
        onClose={() => setConverting(null)}
        onCreated={(topic) => navigate(`/supervision/plans/${topic.planId}`)}
      />
    </>
  );
}
