// The portal's own header (no menu, no account): the district's name, the language switch and a way in for staff.
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LanguageSwitch } from '../../layout/components/LanguageSwitch';

export function PublicHeader() {
  const { t } = useTranslation();
  return (
    <header className="public-header" data-testid="public-header">
      <Space size={10} align="center">
        <SafetyCertificateOutlined style={{ fontSize: 24, color: '#c41d1d' }} />
        <div>
          <Typography.Text strong style={{ fontSize: 17 }}>{t('public.header.title')}</Typography.Text>
          <div className="public-header__sub">{t('public.header.subtitle')}</div>
        </div>
      </Space>
      <Space size={16} align="center">
        <LanguageSwitch />
        <Link to="/login" data-testid="public-login">{t('public.header.staffLogin')}</Link>
      </Space>
    </header>
  );
}
