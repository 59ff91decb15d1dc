// The major-hazard criteria a finding meets (or the settings list), each with its source and a "未核实" tag while the
// text has not been checked against the published document.
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MajorCriterion } from '../api/hidden-dangers.types';

export function UnverifiedTag({ verified }: { verified: boolean }) {
  const { t } = useTranslation();
  return verified ? null : <Tag color="warning" data-testid="unverified-tag">{t('hiddenDangers.criteria.unverified')}</Tag>;
}

export function CriteriaList({ items }: { items: MajorCriterion[] }) {
  if (items.length === 0) return <>—</>;
  return (
    <ul className="hd-criteria" data-testid="hd-criteria" style={{ paddingInlineStart: 18, margin: 0 }}>
      {items.map((c) => (
        <li key={c.key}>
          <b>{c.key}</b> {c.text} <UnverifiedTag verified={c.verified} />
          <div className="hd-criterion-basis">{c.basis}</div>
        </li>
      ))}
    </ul>
  );
}
