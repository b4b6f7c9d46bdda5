/**
 * 评价方案: a year's scheme — the revision shown (the latest by default) with its thresholds and indicators (each with
 * its explanation), the list of revisions with their history, and for the administrator 制定 / 修改 (a scheme used
 * for scores becomes a new revision). 试算 runs a draft against the year's records (staff too).
 */
import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Col, Descriptions, Drawer, Empty, Row, Skeleton, Space, Table, Tag, type TableProps } from 'antd';
import { EditOutlined, ExperimentOutlined, HistoryOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { isApiProblem } from '@/api/problem';
import type { IndicatorRule, IndicatorSource, IndicatorView, Scheme } from '@/api/types';
import { HistoryTimeline } from '@/components/HistoryTimeline';
import { PageTitle } from '@/components/PageTitle';
import { enumLabel } from '@/lib/labels';
import { useSession } from '@/lib/session';
import { evaluationKeys, useActivityTypes, useSchemeHistory, useSchemes } from '../api/evaluation';
import { YearPicker, yearOf } from '../components/EvaluationParts';
import { SchemeFormModal } from '../components/SchemeFormModal';

export default function SchemesPage() {
  const { t } = useTranslation();
  const { roles } = useSession();
  const admin = roles.includes('admin');
  const qc = useQueryClient();
  const [sp, setSp] = useSearchParams();
  const year = yearOf(sp.get('year'));
  const schemes = useSchemes(year);
  const types = useActivityTypes();
  const [chosen, setChosen] = useState<number | null>(null);
  const [modal, setModal] = useState<'edit' | 'create' | 'whatIf' | null>(null);
  const [historyOf, setHistoryOf] = useState<number | null>(null);
  const history = useSchemeHistory(historyOf);
  const list = schemes.data ?? [];
  const latest = list.find((s) => !s.superseded) ?? list[0];
  const shown = list.find((s) => s.id === chosen) ?? latest;
  const f = (k: string) => t(`evaluation.schemes.fields.${k}`);
  const typeName = (id: number | null) => (id === null ? '' : (types.data?.find((x) => x.id === id)?.name ?? `#${id}`));

  const indicatorColumns: TableProps<IndicatorView>['columns'] = [
    { title: '#', key: 'n', width: 48, render: (_, r) => r.position + 1 },
    { title: f('indicatorName'), dataIndex: 'name', key: 'name' },
    {
      title: f('source'),
      key: 'source',
      render: (_, r) => `${enumLabel(t, 'indicatorSource', r.source as IndicatorSource)}${r.activityTypeId ? `：${typeName(r.activityTypeId)}` : ''}`,
    },
    { title: f('rule'), dataIndex: 'rule', key: 'rule', render: (v: IndicatorRule) => enumLabel(t, 'indicatorRule', v) },
    { title: f('weight'), dataIndex: 'weight', key: 'weight', align: 'right' },
    { title: f('explanation'), dataIndex: 'explanation', key: 'explanation' },
  ];

  const revisionColumns: TableProps<Scheme>['columns'] = [
    { title: f('revision'), dataIndex: 'revision', key: 'revision', render: (v: number) => t('evaluation.score.revisionValue', { revision: v }) },
    { title: f('name'), dataIndex: 'name', key: 'name' },
    { title: f('createdAt'), dataIndex: 'createdAt', key: 'createdAt', render: (v: string) => dayjs(v).format('YYYY-MM-DD HH:mm') },
    {
      title: t('evaluation.activities.fields.status'),
      key: 'status',
      render: (_, s) => (
        <Space size={4} wrap>
          {!s.superseded && <Tag color="green">{t('evaluation.schemes.latest')}</Tag>}
          {s.superseded && <Tag>{t('evaluation.schemes.superseded')}</Tag>}
          {s.used && <Tag color="blue">{t('evaluation.schemes.used')}</Tag>}
        </Space>
      ),
    },
    {
      title: t('table.actions'),
      key: 'actions',
      render: (_, s) => (
        <Button size="small" icon={<HistoryOutlined aria-hidden />} onClick={() => setHistoryOf(s.id)}>
          {t('evaluation.history')}
        </Button>
      ),
    },
  ];

  return (
    <>
      <PageTitle
        title={t('nav.evaluationSchemes')}
        extra={
          <Space wrap>
            <YearPicker
              value={year}
              future={80}
              onChange={(y) => {
                setChosen(null);
                setSp(y === dayjs().year() ? {} : { year: String(y) }, { replace: true });
              }}
            />
            {latest && (
              <Button icon={<ExperimentOutlined aria-hidden />} onClick={() => setModal('whatIf')}>
                {t('evaluation.schemes.whatIf')}
              </Button>
            )}
            {admin && latest && (
              <Button type="primary" icon={<EditOutlined aria-hidden />} onClick={() => setModal('edit')}>
                {t('actions.edit')}
              </Button>
            )}
            {admin && schemes.isSuccess && !latest && (
              <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setModal('create')}>
                {t('evaluation.schemes.create')}
              </Button>
            )}
          </Space>
        }
      />
      {schemes.isPending && <Skeleton active paragraph={{ rows: 6 }} />}
      {schemes.isError && (
        <Alert type="error" showIcon title={isApiProblem(schemes.error) ? (schemes.error.detail ?? schemes.error.title) : t('errors.network')} />
      )}
      {schemes.isSuccess && !shown && <Empty description={t('evaluation.schemes.none')} />}
      {shown && (
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={16}>
            <Card
              size="small"
              title={`${shown === latest ? t('evaluation.schemes.current') : t('evaluation.schemes.viewing', { revision: shown.revision })} · ${shown.name}`}
              extra={<Tag>{t('evaluation.score.revisionValue', { revision: shown.revision })}</Tag>}
            >
              <Descriptions size="small" bordered column={{ xs: 1, md: 4 }} style={{ marginBottom: 12 }}>
                <Descriptions.Item label={f('excellentFrom')}>{shown.excellentFrom}</Descriptions.Item>
                <Descriptions.Item label={f('competentFrom')}>{shown.competentFrom}</Descriptions.Item>
                <Descriptions.Item label={f('basicFrom')}>{shown.basicFrom}</Descriptions.Item>
                <Descriptions.Item label={f('excellentTopN')}>{shown.excellentTopN}</Descriptions.Item>
              </Descriptions>
              <Table<IndicatorView>
                rowKey="position"
                size="small"
                aria-label={t('evaluation.schemes.indicatorsLabel')}
                pagination={false}
                columns={indicatorColumns}
                dataSource={shown.indicators}
              />
            </Card>
          </Col>
          <Col xs={24} xl={8}>
            <Card size="small" title={t('evaluation.schemes.revisions')}>
              <Table<Scheme>
                rowKey="id"
                size="small"
                aria-label={t('evaluation.schemes.revisions')}
                pagination={false}
                columns={revisionColumns}
                dataSource={list}
                rowClassName={(s) => (s.id === shown.id ? 'ant-table-row-selected luzhi-clickable-row' : 'luzhi-clickable-row')}
                onRow={(s) => ({ onClick: () => setChosen(s.id) })}
              />
            </Card>
          </Col>
        </Row>
      )}
      <SchemeFormModal
        open={modal !== null}
        scheme={modal === 'create' ? null : latest}
        year={year}
        readOnly={modal === 'whatIf' && !admin}
        onClose={() => {
          setModal(null);
          setChosen(null);
        }}
        onStale={() => {
          setModal(null);
          void qc.invalidateQueries({ queryKey: evaluationKeys.schemes });
        }}
      />
      <Drawer open={historyOf !== null} onClose={() => setHistoryOf(null)} title={t('evaluation.history')} size={520} destroyOnHidden>
        <HistoryTimeline entries={history.data} loading={history.isPending} fieldLabel={(k) => t(`evaluation.schemes.fields.${k}`, { defaultValue: k })} />
      </Drawer>
    </>
  );
}
