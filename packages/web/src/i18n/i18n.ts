// i18next with the two languages of the platform. The choice is kept in localStorage, sent to the API as
// Accept-Language and as the hazgov_locale cookie (so downloaded files come back in the same language).
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import 'dayjs/locale/en';
import { setApiLocale } from '../modules/shared/api/client';
import { translationsEn, translationsZh } from './translations';

export { translationsEn, translationsZh };

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
