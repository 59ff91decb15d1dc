// The 4×4 risk matrix: rows L1–L4 (likelihood), columns S1–S4 (severity); each cell a colour, picked from a Select,
// drawn in that colour, with its default named when it differs.
import { Select, Tooltip } from 'antd';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { levelColour, riskLevels, type RiskLevel } from '../../api/risk-areas.types';
import { textOn } from '../LevelTag';
import { GroupErrors, useSettingsForm } from './settings-form';

const idx = [0, 1, 2, 3] as const;

export function MatrixEditor({ matrix, defaults }: { matrix: RiskLevel[][]; defaults: RiskLevel[][] }) {
  const { t } = useTranslation();
  const { readOnly, set, errors } = useSettingsForm();
  return (
    <div style={{ overflowX: 'auto' }}>
      <GroupErrors path="bands.matrix" />
      <table className="ra-matrix" data-testid="matrix">
        <thead>
          <tr>
            <th>{t('risk.areas.settings.matrixCorner')}</th>
            {idx.map((c) => <th key={c}>S{c + 1}</th>)}
          </tr>
        </thead>
        <tbody>
          {idx.map((r) => (
            <tr key={r}>
              <th>L{r + 1}</th>
              {idx.map((c) => {
                const v = matrix[r]?.[c] ?? 'blue';
                const def = defaults[r]?.[c];
                const path = `bands.matrix.${r}.${c}`;
                const err = errors.get(path);
                const cell = (
                  <td key={c} style={{ '--ra-level': levelColour[v] } as CSSProperties} data-testid="matrix-cell" data-l={r + 1} data-s={c + 1} data-level={v}>
                    {readOnly ? <span style={{ color: textOn(v), fontWeight: 500 }} data-testid={`matrix-${r + 1}-${c + 1}`}>{t(`risk.level.${v}`)}</span> : (
                      <Select<RiskLevel> value={v} status={err ? 'error' : undefined} size="small" popupMatchSelectWidth={false}
                        onChange={(x) => set(path, x)} data-testid={`matrix-${r + 1}-${c + 1}`}
                        options={riskLevels.map((l) => ({ value: l, label: t(`risk.level.${l}`) }))} />
                    )}
                    {def && def !== v && <div className="ra-default ra-default--changed" style={{ marginLeft: 0 }}>{t('risk.areas.settings.default', { value: t(`risk.level.${def}`) })}</div>}
                  </td>
                );
                return err ? <Tooltip key={c} title={err.join('；')}>{cell}</Tooltip> : cell;
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
