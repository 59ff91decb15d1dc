// The three views under 重大危险源 (register, calculator, monitoring requirements) as tabs: the menu has one entry.
import { SubNav } from '../../shared/components/SubNav';

const views = [
  { key: 'register', path: '/major-hazards' },
  { key: 'identify', path: '/major-hazards/identify' },
  { key: 'monitoring', path: '/major-hazards/monitoring' },
] as const;

export function MajorHazardsNav({ active }: { active: (typeof views)[number]['key'] }) {
  return <SubNav views={views} active={active} testId="mh" labelPrefix="majorHazards.nav" className="mh-subnav" />;
}
