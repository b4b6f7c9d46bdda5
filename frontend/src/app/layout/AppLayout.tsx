/** The shell: side menu by role, header with the user, language switch and logout. */
import { Suspense } from 'react';
import { Button, Layout, Menu, Segmented, Space, Spin, Typography } from 'antd';
import { LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate, useNavigation } from 'react-router';
import { setLanguage, type Language } from '@/lib/i18n';
import { useSession } from '@/lib/session';
import { buildMenu, selectedMenuKey } from './menu';

const { Header, Sider, Content } = Layout;

export function AppLayout() {
  const { t, i18n } = useTranslation();
  const { me, roles, logout } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const navigation = useNavigation();
  const items = buildMenu(roles, t);

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Sider breakpoint="lg" collapsedWidth={0} width={208} theme="dark">
        <div style={{ color: '#fff', padding: '16px 20px', fontSize: 18, fontWeight: 600 }}>{t('app.title')}</div>
        <nav aria-label={t('nav.label')}>
          <Menu
            theme="dark"
            mode="inline"
            selectedKeys={[selectedMenuKey(location.pathname, roles)]}
            items={items}
            onClick={({ key }) => navigate(key)}
          />
        </nav>
      </Sider>
      <Layout>
        <Header
          style={{
            background: '#fff',
            padding: '0 24px',
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'space-between',
            borderBottom: '1px solid #f0f0f0',
          }}
        >
          <Typography.Text strong>{me.congressName}</Typography.Text>
          <Space size="middle">
            <Segmented<Language>
              aria-label={t('header.language')}
              size="small"
              value={i18n.language === 'en' ? 'en' : 'zh-CN'}
              options={[
                { label: '中文', value: 'zh-CN' },
                { label: 'English', value: 'en' },
              ]}
              onChange={(v) => void setLanguage(v)}
            />
            <Space size={4}>
              <UserOutlined aria-hidden />
              <Typography.Text data-testid="current-user">{me.displayName}</Typography.Text>
            </Space>
            <Button icon={<LogoutOutlined aria-hidden />} onClick={logout}>
              {t('header.logout')}
            </Button>
          </Space>
        </Header>
        <Content style={{ margin: 24 }}>
          <main>
            <Suspense fallback={<Spin />}>
              {navigation.state === 'loading' ? <Spin style={{ display: 'block', margin: 48 }} /> : <Outlet />}
            </Suspense>
          </main>
        </Content>
      </Layout>
    </Layout>
  );
}
