/** 监督小组 (一事一小组) of a topic: the leading deputy and the members; staff and the committee set it. */
import { useState } from 'react';
import { Button, Card, Empty, Flex, Form, Tag, Typography } from 'antd';
import { TeamOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { isApiProblem } from '@/api/problem';
import type { TopicGroupMember } from '@/api/types';
import { FormModal } from '@/components/FormModal';
import { useSession } from '@/lib/session';
import { DeputySelect } from '@/components/DeputySelect';
import { useSetTopicGroup, useTopicGroup } from '../api/supervision';
import { canProposeTopics } from '@/lib/access';

interface GroupValues {
  leaderDeputyId: number;
  memberIds?: number[];
}

export function TopicGroupCard({ topicId }: { topicId: number }) {
  const { t } = useTranslation();
  const { roles } = useSession();
  const group = useTopicGroup(topicId);
  const save = useSetTopicGroup(topicId);
  const [editing, setEditing] = useState(false);
  const [leader, setLeader] = useState<number | undefined>();
  const g = (k: string) => t(`supervision.group.${k}`);
  const members: TopicGroupMember[] = group.data ?? [];
  const head = members.find((m) => m.leader);
  const known = members.map((m) => ({ value: m.deputyId, label: m.name }));

  return (
    <Card
      size="small"
      title={g('title')}
      loading={group.isPending}
      extra={
        canProposeTopics(roles) && (
          <Button
            size="small"
            icon={<TeamOutlined aria-hidden />}
            onClick={() => {
              setLeader(head?.deputyId);
              setEditing(true);
            }}
          >
            {g(members.length > 0 ? 'edit' : 'create')}
          </Button>
        )
      }
    >
      {group.isError ? (
        <Typography.Text type="danger">
          {isApiProblem(group.error) ? (group.error.detail ?? group.error.title) : t('errors.network')}
        </Typography.Text>
      ) : members.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={g('empty')} />
      ) : (
        <Flex wrap gap={8} aria-label={g('title')} role="list">
          {[...members]
            .sort((a, b) => Number(b.leader) - Number(a.leader))
            .map((m) => (
              <Tag key={m.deputyId} role="listitem" color={m.leader ? 'red' : 'blue'}>
                {m.name}
                {m.leader && `（${g('leader')}）`}
              </Tag>
            ))}
        </Flex>
      )}
      <FormModal<GroupValues>
        open={editing}
        title={g('editTitle')}
        initialValues={{ leaderDeputyId: head?.deputyId, memberIds: members.filter((m) => !m.leader).map((m) => m.deputyId) }}
        onSubmit={(v) => save.mutateAsync({ leaderDeputyId: v.leaderDeputyId, memberIds: v.memberIds ?? [] })}
        onValuesChange={(changed) => 'leaderDeputyId' in changed && setLeader(changed.leaderDeputyId)}
        onClose={() => setEditing(false)}
        width={560}
      >
        <Form.Item name="leaderDeputyId" label={g('leader')} rules={[{ required: true, message: t('validation.select', { field: g('leader') }) }]}>
          <DeputySelect aria-label={g('leader')} known={known} />
        </Form.Item>
        <Form.Item name="memberIds" label={g('members')}>
          <DeputySelect aria-label={g('members')} multiple known={known} exclude={[leader]} />
        </Form.Item>
      </FormModal>
    </Card>
  );
}
