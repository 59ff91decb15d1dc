// Common choices offered (free text allowed too): accident types after GB 6441 as used in risk registers, and
// a few posts and hazard factors as starting points. Each has its Chinese value (what is stored) and an English label.
export type Choice = { zh: string; en: string };

export const accidentTypeChoices: Choice[] = [
  { zh: '火灾', en: 'Fire' }, { zh: '爆炸', en: 'Explosion' }, { zh: '中毒和窒息', en: 'Poisoning and asphyxiation' },
  { zh: '灼烫', en: 'Burns (heat or chemical)' }, { zh: '触电', en: 'Electric shock' }, { zh: '机械伤害', en: 'Machinery injury' },
  { zh: '高处坠落', en: 'Fall from height' }, { zh: '物体打击', en: 'Struck by object' }, { zh: '车辆伤害', en: 'Vehicle injury' },
  { zh: '其他', en: 'Other' },
];

export const labelOf = (c: Choice, lang: string) => (lang === 'en' ? c.en : c.zh);
