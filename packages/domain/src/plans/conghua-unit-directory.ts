// The Conghua directory of unit names: the organisation list and the alias table from data/plans, as the
// normaliser's lookup tables. Administrator-confirmed aliases are added on top with extendUnitDirectory.
import organisations from '../../../../data/plans/conghua-organisations.json';
import aliases from '../../../../data/plans/unit-aliases.json';
import { buildUnitDirectory, type UnitDirectory } from './unit-normaliser.js';

export const conghuaOrganisations = organisations.organisations;

export const conghuaUnitDirectory: UnitDirectory = buildUnitDirectory({ organisations: organisations.organisations, aliases });
