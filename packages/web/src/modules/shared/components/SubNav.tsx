// The views under one menu entry as tabs (a Segmented that navigates): the module lists its views and which of them the
// user may see; this draws them the same way everywhere — `<testId>-subnav`, one `<testId>-tab-<key>` per view, the
// label `t('<labelPrefix>.<key>')` — and draws nothing when there is only one view to show.
import { Segmented } from 'antd';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

export interface SubNavView<K extends string> { key: K; path: string }

export function SubNav<K extends string>({ views, active, testId, labelPrefix, className, style }: {
  views: readonly SubNavView<K>[]; active: K; testId: string; labelPrefix: string; className?: string; style?: CSSProperties;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  if (views.length < 2) return null;
  return (
    <Segmented<K>
      className={className}
      data-testid={`${testId}-subnav`}
      style={style}
      value={active}
      onChange={(key) => { const v = views.find((x) => x.key === key); if (v) void navigate(v.path); }}
      options={views.map((v) => ({ value: v.key, label: <span data-testid={`${testId}-tab-${v.key}`}>{t(`${labelPrefix}.${v.key}`)}</span> }))}
    />
  );
}
