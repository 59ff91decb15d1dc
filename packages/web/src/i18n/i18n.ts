// i18next with the two languages of the platform. The choice is kept in localStorage, sent to the API as
// Accept-Language and as the hazgov_locale cookie (so downloaded files come back in the same language).
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import 'dayjs/locale/en';
import en from './en.json';
import zhCN from './zh-CN.json';
import enterprisesEn from '../modules/enterprises/i18n/en.json';
import enterprisesZh from '../modules/enterprises/i18n/zh-CN.json';
import majorHazardsEn from '../modules/major-hazards/i18n/en.json';
import majorHazardsZh from '../modules/major-hazards/i18n/zh-CN.json';
import chemicalsEn from '../modules/chemicals/i18n/en.json';
import chemicalsZh from '../modules/chemicals/i18n/zh-CN.json';
import riskEn from '../modules/risk/i18n/en.json';
import riskZh from '../modules/risk/i18n/zh-CN.json';
import riskAreasEn from '../modules/risk/i18n/areas.en.json';
import riskAreasZh from '../modules/risk/i18n/areas.zh-CN.json';
import mapEn from '../modules/map/i18n/en.json';
import mapZh from '../modules/map/i18n/zh-CN.json';
import inspectionsEn from '../modules/inspections/i18n/en.json';
import inspectionsZh from '../modules/inspections/i18n/zh-CN.json';
import hiddenDangersEn from '../modules/hidden-dangers/i18n/en.json';
import hiddenDangersZh from '../modules/hidden-dangers/i18n/zh-CN.json';
import enforcementEn from '../modules/enforcement/i18n/en.json';
import enforcementZh from '../modules/enforcement/i18n/zh-CN.json';
import blacklistEn from '../modules/blacklist/i18n/en.json';
import blacklistZh from '../modules/blacklist/i18n/zh-CN.json';
import publicEn from '../modules/public/i18n/en.json';
import publicZh from '../modules/public/i18n/zh-CN.json';
import { setApiLocale } from '../modules/shared/api/client';

// A feature module keeps its strings in modules/<context>/i18n and they live under the context's key
// (enterprises.*, majorHazards.*, chemicals.*), so modules never edit each other's files.
export const translationsZh = { ...zhCN, enterprises: enterprisesZh, majorHazards: majorHazardsZh, chemicals: chemicalsZh,
  risk: { ...riskZh, areas: riskAreasZh }, map: mapZh, inspections: inspectionsZh, hiddenDangers: hiddenDangersZh, enforcement: enforcementZh,
  blacklist: blacklistZh, public: publicZh };
export const translationsEn = { ...en, enterprises: enterprisesEn, majorHazards: majorHazardsEn, chemicals: chemicalsEn,
  risk: { ...riskEn, areas: riskAreasEn }, map: mapEn, inspections: inspectionsEn, hiddenDangers: hiddenDangersEn, enforcement: enforcementEn,
  blacklist: blacklistEn, public: publicEn };

export const appLocales = ['zh-CN', 'en'] as const;
export type AppLocale = (typeof appLocales)[number];
const STORAGE_KEY = 'hazgov.locale';

export function storedLocale(): AppLocale | null {
  try {
    const v = localStorage.getItem(STORAGE_KEY);
    return v === 'en' || v === 'zh-CN' ? v : null;
  } catch {
    return null;
  }
}

function applyLocale(locale: AppLocale): void {
  setApiLocale(locale);
  dayjs.locale(locale === 'en' ? 'en' : 'zh-cn');
  document.documentElement.lang = locale;
  document.cookie = `hazgov_locale=${locale}; path=/; SameSite=Strict; max-age=31536000`;
}

const initial: AppLocale = storedLocale() ?? 'zh-CN';
applyLocale(initial);

void i18next.use(initReactI18next).init({
  resources: { 'zh-CN': { translation: translationsZh }, en: { translation: translationsEn } },
  lng: initial,
  fallbackLng: 'zh-CN',
  interpolation: { escapeValue: false },
  returnNull: false,
});

export async function changeLocale(locale: AppLocale): Promise<void> {
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // private mode: the choice lasts for this page only
  }
  applyLocale(locale);
  await i18next.changeLanguage(locale);
}

export function currentLocale(): AppLocale {
  return i18next.language === 'en' ? 'en' : 'zh-CN';
}

export { i18next };
