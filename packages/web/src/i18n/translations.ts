// The two languages' strings: the base files plus every feature module's, merged under the module's key. Kept apart
// from i18n.ts (which starts i18next) so tests can read the same merge.
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

// A feature module keeps its strings in modules/<context>/i18n and they live under the context's key
// (enterprises.*, majorHazards.*, chemicals.*), so modules never edit each other's files.
export const translationsZh = { ...zhCN, enterprises: enterprisesZh, majorHazards: majorHazardsZh, chemicals: chemicalsZh,
  risk: { ...riskZh, areas: riskAreasZh }, map: mapZh, inspections: inspectionsZh, hiddenDangers: hiddenDangersZh, enforcement: enforcementZh,
  blacklist: blacklistZh, public: publicZh };
export const translationsEn = { ...en, enterprises: enterprisesEn, majorHazards: majorHazardsEn, chemicals: chemicalsEn,
  risk: { ...riskEn, areas: riskAreasEn }, map: mapEn, inspections: inspectionsEn, hiddenDangers: hiddenDangersEn, enforcement: enforcementEn,
  blacklist: blacklistEn, public: publicEn };
