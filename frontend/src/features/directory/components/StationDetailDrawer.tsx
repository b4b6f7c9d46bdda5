/** A liaison station's details and change history. */
import { useState } from 'react';
import { Alert, Button, Descriptions, Divider, Drawer, Skeleton, Typography } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import { isApiProblem } from '@/api/problem';
import { HistoryTimeline } from '@/components/HistoryTimeline';
import { orDash } from '@/lib/labels';
import { useSession } from '@/lib/session';
import { stationKeys, useStation, useStationHistory } from '../api/stations';
import { StationFormModal } from './StationFormModal';

export function StationDetailDrawer({ id, onClose }: { id: number | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { canEditDirectory, canViewHistory } = useSession();
  const qc = useQueryClient();
  const detail = useStation(id);
  const history = useStationHistory(id, canViewHistory);
  const [editing, setEditing] = useState(false);
  const station = detail.data?.data;

  const reload = () => {
    if (id === null) return;
    void qc.invalidateQueries({ queryKey: stationKeys.detail(id) });
    void qc.invalidateQueries({ queryKey: stationKeys.history(id) });
  };

  return (
    <Drawer
      open={id !== null}
      onClose={onClose}
      size={640}
      title={station ? station.name : t('station.detail')}
      extra={
        canEditDirectory && station ? (
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
      {station && (
        <>
          <Descriptions column={1} bordered size="small">
            <Descriptions.Item label={t('station.fields.name')}>{station.name}</Descriptions.Item>
            <Descriptions.Item label={t('station.fields.township')}>{orDash(station.township)}</Descriptions.Item>
            <Descriptions.Item label={t('station.fields.address')}>{orDash(station.address)}</Descriptions.Item>
            <Descriptions.Item label={t('station.fields.contactPerson')}>{orDash(station.contactPerson)}</Descriptions.Item>
            <Descriptions.Item label={t('station.fields.contactPhone')}>{orDash(station.contactPhone)}</Descriptions.Item>
            <Descriptions.Item label={t('station.fields.receptionSchedule')}>{orDash(station.receptionSchedule)}</Descriptions.Item>
            <Descriptions.Item label={t('station.fields.deputyCount')}>{station.deputyCount}</Descriptions.Item>
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
                  fieldLabel={(f) => t(`station.fields.${f}`, { defaultValue: f })}
                />
              )}
            </>
          )}
          <StationFormModal
            open={editing}
            onClose={() => setEditing(false)}
            editing={{ station, etag: detail.data?.etag ?? null }}
            onStale={reload}
          />
        </>
      )}
    </Drawer>
  );
}
