// The three views under 化学品目录 (catalog, 禁限控目录, editions) as tabs: the menu has one entry.
import { SubNav } from '../../shared/components/SubNav';

const views = [
  { key: 'catalog', path: '/chemicals' },
  { key: 'restrictions', path: '/chemicals/restrictions' },
  { key: 'editions', path: '/chemicals/editions' },
] as const;

export function ChemicalsNav({ active }: { active: (typeof views)[number]['key'] }) {
  return <SubNav views={views} active={active} testId="chem" labelPrefix="chemicals.nav" style={{ marginBottom: 12 }} />;
}
