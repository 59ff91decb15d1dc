// The closed vocabularies of the enterprise record (docs/api-contract.md § Enterprises): what an enterprise does,
// its operating state, its licences, units and self-declaration states. `as const` arrays feed zod enums and types.
export const enterpriseActivities = ['production', 'storage', 'use', 'trade', 'transport', 'disposal'] as const;
export type EnterpriseActivity = (typeof enterpriseActivities)[number];

export const enterpriseStatuses = ['operating', 'suspended', 'closed', 'relocating'] as const;
export type EnterpriseStatus = (typeof enterpriseStatuses)[number];

/** 安全生产许可证, 危险化学品经营许可证, 危险化学品安全使用许可证, 危险化学品登记证, other. */
export const licenceKinds = ['safety_production', 'hazchem_trade', 'safe_use', 'registration', 'other'] as const;
export type LicenceKind = (typeof licenceKinds)[number];

export const unitKinds = ['production', 'storage'] as const;
export type UnitKind = (typeof unitKinds)[number];
export const unitFacilities = ['tank_farm', 'warehouse', 'process', 'other'] as const;
export type UnitFacility = (typeof unitFacilities)[number];

export const physicalStates = ['solid', 'liquid', 'gas', 'liquefied_gas'] as const;
export type PhysicalState = (typeof physicalStates)[number];

/** A declaration's own states; the enterprise row mirrors its current one, or 'none' before the first. */
export const declarationStatuses = ['draft', 'submitted', 'approved', 'returned'] as const;
export type DeclarationStatus = (typeof declarationStatuses)[number];
export type EnterpriseDeclarationStatus = DeclarationStatus | 'none';

/** The duty every declaration must name (GB/T 33000 and the 安全生产法 put the 主要负责人 first). */
export const PRINCIPAL_DUTY = '主要负责人';

export const isOneOf = <T extends string>(values: readonly T[], value: string): value is T => (values as readonly string[]).includes(value);
