import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { changeLocale, currentLocale, type AppLocale } from '../../../i18n/i18n';

/** 中文 / English, remembered in this browser and sent to the server with every request. */
export function LanguageSwitch({ className }: { className?: string }) {
  useTranslation(); // re-render on change
  return (
    <Segmented<AppLocale>
      className={className}
      size="small"
      data-testid="lang-switch"
      value={currentLocale()}
      onChange={(v) => { void changeLocale(v); }}
      options={[
        { label: <span data-testid="lang-zh">中文</span>, value: 'zh-CN' },
        { label: <span data-testid="lang-en">English</span>, value: 'en' },
      ]}
    />
  );
}
