// What every editor of the grading-rules page shares: the draft's field errors (the server's, placed on the field
// or its group), the read-only switch, and a number field showing its documented default beside it.
import { Form, InputNumber } from 'antd';
import { createContext, useContext, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../shared/utils/format';

export type SettingsFormState = {
  errors: ReadonlyMap<string, string[]>;
  readOnly: boolean;
  /** Sets one value of the draft by its dotted path ("areaRule.thresholds.red"). */
  set: (path: string, value: unknown) => void;
};
export const SettingsFormContext = createContext<SettingsFormState>({ errors: new Map(), readOnly: true, set: () => undefined });
export const useSettingsForm = () => useContext(SettingsFormContext);

/** Form.Item props showing the server's error for a path (or nothing). */
export function useErrorProps(): (path: string) => { validateStatus?: 'error'; help?: ReactNode } {
  const { errors } = useSettingsForm();
  return (path) => {
    const list = errors.get(path);
    if (!list?.length) return {};
    return { validateStatus: 'error', help: <span data-testid="field-error" data-field={path}>{list.join('；')}</span> };
  };
}

/** The errors placed on a group (a card or a section), shown above its fields. */
export function GroupErrors({ path }: { path: string }) {
  const { errors } = useSettingsForm();
  const list = errors.get(path);
  if (!list?.length) return null;
  return (
    <div className="ant-form-item-explain-error" style={{ marginBottom: 8 }} data-testid="field-error" data-field={path}>
      {list.join('；')}
    </div>
  );
}

export function DefaultNote({ value, current, render }: { value: ReactNode; current?: unknown; render?: (v: unknown) => ReactNode }) {
  const { t } = useTranslation();
  const changed = current !== undefined && current !== value;
  return (
    <span className={`ra-default${changed ? ' ra-default--changed' : ''}`} data-testid="default-note">
      {t('risk.areas.settings.default', { value: render ? render(value) : typeof value === 'number' ? formatNumber(value, 2) : value })}
    </span>
  );
}

export function NumberField({ path, label, value, defaultValue, min = 0, step = 1, testId, addon }: {
  path: string; label: ReactNode; value: number | null; defaultValue: number; min?: number; step?: number; testId?: string; addon?: ReactNode;
}) {
  const { readOnly, set } = useSettingsForm();
  const errorProps = useErrorProps();
  return (
    <Form.Item label={label} {...errorProps(path)}>
      {readOnly ? <ReadOnlyValue value={value} testId={testId ?? `field-${path}`} /> : (
        <InputNumber value={value} min={min} step={step} style={{ width: 120 }} data-testid={testId ?? `field-${path}`}
          onChange={(v) => set(path, v)} />
      )}
      {addon}
      <DefaultNote value={defaultValue} current={value} />
    </Form.Item>
  );
}

/** A value as text for those who may read the rules but not change them (a disabled input is hard to read). */
export function ReadOnlyValue({ value, testId, prefix }: { value: number | null; testId?: string; prefix?: string }) {
  return <span className="ra-readonly" data-testid={testId}>{prefix ? `${prefix} ` : ''}{formatNumber(value, 2)}</span>;
}
