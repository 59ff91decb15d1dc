// A feature's popup: its key facts and links to its record, built as DOM (Leaflet popups are not React). Text is
// set with textContent, never parsed as HTML: names come from imported files.
import type { TFunction } from 'i18next';
import type { MapFeatureProps } from '../api/map.types';
import { mapUrls } from '../api/map.api';
import { featureColour } from '../utils/colours';

export type PopupActions = {
  t: TFunction;
  formatNumber: (n: number | null | undefined, digits?: number) => string;
  navigate: (path: string) => void;
  /** "周边500米": the ring around a major hazard (unitId) or an enterprise. */
  ring: (target: { unitId?: string; enterpriseId?: string; name: string }) => void;
  /** Whether an enterprise is on the published blacklist (the 黑名单 badge beside its name). */
  listed?: (enterpriseId: string) => boolean;
};

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

function link(label: string, path: string, testId: string, go: (path: string) => void): HTMLAnchorElement {
  const a = el('a', 'map-popup__link', label);
  a.href = path;
  a.dataset.testid = testId;
  a.addEventListener('click', (e) => {
    e.preventDefault();
    go(path);
  });
  return a;
}

function button(label: string, testId: string, onClick: () => void): HTMLButtonElement {
  const b = el('button', 'map-popup__button', label);
  b.type = 'button';
  b.dataset.testid = testId;
  b.addEventListener('click', onClick);
  return b;
}

export function popupContent(p: MapFeatureProps, a: PopupActions): HTMLElement {
  const { t } = a;
  const root = el('div', 'map-popup');
  root.dataset.testid = 'map-popup';
  root.dataset.layer = p.layer;
  root.dataset.id = p.id;
  const title = el('div', 'map-popup__title');
  const dot = el('span', 'map-popup__dot');
  dot.style.background = featureColour(p);
  title.append(dot, document.createTextNode(p.name ?? p.id));
  const listedId = p.layer === 'enterprises' ? p.id : p.enterpriseId;
  if (listedId && a.listed?.(listedId)) {
    const badge = el('span', 'map-popup__blacklist', t('blacklist.badge.label'));
    badge.dataset.testid = 'blacklist-badge';
    badge.title = t('blacklist.badge.tooltip');
    badge.style.cssText = 'margin-left:6px;padding:0 6px;border:1px solid #ffa39e;border-radius:4px;background:#fff1f0;color:#cf1322;font-size:12px;font-weight:normal';
    title.append(badge);
  }
  root.append(el('div', 'map-popup__layer', t(`map.layer.${p.layer}`)), title);
  const facts = el('dl', 'map-popup__facts');
  const fact = (label: string, value: string | null | undefined) => {
    if (value === null || value === undefined || value === '') return;
    facts.append(el('dt', undefined, label), el('dd', undefined, value));
  };
  const actions = el('div', 'map-popup__actions');

  switch (p.layer) {
    case 'risk_points':
      fact(t('map.popup.level'), p.level ? t(`map.level.${p.level}`) : null);
      fact(t('map.popup.status'), p.status ? t(`map.riskStatus.${p.status}`) : null);
      fact(t('map.popup.enterprise'), p.enterpriseName ?? t('map.popup.publicPlace'));
      if (p.reviewLate) fact(t('map.popup.review'), t('map.popup.reviewLate'));
      actions.append(link(t('map.popup.detail'), mapUrls.riskPoint(p.id), 'popup-detail', a.navigate));
      break;
    case 'major_hazards':
      fact(t('map.popup.enterprise'), p.enterpriseName);
      fact(t('map.popup.grade'), p.grade ? t(`map.grade.${p.grade}`) : t('map.popup.ungraded'));
      fact('R', p.r === null || p.r === undefined ? null : String(p.r));
      actions.append(
        link(t('map.popup.detail'), mapUrls.majorHazard(p.id), 'popup-detail', a.navigate),
        button(t('map.popup.ring'), 'popup-ring', () => a.ring({ unitId: p.id, name: p.name ?? p.id })),
      );
      if (p.enterpriseId) actions.append(link(t('map.popup.enterprise'), mapUrls.enterprise(p.enterpriseId), 'popup-enterprise', a.navigate));
      break;
    case 'enterprises':
      fact(t('map.popup.activities'), (p.activities ?? []).map((x) => t(`enterprises.activity.${x}`)).join(t('map.popup.listSeparator')));
      fact(t('map.popup.territory'), p.territoryName);
      fact(t('map.popup.worstGrade'), p.worstGrade ? t(`map.grade.${p.worstGrade}`) : null);
      fact(t('map.popup.worstLevel'), p.worstLevel ? t(`map.level.${p.worstLevel}`) : null);
      actions.append(
        link(t('map.popup.detail'), mapUrls.enterprise(p.id), 'popup-detail', a.navigate),
        button(t('map.popup.ring'), 'popup-ring', () => a.ring({ enterpriseId: p.id, name: p.name ?? p.id })),
      );
      break;
    case 'areas':
      fact(t('map.popup.level'), p.level ? t(`map.level.${p.level}`) : t('map.popup.noLevel'));
      fact(t('map.popup.score'), p.score === null || p.score === undefined ? null : a.formatNumber(p.score, 1));
      fact(t('map.popup.supervision'), p.supervisionMonths ? t('map.popup.everyMonths', { count: p.supervisionMonths }) : null);
      break;
    default:
      fact(t('map.popup.category'), p.category ? t(`map.category.${p.category}`, { defaultValue: p.category }) : null);
      fact(t('map.popup.population'), p.population === null || p.population === undefined ? null : a.formatNumber(p.population));
  }
  if (facts.childElementCount) root.append(facts);
  if (actions.childElementCount) root.append(actions);
  return root;
}
