/**
 * 结果公布: staff show a year's scores and open the objection window (公示), answer each objection, and publish the
 * results as an immutable snapshot once the window is over (the server's refusal is shown as it says it). Deputies
 * raise objections on one of their activities or an indicator during the window and read the answers. Once published:
 * the results (a deputy sees only their own row unless rankings are public), 连任推荐 and 优秀代表候选人.
 */
import { useState } from 'react';
import { Alert, App, Button, Card, DatePicker, Descriptions, Empty, Form, Input, InputNumber, Radio, Select, Skeleton, Space, Switch, Table, Tabs, Typography, type TableProps } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { isApiProblem } from '@/api/problem';
import { RECOMMENDATIONS, type Grade, type Objection, type Publication, type PublishedScore, type RenominationRow } from '@/api/types';
import { FormModal } from '@/components/FormModal';
import { PageTitle } from '@/components/PageTitle';
import { useServerTable } from '@/components/server-table';
import { canManageEvaluation } from '@/lib/access';
import { enumLabel, enumOptions, orDash } from '@/lib/labels';
import { useLocalListParams } from '@/lib/list-params';
import { useProblemHandler } from '@/lib/use-problem-handler';
import { useSession } from '@/lib/session';
import { saveText, toCsv } from '@/lib/csv';
import { api, unwrap } from '@/api/client';
import {
  useAnswerObjection,
  useDossier,
  useOpenWindow,
  usePublicationPart,
  usePublications,
  usePublish,
  useRaiseObjection,
  useSchemes,
  useScoreDetail,
  type RenominationPage,
  type ResultsPage,
} from '../api/evaluation';
import { EnumTag, fetchAllPages, fmtPoints, YearPicker, yearOf } from '../components/EvaluationParts';

type Modal = 'open' | 'raise' | { answer: Objection } | null;

interface RaiseValues {
  target: 'activity' | 'indicator';
  activityId?: number;
  position?: number;
  text: string;
}

function Results({ p }: { p: Publication }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { roles } = useSession();
  const handleProblem = useProblemHandler();
  const paging = useLocalListParams();
  const [recommendation, setRecommendation] = useState<string | undefined>();
  const results = usePublicationPart<ResultsPage>(p.id, 'results', { page: paging.params.page, size: paging.params.size });
  const table = useServerTable<PublishedScore | RenominationRow>(paging, results.data?.total, { sizeChanger: false });
  const renomination = usePublicationPart<RenominationPage>(p.id, 'renomination', { recommendation, size: 200 });
  const excellent = usePublicationPart<PublishedScore[]>(p.id, 'excellent');
  const staff = canManageEvaluation(roles) || roles.includes('leader') || roles.includes('committee');
  const s = (k: string) => t(`evaluation.score.${k}`);
  const base: TableProps<PublishedScore | RenominationRow>['columns'] = [
    { title: s('rank'), dataIndex: 'rank', key: 'rank', width: 80 },
    { title: s('name'), dataIndex: 'name', key: 'name' },
    { title: s('total'), dataIndex: 'total', key: 'total', align: 'right', render: fmtPoints },
    { title: s('grade'), dataIndex: 'grade', key: 'grade', render: (g: Grade) => <EnumTag name="grade" value={g} /> },
  ];
  const exportCsv = async () => {
    try {
      const rows = await fetchAllPages(
        async (page, size) =>
          (await unwrap(api().GET('/api/v1/evaluation/publications/{id}/results', { params: { path: { id: p.id }, query: { page, size } } }))) as ResultsPage,
      );
      saveText(
        toCsv([s('rank'), s('name'), s('total'), s('grade')], rows.map((r) => [r.rank, r.name, fmtPoints(r.total), enumLabel(t, 'grade', r.grade)])),
        `${t('evaluation.publication.csvName')}-${p.year}.csv`,
      );
      void message.success(t('messages.exported'));
    } catch (e) {
      handleProblem(e);
    }
  };
  const resultsTable = (
    <>
      {!p.rankingsPublic && !staff && <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('evaluation.publication.ownOnly')} />}
      <Table<PublishedScore | RenominationRow>
        rowKey="deputyId"
        size="small"
        aria-label={t('evaluation.publication.results')}
        columns={base}
        dataSource={results.data?.items}
        loading={results.isFetching}
        {...table.props}
      />
    </>
  );
  if (!staff) return <Card size="small" title={t('evaluation.publication.results')}>{resultsTable}</Card>;
  return (
    <Card size="small">
      <Tabs
        tabBarExtraContent={
          <Button icon={<DownloadOutlined aria-hidden />} onClick={() => void exportCsv()}>
            {t('actions.exportCsv')}
          </Button>
        }
        items={[
          { key: 'results', label: t('evaluation.publication.results'), children: resultsTable },
          {
            key: 'renomination',
            label: t('evaluation.publication.renomination'),
            children: (
              <>
                <Select
                  allowClear
                  aria-label={t('evaluation.publication.recommendation')}
                  placeholder={t('evaluation.publication.allRecommendations')}
                  style={{ width: 160, marginBottom: 12 }}
                  value={recommendation}
                  options={enumOptions(t, 'recommendation', RECOMMENDATIONS)}
                  onChange={setRecommendation}
                />
                <Table<PublishedScore | RenominationRow>
                  rowKey="deputyId"
                  size="small"
                  aria-label={t('evaluation.publication.renomination')}
                  loading={renomination.isFetching}
                  dataSource={renomination.data?.items}
                  columns={[
                    ...base,
                    {
                      title: t('evaluation.publication.recommendation'),
                      key: 'recommendation',
                      render: (_, r) => <EnumTag name="recommendation" value={(r as RenominationRow).recommendation} />,
                    },
                  ]}
                />
              </>
            ),
          },
          {
            key: 'excellent',
            label: t('evaluation.publication.excellent'),
            children: (
              <Table<PublishedScore | RenominationRow>
                rowKey="deputyId"
                size="small"
                aria-label={t('evaluation.publication.excellent')}
                loading={excellent.isFetching}
                dataSource={excellent.data}
                columns={base}
                pagination={false}
              />
            ),
          },
        ]}
      />
    </Card>
  );
}

export default function PublicationPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { me, roles } = useSession();
  const handleProblem = useProblemHandler();
  const [sp, setSp] = useSearchParams();
  const year = yearOf(sp.get('year'));
  const publications = usePublications();
  const p = publications.data?.find((x) => x.year === year) ?? null;
  const staff = canManageEvaluation(roles);
  const deputy = roles.includes('deputy') && me.deputyId !== null;
  const objections = usePublicationPart<Objection[]>(p ? p.id : null, 'objections');
  const schemes = useSchemes(year);
  const scheme = schemes.data?.find((s) => s.id === p?.schemeId) ?? schemes.data?.[0];
  const [modal, setModal] = useState<Modal>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const openWindow = useOpenWindow();
  const publish = usePublish();
  const raise = useRaiseObjection();
  const answer = useAnswerObjection();
  const inWindow = p?.status === 'OBJECTION' && !dayjs().isAfter(dayjs(p.windowEnds), 'day');
  const ownDossier = useDossier(deputy && modal === 'raise' ? me.deputyId : null, year);
  const ownScore = useScoreDetail(deputy && modal === 'raise' ? me.deputyId : null, year);
  const x = (k: string) => t(`evaluation.publication.${k}`);
  const need = (l: string) => [{ required: true, message: t('validation.required', { field: l }) }];
  const indicatorName = (pos: number) => scheme?.indicators.find((i) => i.position === pos)?.name ?? `#${pos + 1}`;

  const runPublish = async () => {
    setRefusal(null);
    try {
      await publish.mutateAsync(p!);
      void message.success(x('published'));
    } catch (e) {
      if (isApiProblem(e) && e.status === 409) setRefusal(e.detail ?? e.title);
      else handleProblem(e);
    }
  };

  const objectionColumns: TableProps<Objection>['columns'] = [
    ...(staff ? [{ title: x('deputy'), dataIndex: 'deputyName', key: 'deputyName' }] : []),
    {
      title: x('target'),
      key: 'target',
      render: (_, o) =>
        o.activityId !== null ? t('evaluation.publication.activityRef', { id: o.activityId }) : o.position !== null ? t('evaluation.publication.indicatorRef', { name: indicatorName(o.position) }) : '—',
    },
    { title: x('text'), dataIndex: 'text', key: 'text' },
    { title: x('raisedAt'), dataIndex: 'createdAt', key: 'createdAt', render: (v: string) => dayjs(v).format('YYYY-MM-DD HH:mm') },
    { title: x('status'), dataIndex: 'status', key: 'status', render: (v: string) => <EnumTag name="objectionStatus" value={v} /> },
    { title: x('answer'), dataIndex: 'answer', key: 'answer', render: (v: string | null) => orDash(v) },
    ...(staff
      ? [
          {
            title: t('table.actions'),
            key: 'actions',
            render: (_: unknown, o: Objection) =>
              o.status === 'OPEN' && (
                <Button size="small" onClick={() => setModal({ answer: o })}>
                  {x('answer')}
                </Button>
              ),
          },
        ]
      : []),
  ];
  const answering = modal !== null && typeof modal === 'object' ? modal.answer : null;

  return (
    <>
      <PageTitle
        title={t('nav.evaluationPublication')}
        extra={
          <Space wrap>
            <YearPicker
              value={year}
              future={80}
              onChange={(y) => {
                setRefusal(null);
                setSp(y === dayjs().year() ? {} : { year: String(y) }, { replace: true });
              }}
            />
            {staff && publications.isSuccess && !p && (
              <Button type="primary" onClick={() => setModal('open')}>
                {x('open')}
              </Button>
            )}
            {staff && p?.status === 'OBJECTION' && (
              <Button type="primary" loading={publish.isPending} onClick={() => void runPublish()}>
                {x('publish')}
              </Button>
            )}
            {deputy && inWindow && (
              <Button type="primary" onClick={() => setModal('raise')}>
                {x('raise')}
              </Button>
            )}
          </Space>
        }
      />
      {publications.isPending && <Skeleton active paragraph={{ rows: 4 }} />}
      {publications.isSuccess && !p && <Empty description={x('none')} />}
      {refusal && <Alert type="warning" showIcon closable={{ onClose: () => setRefusal(null) }} style={{ marginBottom: 16 }} title={x('refused')} description={refusal} />}
      {p && (
        <>
          <Descriptions size="small" bordered column={{ xs: 1, md: 3 }} style={{ marginBottom: 16 }}>
            <Descriptions.Item label={x('status')}>
              <EnumTag name="publicationStatus" value={p.status} />
            </Descriptions.Item>
            <Descriptions.Item label={x('windowEnds')}>{p.windowEnds}</Descriptions.Item>
            <Descriptions.Item label={x('rankingsPublic')}>{p.rankingsPublic ? t('evaluation.yes') : t('evaluation.no')}</Descriptions.Item>
            <Descriptions.Item label={x('objectionsCount')}>{t('evaluation.publication.objectionsValue', { total: p.objections, open: p.openObjections })}</Descriptions.Item>
            <Descriptions.Item label={x('publishedAt')}>{p.publishedAt ? dayjs(p.publishedAt).format('YYYY-MM-DD HH:mm') : '—'}</Descriptions.Item>
          </Descriptions>
          <Card size="small" title={staff ? x('objections') : x('myObjections')} style={{ marginBottom: 16 }}>
            <Table<Objection>
              rowKey="id"
              size="small"
              aria-label={staff ? x('objections') : x('myObjections')}
              columns={objectionColumns}
              dataSource={objections.data}
              loading={objections.isFetching}
              pagination={false}
              locale={{ emptyText: t('evaluation.empty') }}
            />
          </Card>
          {p.status === 'PUBLISHED' ? <Results p={p} /> : <Typography.Text type="secondary">{x('notPublished')}</Typography.Text>}
        </>
      )}
      <FormModal<{ year: number; windowEnds: Dayjs; rankingsPublic: boolean }>
        open={modal === 'open'}
        title={x('openTitle')}
        initialValues={{ year, windowEnds: dayjs().add(7, 'day'), rankingsPublic: false }}
        resetKey={year}
        successMessage={x('opened')}
        onClose={() => setModal(null)}
        onSubmit={(v) => openWindow.mutateAsync({ year: v.year, windowEnds: v.windowEnds.format('YYYY-MM-DD'), rankingsPublic: !!v.rankingsPublic })}
      >
        <Form.Item name="year" label={t('evaluation.year')} rules={need(t('evaluation.year'))}>
          <InputNumber min={2000} max={2100} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="windowEnds" label={x('windowEnds')} rules={need(x('windowEnds'))}>
          <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isBefore(dayjs(), 'day')} />
        </Form.Item>
        <Form.Item name="rankingsPublic" label={x('rankingsPublic')} valuePropName="checked" extra={x('rankingsPublicHint')}>
          <Switch />
        </Form.Item>
      </FormModal>
      {p && deputy && (
        <FormModal<RaiseValues>
          open={modal === 'raise'}
          title={x('raiseTitle')}
          initialValues={{ target: 'indicator' }}
          successMessage={x('raised')}
          onClose={() => setModal(null)}
          onSubmit={(v) =>
            raise.mutateAsync({
              publicationId: p.id,
              input: {
                activityId: v.target === 'activity' ? v.activityId : null,
                position: v.target === 'indicator' ? v.position : null,
                text: v.text.trim(),
              },
            })
          }
        >
          <Form.Item name="target" label={x('target')}>
            <Radio.Group
              options={[
                { value: 'indicator', label: x('targetIndicator') },
                { value: 'activity', label: x('targetActivity') },
              ]}
            />
          </Form.Item>
          <Form.Item noStyle shouldUpdate={(a: RaiseValues, b: RaiseValues) => a.target !== b.target}>
            {({ getFieldValue }) =>
              getFieldValue('target') === 'activity' ? (
                <Form.Item name="activityId" label={x('activity')} rules={need(x('activity'))}>
                  <Select
                    showSearch={{ optionFilterProp: 'label' }}
                    loading={ownDossier.isPending}
                    options={(ownDossier.data?.activities ?? []).map((a) => ({ value: a.id, label: `${a.occurredOn} ${a.title}` }))}
                  />
                </Form.Item>
              ) : (
                <Form.Item name="position" label={x('indicator')} rules={need(x('indicator'))}>
                  <Select
                    loading={ownScore.isPending}
                    options={(ownScore.data?.indicators ?? []).map((i) => ({ value: i.position, label: `${i.name}（${fmtPoints(i.points)}）` }))}
                  />
                </Form.Item>
              )
            }
          </Form.Item>
          <Form.Item name="text" label={x('text')} rules={[{ required: true, whitespace: true, message: t('validation.required', { field: x('text') }) }]}>
            <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={2000} />
          </Form.Item>
        </FormModal>
      )}
      <FormModal<{ accepted: boolean; answer: string }>
        open={answering !== null}
        title={x('answerTitle')}
        resetKey={answering?.id}
        successMessage={x('answered')}
        onClose={() => setModal(null)}
        onSubmit={(v) => answer.mutateAsync({ objection: answering!, accepted: v.accepted, answer: v.answer.trim() })}
      >
        {answering && <Typography.Paragraph>{`${answering.deputyName}：${answering.text}`}</Typography.Paragraph>}
        <Form.Item name="accepted" label={x('accepted')} rules={need(x('accepted'))}>
          <Radio.Group
            options={[
              { value: true, label: x('accept') },
              { value: false, label: x('decline') },
            ]}
          />
        </Form.Item>
        <Form.Item name="answer" label={x('answerText')} rules={[{ required: true, whitespace: true, message: t('validation.required', { field: x('answerText') }) }]}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} />
        </Form.Item>
      </FormModal>
    </>
  );
}
