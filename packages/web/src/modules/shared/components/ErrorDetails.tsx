import { useTranslation } from 'react-i18next';
import type { ApiErrorDetail } from '../api/client';

export function ErrorDetails({ details }: { details: readonly ApiErrorDetail[] }) {
  const { t } = useTranslation();
  return (
    <ul className="error-details" data-testid="error-details">
      {details.slice(0, 20).map((d, i) => (
        <li key={`${d.row ?? ''}-${d.field ?? ''}-${i}`}>
          {d.row !== undefined && <span className="error-details__where">{t('common.rowN', { row: d.row })}</span>}
          {d.field && <span className="error-details__where">{t('common.fieldX', { field: d.field })}</span>}
          {d.message}
        </li>
      ))}
      {details.length > 20 && <li>{t('common.andMore', { count: details.length - 20 })}</li>}
    </ul>
  );
}
