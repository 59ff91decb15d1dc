// The vocabulary of risk grading and control (风险分级管控), shared by every layer. Four colours after
// 安委办〔2016〕11号 as restated by many guides (data/standards/risk-grading-methods.json): 重大 red, 较大 orange,
// 一般 yellow, 低 blue. No national standard fixes the score bands, so they are settings (RiskBands).
export const riskLevels = ['red', 'orange', 'yellow', 'blue'] as const;
export type RiskLevel = (typeof riskLevels)[number];
/** 1 = worst. Sorting and "worst of" use this. */
export const levelRank: Record<RiskLevel, number> = { red: 1, orange: 2, yellow: 3, blue: 4 };
export const levelColour: Record<RiskLevel, string> = { red: '#FF0000', orange: '#ED7D31', yellow: '#FFFF00', blue: '#00B0F0' };

export const assessmentMethods = ['lec', 'ls', 'matrix'] as const;
export type AssessmentMethod = (typeof assessmentMethods)[number];
/** What the user chose on each scale. LEC: D = L×E×C; LS: R = L×S (1–5 each); matrix: a 4×4 table cell (L, S 1–4). */
export type AssessmentInputs = { l: number; e?: number; c?: number; s?: number };

export const riskPointKinds = ['enterprise', 'site', 'unit', 'pipeline_segment', 'filling_station', 'station', 'warehouse_area'] as const;
export type RiskPointKind = (typeof riskPointKinds)[number];
/** Kinds that are public places: they belong to a territory, not an enterprise. */
export const publicPlaceKinds: readonly RiskPointKind[] = ['pipeline_segment', 'filling_station', 'station', 'warehouse_area'];

export const controlLevels = ['company', 'department', 'team', 'post'] as const; // 公司 / 部门（车间）/ 班组 / 岗位
export type ControlLevel = (typeof controlLevels)[number];

export const measureKinds = ['engineering', 'management', 'training', 'ppe', 'emergency'] as const; // 工程技术 / 管理 / 培训教育 / 个体防护 / 应急处置
export type MeasureKind = (typeof measureKinds)[number];
export type ControlMeasures = Record<MeasureKind, string[]>;

export const riskStatuses = ['controlled', 'attention', 'out_of_control'] as const; // 受控 / 需关注 / 失控
export type RiskStatus = (typeof riskStatuses)[number];

/** A band: scores >= min (and < the next band's min) get this level. Bands are listed red first. */
export type ScoreBand = { level: RiskLevel; min: number };
export type RiskBands = {
  lec: ScoreBand[]; // default D≥320 red, 160≤D<320 orange, 70≤D<160 yellow, D<70 blue (L3 in the data file)
  ls: ScoreBand[]; // default R≥20 red, 15–16 orange, 9–12 yellow, <9 blue (S1)
  matrix: RiskLevel[][]; // 4×4, rows L1..L4, columns S1..S4 (A1)
  basis: string; // where the bands in force come from, shown to the user
};

/** Area risk (区域风险): the rule is a setting; see domain/risk/area-rule.ts for the default and its reasoning. */
export type AreaRule = {
  weights: {
    majorHazard: Record<'1' | '2' | '3' | '4', number>;
    riskPoint: Record<RiskLevel, number>;
    sensitiveTarget: number; // each sensitive target inside the area
    populationPer10k: number; // per 10,000 residents
  };
  thresholds: { red: number; orange: number; yellow: number }; // score ≥ threshold → level
  floors: { grade1MajorHazard: RiskLevel; redRiskPoint: RiskLevel; outOfControlPoint: RiskLevel }; // at least this level
  basis: string;
};
export type SupervisionFrequency = Record<RiskLevel, number>; // months between inspections: red 1, orange 3, yellow 6, blue 12
export type AreaFactors = {
  majorHazards: Record<'1' | '2' | '3' | '4', number>;
  riskPoints: Record<RiskLevel, number>;
  outOfControl: number;
  sensitiveTargets: number;
  population: number | null;
};
