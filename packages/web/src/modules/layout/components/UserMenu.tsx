import { KeyOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Avatar, Dropdown, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useAuth, useMe } from '../../auth/hooks/auth-context';
import { orgName } from '../../shared/utils/names';

export function UserMenu({ compact }: { compact: boolean }) {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const { logout } = useAuth();
  const navigate = useNavigate();
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: [
          { key: 'who', disabled: true, label: <div className="user-menu__who"><b>{me.displayName}</b><div>{orgName(me.organisation, i18n.language)}</div><div>{t(`roles.${me.role}`)}</div></div> },
          { type: 'divider' },
          { key: 'password', icon: <KeyOutlined />, label: t('account.changePassword') },
          { key: 'logout', icon: <LogoutOutlined />, label: <span data-testid="logout">{t('account.logout')}</span> },
        ],
        onClick: ({ key }) => {
          if (key === 'logout') void logout();
          if (key === 'password') void navigate('/account');
        },
      }}
    >
      <Space className="app-header__user" data-testid="user-menu">
        <Avatar size="small" icon={<UserOutlined />} className="app-header__avatar" />
        {!compact && <span data-testid="user-name">{me.displayName}</span>}
      </Space>
    </Dropdown>
  );
}
