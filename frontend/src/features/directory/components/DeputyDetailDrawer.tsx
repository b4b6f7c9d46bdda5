/** A deputy's details and change history, with an edit button for those who may edit. */
import { useState } from 'react';
import { Alert, Button, Descriptions, Divider, Drawer, Skeleton, Tag, Typography } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import { isApiProblem } from '@/api/problem';
import { HistoryTimeline } from '@/components/HistoryTimeline';
import { enumLabel, orDash, type EnumName } from '@/lib/labels';
import { useSession } from '@/lib/session';
import { deputyKeys, useDeputy, useDeputyHistory } from '../api/deputies';
import { DeputyFormModal } from './DeputyFormModal';

const ENUM_FIELDS: Record<string, EnumName> = {
  gender: 'gender',
  party: 'party',
  occupationGroup: 'occupationGroup',
  status: 'deputyStatus',
};

export const STATUS_COLORS: Record<string, string> = { ACTIVE: 'green', SUSPENDED: 'orange', TERMINATED: 'default' };

export function DeputyDetailDrawer({ id, onClose }: { id: number | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { canEditDirectory, canViewHistory } = useSession();
  const qc = useQueryClient();
  const detail = useDeputy(id);
  const history = useDeputyHistory(id, canViewHistory);
  const [editing, setEditing] = useState(false);
  const deputy = detail.data?.data;

  const reload = () => {
    if (id === null) return;
    void qc.invalidateQueries({ queryKey: deputyKeys.detail(id) });
    void qc.invalidateQueries({ queryKey: deputyKeys.history(id) });
  };

  const fieldLabel = (field: string) => t(`deputy.fields.${field}`, { defaultValue: field });
  const formatValue = (field: string, v: unknown) =>
    ENUM_FIELDS[field] ? enumLabel(t, ENUM_FIELDS[field], String(v)) : String(v);

  return (
    <Drawer
      open={id !== null}
      onClose={onClose}
      size={720}
      title={deputy ? t('deputy.detailTitle', { name: deputy.name }) : t('deputy.detail')}
      extra={
        canEditDirectory && deputy ? (
          <Button type="primary" icon={<EditOutlined aria-hidden />} onClick={() => setEditing(true)}>
            {t('actions.edit')}
          </Button>
        ) : null
      }
    >
      {detail.isPending && id !== null && <Skeleton active />}
      {detail.isError && (
        <Alert
          type="error"
          showIcon
          title={isApiProblem(detail.error) ? (detail.error.detail ?? detail.error.title) : t('errors.network')}
        />
      )}
      {deputy && (
        <>
          <Descriptions column={2} bordered size="small">
            <Descriptions.Item label={t('deputy.fields.name')}>{deputy.name}</Descriptions.Item>
            <Descriptions.Item label={t('deputy.fields.gender')}>{enumLabel(t, 'gender', deputy.gender)}</Descriptions.Item>
            <Descriptions.Item label={t('deputy.fields.ethnicity')}>{orDash(deputy.ethnicity)}</Descriptions.Item>
            <Descriptions.Item label={t('deputy.fields.birthDate')}>{orDash(deputy.birthDate)}</Descriptions.Item>
            <Descriptions.Item label={t('deputy.fields.term')}>{t('deputy.termValue', { term: deputy.term })}</Descriptions.Item>
            <Descriptions.Item label={t('deputy.fields.status')}>
              <Tag color={STATUS_COLORS[deputy.status]}>{enumLabel(t, 'deputyStatus', deputy.status)}</Tag>
            </Descriptions.Item>
            <Descriptions.Item label={t('deputy.fields.delegation')}>{deputy.delegationName}</Descriptions.Item>
            <Descriptions.Item label={t('deputy.fields.station')}>{orDash(deputy.stationName)}</Descriptions.Item>
            <Descriptions.Item label={t('deputy.fields.party')}>{enumLabel(t, 'party', deputy.party)}</Descriptions.Item>
            <Descriptions.Item label={t('deputy.fields.occupationGroup')}>
              {enumLabel(t, 'occupationGroup', deputy.occupationGroup)}
            </Descriptions.Item>
            <Descriptions.Item label={t('deputy.fields.occupation')} span={2}>
              {orDash(deputy.occupation)}
            </Descriptions.Item>
            <Descriptions.Item label={t('deputy.fields.phone')}>{orDash(deputy.phone)}</Descriptions.Item>
            <Descriptions.Item label={t('deputy.fields.idNumber')}>{orDash(deputy.idNumber)}</Descriptions.Item>
            <Descriptions.Item label={t('deputy.fields.updatedAt')} span={2}>
              {deputy.updatedAt ? dayjs(deputy.updatedAt).format('YYYY-MM-DD HH:mm') : '—'}
            </Descriptions.Item>
          </Descriptions>
          {canViewHistory && (
            <>
              <Divider titlePlacement="start">
                <Typography.Title level={5} style={{ margin: 0 }}>
                  {t('history.title')}
                </Typography.Title>
              </Divider>
              {history.isError ? (
                <Alert type="warning" showIcon title={t('history.failed')} />
              ) : (
                <HistoryTimeline
                  entries={history.data}
                  loading={history.isPending}
                  fieldLabel={fieldLabel}
                  formatValue={formatValue}
                />
              )}
            </>
          )}
          <DeputyFormModal
            open={editing}
            onClose={() => setEditing(false)}
            editing={{ deputy, etag: detail.data?.etag ?? null }}
            onStale={reload}
          />
        </>
      )}
    </Drawer>
  );
}
