/**
 * One key project (三问两评): the three asks as steps with the unit's answers and, for staff, a form for the next
 * one (If-Match); the two ratings against the pass line; for deputies, the vote of an open round. A second
 * vote in a round is the server's 409, whose detail is shown.
 */
import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, Form, Input, Radio, Select, Skeleton, Steps, Typography } from 'antd';
import { ArrowLeftOutlined, FormOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isApiProblem } from '@/api/problem';
import { PROJECT_ASKS, RATINGS, type KeyProject, type ProjectAsk, type Rating, type RatingRound } from '@/api/types';
import { FormModal } from '@/components/FormModal';
import { PageTitle } from '@/components/PageTitle';
import { NotFound } from '@/components/ResultPages';
import { enumLabel, enumOptions } from '@/lib/labels';
import { useSession } from '@/lib/session';
import { useUnitOptions } from '@/lib/options';
import { formatRate } from '@/lib/format';
import { keyProjectKeys, nextAsk, openRounds, useAnswerAsk, useKeyProject, useVote } from '../api/key-projects';
import { canManagePlans } from '@/lib/access';
import { RatingResults } from '../components/RatingResults';

const ANSWER: Record<ProjectAsk, 'planAnswer' | 'progressAnswer' | 'resultAnswer'> = {
  PLAN: 'planAnswer',
  PROGRESS: 'progressAnswer',
  RESULT: 'resultAnswer',
};

/** A deputy's vote on an open round; the outcome (or the server's refusal) stays on the card. */
function VoteCard({ project }: { project: KeyProject }) {
  const { t } = useTranslation();
  const vote = useVote();
  const [form] = Form.useForm<{ round: RatingRound; rating: Rating }>();
  const rounds = openRounds(project);
  const k = (key: string) => t(`supervision.keyProjects.${key}`);
  const error = vote.error;
  return (
    <Card size="small" title={k('voteTitle')} style={{ marginTop: 16 }}>
      {rounds.length === 0 ? (
        <Alert type="info" showIcon title={k('voteClosed')} />
      ) : (
        <Form
          form={form}
          layout="vertical"
          name="vote"
          initialValues={{ round: rounds[rounds.length - 1] }}
          onFinish={(v) => vote.mutate({ id: project.id, ...v })}
          onValuesChange={() => vote.reset()}
        >
          <Form.Item name="round" label={k('round')} rules={[{ required: true }]}>
            <Radio.Group aria-label={k('round')} options={enumOptions(t, 'ratingRound', rounds)} />
          </Form.Item>
          <Form.Item name="rating" label={k('rating')} rules={[{ required: true, message: t('validation.select', { field: k('rating') }) }]}>
            <Radio.Group aria-label={k('rating')} optionType="button" buttonStyle="solid" options={enumOptions(t, 'rating', RATINGS)} />
          </Form.Item>
          {vote.isSuccess && (
            <Alert
              type="success"
              showIcon
              style={{ marginBottom: 16 }}
              title={t('supervision.keyProjects.voted', {
                round: enumLabel(t, 'ratingRound', vote.data.round),
                rating: enumLabel(t, 'rating', vote.variables.rating),
              })}
            />
          )}
          {error && (
            <Alert
              type={isApiProblem(error) && error.status === 409 ? 'warning' : 'error'}
              showIcon
              style={{ marginBottom: 16 }}
              title={isApiProblem(error) ? (error.detail ?? error.title) : t('errors.network')}
            />
          )}
          <Button type="primary" htmlType="submit" loading={vote.isPending}>
            {k('vote')}
          </Button>
        </Form>
      )}
    </Card>
  );
}

export default function KeyProjectDetailPage() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const { id: rawId } = useParams();
  const id = rawId && /^\d+$/.test(rawId) ? Number(rawId) : null;
  const { roles } = useSession();
  const project = useKeyProject(id);
  const units = useUnitOptions(project.isSuccess);
  const answer = useAnswerAsk();
  const [asking, setAsking] = useState(false);
  const k = (key: string) => t(`supervision.keyProjects.${key}`);

  if (id === null || (project.isError && isApiProblem(project.error) && project.error.status === 404)) return <NotFound />;
  const back = (
    <Link to="/supervision/key-projects">
      <Button icon={<ArrowLeftOutlined aria-hidden />}>{k('back')}</Button>
    </Link>
  );
  const p = project.data?.data;
  if (!p) {
    return (
      <>
        <PageTitle title={k('title')} extra={back} />
        {project.isError ? (
          <Alert type="error" showIcon title={isApiProblem(project.error) ? (project.error.detail ?? project.error.title) : t('errors.network')} />
        ) : (
          <Skeleton active paragraph={{ rows: 6 }} />
        )}
      </>
    );
  }
  const etag = project.data?.etag ?? `"${p.version}"`;
  const next = nextAsk(p);
  const answered = next === null ? PROJECT_ASKS.length : PROJECT_ASKS.indexOf(next);
  // An answered ask may be corrected; the next one is the default.
  const askOptions = enumOptions(t, 'projectAsk', PROJECT_ASKS.slice(0, Math.min(answered + 1, PROJECT_ASKS.length)));

  return (
    <>
      <PageTitle title={p.name} extra={back} />
      <Descriptions bordered size="small" column={{ xs: 1, md: 3 }} style={{ marginBottom: 16 }}>
        <Descriptions.Item label={k('year')}>{p.year}</Descriptions.Item>
        <Descriptions.Item label={k('unit')}>{units.nameOf(p.unitId) ?? `#${p.unitId}`}</Descriptions.Item>
        <Descriptions.Item label={k('passLine')}>{formatRate(p.passThreshold)}</Descriptions.Item>
      </Descriptions>
      <Card
        size="small"
        title={k('asksTitle')}
        extra={
          canManagePlans(roles) && (
            <Button type="primary" icon={<FormOutlined aria-hidden />} onClick={() => setAsking(true)}>
              {next ? t('supervision.keyProjects.record', { ask: enumLabel(t, 'projectAsk', next) }) : k('correct')}
            </Button>
          )
        }
      >
        <Steps
          aria-label={k('asksTitle')}
          current={answered}
          status={next === null ? 'finish' : 'process'}
          items={PROJECT_ASKS.map((a) => ({
            title: enumLabel(t, 'projectAsk', a),
            content: (
              <Typography.Paragraph
                key={p[ANSWER[a]] ?? ''}
                type={p[ANSWER[a]] === null ? 'secondary' : undefined}
                style={{ whiteSpace: 'pre-wrap', margin: 0 }}
                ellipsis={{ rows: 4, expandable: true }}
              >
                {p[ANSWER[a]] ?? k('noAnswer')}
              </Typography.Paragraph>
            ),
          }))}
        />
      </Card>
      <Card size="small" title={k('ratingsTitle')} style={{ marginTop: 16 }}>
        <RatingResults ratings={p.ratings} passThreshold={p.passThreshold} />
      </Card>
      {roles.includes('deputy') && <VoteCard project={p} />}
      <FormModal<{ ask: ProjectAsk; text: string }>
        open={asking}
        title={k('askTitle')}
        initialValues={{ ask: next ?? 'RESULT' }}
        resetKey={p.version}
        onSubmit={(v) => answer.mutateAsync({ id: p.id, etag, ask: v.ask, text: v.text.trim() })}
        onClose={() => setAsking(false)}
        onStale={() => {
          setAsking(false);
          void qc.invalidateQueries({ queryKey: keyProjectKeys.detail(p.id) });
        }}
        width={640}
      >
        {(form) => (
          <>
            <Form.Item name="ask" label={k('ask')} rules={[{ required: true }]}>
              <Select
                options={askOptions}
                onChange={(a: ProjectAsk) => form.setFieldValue('text', p[ANSWER[a]] ?? '')}
              />
            </Form.Item>
            <Form.Item
              name="text"
              label={k('answer')}
              rules={[{ required: true, whitespace: true, message: t('validation.required', { field: k('answer') }) }, { max: 10000 }]}
            >
              <Input.TextArea autoSize={{ minRows: 4, maxRows: 12 }} />
            </Form.Item>
          </>
        )}
      </FormModal>
    </>
  );
}
