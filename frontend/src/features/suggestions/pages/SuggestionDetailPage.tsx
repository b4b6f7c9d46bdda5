/**
 * One suggestion: its fields, status, deadline with its warning colour, units, the timeline of the
 * loop, and the buttons of the steps the server says the caller may take now (the view's `actions`, in its order).
 */
import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Col, Descriptions, Row, Skeleton, Space, Tag, Typography } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isApiProblem } from '@/api/problem';
import type { SuggestionAction } from '@/api/types';
import { PageTitle } from '@/components/PageTitle';
import { NotFound } from '@/components/ResultPages';
import { enumLabel, orDash } from '@/lib/labels';
import { suggestionKeys, useSuggestion, useSuggestionTimeline } from '../api/suggestions';
import { useDeputyNames, useUnitOptions } from '@/lib/options';
import { ActionModal } from '../components/ActionModal';
import { SuggestionTimeline } from '../components/SuggestionTimeline';
import { SuggestionStatusTag } from '@/components/SuggestionStatusTag';
import { WarningTag } from '@/components/WarningTag';

/** Steps that move the item forward are primary buttons; the rest are secondary. */
const PRIMARY: ReadonlySet<SuggestionAction> = new Set(['submit', 'register', 'assign', 'reply', 'feedback', 'close']);
const DANGER: ReadonlySet<SuggestionAction> = new Set(['decline']);

export default function SuggestionDetailPage() {
  const { t } = useTranslation();
  const { id: rawId } = useParams();
  const id = rawId && /^\d+$/.test(rawId) ? Number(rawId) : null;
  const qc = useQueryClient();
  const detail = useSuggestion(id);
  const timeline = useSuggestionTimeline(id);
  const units = useUnitOptions();
  const [action, setAction] = useState<SuggestionAction | null>(null);
  const s = detail.data?.data;
  const cosigners = useDeputyNames(s?.cosignerIds ?? []);

  if (id === null || (detail.isError && isApiProblem(detail.error) && detail.error.status === 404)) return <NotFound />;

  const reload = () => {
    if (id === null) return;
    void qc.invalidateQueries({ queryKey: suggestionKeys.detail(id) });
    void qc.invalidateQueries({ queryKey: suggestionKeys.timeline(id) });
  };

  const back = (
    <Link to="/suggestions">
      <Button icon={<ArrowLeftOutlined aria-hidden />}>{t('suggestion.backToList')}</Button>
    </Link>
  );

  if (detail.isPending) {
    return (
      <>
        <PageTitle title={t('suggestion.detail')} extra={back} />
        <Skeleton active paragraph={{ rows: 8 }} />
      </>
    );
  }
  if (detail.isError || !s) {
    return (
      <>
        <PageTitle title={t('suggestion.detail')} extra={back} />
        <Alert
          type="error"
          showIcon
          title={isApiProblem(detail.error) ? (detail.error.detail ?? detail.error.title) : t('errors.network')}
        />
      </>
    );
  }

  const fmtDate = (v: string | null) => (v ? dayjs(v).format('YYYY-MM-DD') : '—');
  const fmtTime = (v: string | null) => (v ? dayjs(v).format('YYYY-MM-DD HH:mm') : '—');
  const yesNo = (v: boolean) => (v ? t('suggestion.yes') : t('suggestion.no'));
  const f = (k: string) => t(`suggestion.fields.${k}`);
  const opinion = s.kind === 'OPINION';
  const coUnits = s.coUnitIds.map((u) => units.nameOf(u) ?? `#${u}`);

  return (
    <>
      <PageTitle
        title={s.title}
        extra={back}
      />
      <Space wrap style={{ marginBottom: 16 }}>
        <SuggestionStatusTag status={s.status} />
        <WarningTag warning={s.warning} />
        {s.number && <Typography.Text type="secondary">{s.number}</Typography.Text>}
      </Space>
      {s.actions.length > 0 && (
        <Card size="small" style={{ marginBottom: 16 }}>
          <Space wrap role="toolbar" aria-label={t('suggestion.actionsLabel')}>
            {s.actions.map((a) => (
              <Button
                key={a}
                type={PRIMARY.has(a) ? 'primary' : 'default'}
                danger={DANGER.has(a)}
                onClick={() => setAction(a)}
              >
                {t(`suggestion.actions.${a}`)}
              </Button>
            ))}
          </Space>
        </Card>
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Card title={t('suggestion.sections.info')} size="small" style={{ marginBottom: 16 }}>
            <Descriptions column={{ xs: 1, md: 2 }} bordered size="small">
              <Descriptions.Item label={f('number')}>{orDash(s.number)}</Descriptions.Item>
              <Descriptions.Item label={f('status')}>
                <SuggestionStatusTag status={s.status} />
              </Descriptions.Item>
              <Descriptions.Item label={f('kind')}>{enumLabel(t, 'suggestionKind', s.kind)}</Descriptions.Item>
              <Descriptions.Item label={f('category')}>{enumLabel(t, 'suggestionCategory', s.category)}</Descriptions.Item>
              <Descriptions.Item label={f('source')}>{enumLabel(t, 'suggestionSource', s.source)}</Descriptions.Item>
              {opinion ? (
                <Descriptions.Item label={f('citizenName')}>{orDash(s.citizenName)}</Descriptions.Item>
              ) : (
                <Descriptions.Item label={f('leadDeputy')}>{orDash(s.leadDeputyName)}</Descriptions.Item>
              )}
              {!opinion && (
                <Descriptions.Item label={f('cosigners')} span={2}>
                  {cosigners.length ? cosigners.join('、') : '—'}
                </Descriptions.Item>
              )}
              {!opinion && <Descriptions.Item label={f('sessionLabel')}>{orDash(s.sessionLabel)}</Descriptions.Item>}
              {!opinion && <Descriptions.Item label={f('betweenSessions')}>{yesNo(s.betweenSessions)}</Descriptions.Item>}
              <Descriptions.Item label={f('publicFlag')}>{yesNo(s.publicFlag)}</Descriptions.Item>
              <Descriptions.Item label={f('submittedAt')}>{fmtTime(s.submittedAt)}</Descriptions.Item>
              {s.declineReason && (
                <Descriptions.Item label={f('declineReason')} span={2}>
                  {s.declineReason}
                </Descriptions.Item>
              )}
            </Descriptions>
          </Card>
          <Card title={t('suggestion.sections.handling')} size="small" style={{ marginBottom: 16 }}>
            <Descriptions column={{ xs: 1, md: 2 }} bordered size="small">
              <Descriptions.Item label={f('leadUnit')}>{orDash(s.leadUnitName)}</Descriptions.Item>
              <Descriptions.Item label={f('coUnits')}>{coUnits.length ? coUnits.join('、') : '—'}</Descriptions.Item>
              <Descriptions.Item label={f('assignedOn')}>{fmtDate(s.assignedOn)}</Descriptions.Item>
              <Descriptions.Item label={f('deadline')}>
                <Space size={6}>
                  {fmtDate(s.deadline)}
                  <WarningTag warning={s.warning} />
                </Space>
              </Descriptions.Item>
              <Descriptions.Item label={f('round')}>{s.round > 0 ? t('suggestion.roundValue', { round: s.round }) : '—'}</Descriptions.Item>
              <Descriptions.Item label={f('keySupervision')}>
                {s.keySupervisorId ? <Tag color="red">{t('suggestion.keySupervision')}</Tag> : '—'}
              </Descriptions.Item>
              <Descriptions.Item label={f('replyClass')}>{s.replyClass ? enumLabel(t, 'replyClass', s.replyClass) : '—'}</Descriptions.Item>
              <Descriptions.Item label={f('repliedAt')}>{fmtTime(s.repliedAt)}</Descriptions.Item>
              <Descriptions.Item label={f('feedbackRating')}>
                {s.feedbackRating ? enumLabel(t, 'rating', s.feedbackRating) : '—'}
              </Descriptions.Item>
              <Descriptions.Item label={f('followUp')}>
                {s.followUp ? <Tag color="orange">{t('suggestion.followUpTag')}</Tag> : '—'}
              </Descriptions.Item>
              <Descriptions.Item label={f('closedAt')}>{fmtTime(s.closedAt)}</Descriptions.Item>
              <Descriptions.Item label={f('qualityScore')}>{orDash(s.qualityScore)}</Descriptions.Item>
              <Descriptions.Item label={f('award')}>{s.award ? <Tag color="gold">{s.award}</Tag> : '—'}</Descriptions.Item>
            </Descriptions>
          </Card>
          <Card title={f('content')} size="small">
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{s.content}</Typography.Paragraph>
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Card title={t('suggestion.timeline.title')} size="small">
            <SuggestionTimeline
              steps={timeline.data}
              loading={timeline.isPending}
              error={timeline.isError}
              unitName={units.nameOf}
            />
          </Card>
        </Col>
      </Row>
      <ActionModal
        action={action}
        suggestion={s}
        etag={detail.data.etag}
        onClose={() => setAction(null)}
        onStale={() => {
          setAction(null);
          reload();
        }}
      />
    </>
  );
}
