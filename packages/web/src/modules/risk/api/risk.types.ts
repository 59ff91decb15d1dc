// The shapes of docs/api-contract.md § "Risk points, area risk, the map (issue 4)" that the risk-point pages read.
// The vocabulary (levels, kinds, measures …) is the domain's own, so the web and the server never disagree.
import type { Assessment, AssessmentResult } from '@hazgov/domain/risk/assessment';
import type {
  AssessmentInputs, AssessmentMethod, ControlLevel, ControlMeasures, RiskBands, RiskLevel, RiskPointKind, RiskStatus,
} from '@hazgov/domain/risk/types';

export type { Assessment, AssessmentInputs, AssessmentMethod, AssessmentResult, ControlLevel, ControlMeasures, RiskBands, RiskLevel, RiskPointKind, RiskStatus };
export {
  assessmentMethods, controlLevels, levelColour, levelRank, measureKinds, publicPlaceKinds, riskLevels, riskPointKinds, riskStatuses,
} from '@hazgov/domain/risk/types';

export type Ref = { id: string; name: string };
export type CoordinatesInput = { lng: number; lat: number; crs: 'wgs84' | 'gcj02' };

export type RiskPointInput = {
  kind: RiskPointKind;
  enterpriseId?: string | null; siteId?: string | null; unitId?: string | null; territoryId?: string | null; gridId?: string | null;
  name: string; location?: string | null; coordinates?: CoordinatesInput | null;
  posts: string[]; hazardFactors: string[]; accidentTypes: string[];
  assessment: Assessment;
  controlLevel: ControlLevel; responsibleDepartment: string; responsiblePerson: string; responsiblePhone?: string | null;
  measures: ControlMeasures; emergencyText?: string | null; status: RiskStatus;
  reviewIntervalDays: number; lastReviewedOn?: string | null;
};

export type RiskOverride = { level: RiskLevel; reason: string; by: string; at: string };

export type RiskPoint = {
  id: string; kind: RiskPointKind; enterprise: Ref | null; siteId: string | null; unitId: string | null; territory: Ref; grid: Ref | null;
  name: string; location: string | null;
  coordinates: { lng: number; lat: number; crs: 'wgs84'; input: 'wgs84' | 'gcj02' | null } | null;
  posts: string[]; hazardFactors: string[]; accidentTypes: string[];
  assessment: AssessmentResult; computedLevel: RiskLevel; override: RiskOverride | null; level: RiskLevel;
  controlLevel: ControlLevel; responsibleDepartment: string; responsiblePerson: string; responsiblePhone: string | null;
  measures: ControlMeasures; emergencyText: string | null; status: RiskStatus;
  reviewIntervalDays: number; lastReviewedOn: string | null; nextReviewOn: string; reviewLate: boolean;
  version: number; isDemo: boolean; createdAt: string; updatedAt: string; canEdit: boolean; canOverride: boolean;
};
/** A list row: the point without its measures and emergency text. */
export type RiskPointRow = Omit<RiskPoint, 'measures' | 'emergencyText'> & Partial<Pick<RiskPoint, 'measures' | 'emergencyText'>>;
export type RiskPointPage = { items: RiskPointRow[]; total: number; page: number; pageSize: number };

export type RiskFilters = {
  q?: string; enterpriseId?: string; territoryId?: string; level?: RiskLevel[]; status?: RiskStatus; kind?: RiskPointKind;
  method?: AssessmentMethod; reviewLate?: boolean; publicOnly?: boolean; page?: number; pageSize?: number;
};

export type RiskComment = { id: string; authorName: string; authorOrganisation: string; body: string; createdAt: string };
export type RiskConfirmation = { id: string; post: string; personName: string; confirmedOn: string; note: string | null; createdAt: string };
export type RiskHistoryItem = { at: string; actorName: string; action: string; entity: string; entityId: string; before: unknown; after: unknown };

export type RiskSettings = { bands: RiskBands; updatedAt?: string | null; updatedBy?: string | null };
