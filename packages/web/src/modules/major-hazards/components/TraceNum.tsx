// One number of the calculation: the decimal people read, in their locale; the exact fraction on hover (and in
// data-exact, so a test or a checker can read it).
import { Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TraceNumber } from '../api/major-hazards.types';
import { localeDecimal } from '../utils/decimal-text';

export const intlLocaleOf = (language: string) => (language === 'en' ? 'en-GB' : 'zh-CN');

export function TraceNum({ n, testId, strong }: { n: TraceNumber | null | undefined; testId?: string; strong?: boolean }) {
  const { t, i18n } = useTranslation();
  if (!n) return <span className="mh-num mh-num--none">—</span>;
  const text = localeDecimal(n.display, intlLocaleOf(i18n.language));
  const exactDiffers = n.exact !== n.display;
  return (
    <Tooltip title={t('majorHazards.trace.exactTip', { exact: n.exact })}>
      <span className={`mh-num${exactDiffers ? ' mh-num--exact' : ''}${strong ? ' mh-num--strong' : ''}`} data-exact={n.exact} data-display={n.display} data-testid={testId} tabIndex={0}>
        {text}
      </span>
    </Tooltip>
  );
}
