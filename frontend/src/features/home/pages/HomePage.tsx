/** 首页: who is logged in, in which congress, and where to go next. */
import { Card, Col, Descriptions, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { enumLabel } from '@/lib/labels';
import { menuSections } from '@/lib/access';
import { useSession } from '@/lib/session';

const PATHS = {
  suggestions: '/suggestions',
  suggestionFigures: '/suggestions/figures',
  deputies: '/deputies',
  units: '/units',
  stations: '/stations',
  organizations: '/organizations',
  users: '/users',
} as const;

export default function HomePage() {
  const { t } = useTranslation();
  const { me, roles } = useSession();
  const shortcuts = menuSections(roles).filter((s): s is keyof typeof PATHS => s !== 'home');
  return (
    <>
      <Typography.Title level={3}>{t('home.welcome', { name: me.displayName })}</Typography.Title>
      <Card title={t('home.account')} style={{ marginBottom: 16 }}>
        <Descriptions column={{ xs: 1, md: 2 }}>
          <Descriptions.Item label={t('home.congress')}>{me.congressName}</Descriptions.Item>
          <Descriptions.Item label={t('home.displayName')}>{me.displayName}</Descriptions.Item>
          <Descriptions.Item label={t('home.username')}>{me.username}</Descriptions.Item>
          <Descriptions.Item label={t('home.role')}>{roles.map((r) => enumLabel(t, 'role', r)).join('、')}</Descriptions.Item>
        </Descriptions>
      </Card>
      <Row gutter={[16, 16]}>
        {shortcuts.map((s) => (
          <Col key={s} xs={24} sm={12} lg={6}>
            <Link to={PATHS[s]}>
              <Card hoverable>
                <Typography.Text strong>{t(`nav.${s}`)}</Typography.Text>
                <br />
                <Typography.Text type="secondary">{t(`home.hint.${s}`)}</Typography.Text>
              </Card>
            </Link>
          </Col>
        ))}
      </Row>
    </>
  );
}
