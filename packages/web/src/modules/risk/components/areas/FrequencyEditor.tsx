// Supervision frequency per area level: months between inspections, shown in words ("每月一次") beside the number.
import { useTranslation } from 'react-i18next';
import { riskLevels, type SupervisionFrequency } from '../../api/risk-areas.types';
import { useFrequencyText } from './AreaRiskTable';
import { LevelTag } from '../LevelTag';
import { GroupErrors, NumberField } from './settings-form';

export function FrequencyEditor({ value, defaults }: { value: SupervisionFrequency; defaults: SupervisionFrequency }) {
  const { t } = useTranslation();
  const frequency = useFrequencyText();
  return (
    <div data-testid="supervision-frequency">
      <GroupErrors path="supervisionFrequency" />
      <div className="ra-rule-grid">
        {riskLevels.map((l) => (
          <NumberField key={l} path={`supervisionFrequency.${l}`} min={1} step={1} label={<LevelTag level={l} />}
            value={value[l]} defaultValue={defaults[l]}
            addon={<span className="ra-default" data-testid="frequency-text">{t('risk.areas.settings.months')} · {frequency(value[l] ?? 0)}</span>} />
        ))}
      </div>
    </div>
  );
}
