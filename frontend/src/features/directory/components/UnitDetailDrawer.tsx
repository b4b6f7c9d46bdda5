/** A handling unit's details and change history. */
import { useState } from 'react';
import { Alert, Button, Descriptions, Divider, Drawer, Skeleton, Tag, Typography } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import { isApiProblem } from '@/api/problem';
import { HistoryTimeline } from '@/components/HistoryTimeline';
import { enumLabel, orDash } from '@/lib/labels';
import { useSession } from '@/lib/session';
import { unitKeys, useUnit, useUnitHistory } from '../api/units';
import { UnitFormModal } from './UnitFormModal';

export function UnitDetailDrawer({ id, onClose }: { id: number | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { canEditDirectory, canViewHistory } = useSession();
  const qc = useQueryClient();
  const detail = useUnit(id);
  const history = useUnitHistory(id, canViewHistory);
  const [editing, setEditing] = useState(false);
  const unit = detail.data?.data;

  const reload = () => {
    if (id === null) return;
    void qc.invalidateQueries({ queryKey: unitKeys.detail(id) });
    void qc.invalidateQueries({ queryKey: unitKeys.history(id) });
  };
  const activeText = (v: unknown) => (v === true || v === 'true' ? t('unit.activeYes') : t('unit.activeNo'));

  return (
    <Drawer
      open={id !== null}
      onClose={onClose}
      size={640}
      title={unit ? unit.name : t('unit.detail')}
      extra={
        canEditDirectory && unit ? (
          <Button type="primary" icon={<EditOutlined aria-hidden />} onClick={() => setEditing(true)}>
            {t('actions.edit')}
          </Button>
        ) : null
      }
    >
      {detail.isPending && id !== null && <Skeleton active />}
      {detail.isError && (
        <Alert type="error" showIcon title={isApiProblem(detail.error) ? (detail.error.detail ?? detail.error.title) : t('errors.network')} />
      )}
      {unit && (
        <>
          <Descriptions column={1} bordered size="small">
            <Descriptions.Item label={t('unit.fields.name')}>{unit.name}</Descriptions.Item>
            <Descriptions.Item label={t('unit.fields.shortName')}>{orDash(unit.shortName)}</Descriptions.Item>
            <Descriptions.Item label={t('unit.fields.kind')}>{enumLabel(t, 'unitKind', unit.kind)}</Descriptions.Item>
            <Descriptions.Item label={t('unit.fields.contactPerson')}>{orDash(unit.contactPerson)}</Descriptions.Item>
            <Descriptions.Item label={t('unit.fields.contactPhone')}>{orDash(unit.contactPhone)}</Descriptions.Item>
            <Descriptions.Item label={t('unit.fields.active')}>
              <Tag color={unit.active ? 'green' : 'default'}>{activeText(unit.active)}</Tag>
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
                  fieldLabel={(f) => t(`unit.fields.${f}`, { defaultValue: f })}
                  formatValue={(f, v) => (f === 'kind' ? enumLabel(t, 'unitKind', String(v)) : f === 'active' ? activeText(v) : String(v))}
                />
              )}
            </>
          )}
          <UnitFormModal open={editing} onClose={() => setEditing(false)} editing={{ unit, etag: detail.data?.etag ?? null }} onStale={reload} />
        </>
      )}
    </Drawer>
  );
}
