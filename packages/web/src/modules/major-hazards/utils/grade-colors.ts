// The four grades in the colours regulators use for risk (一级 red … 四级 blue), as in DESIGN §3.
import type { Grade } from '../api/major-hazards.types';

export const gradeHex: Record<Grade, string> = { 1: '#cf1322', 2: '#fa8c16', 3: '#fadb14', 4: '#1677ff' };
/** Text on the grade colour: dark on yellow, white elsewhere. */
export const gradeTextHex: Record<Grade, string> = { 1: '#fff', 2: '#fff', 3: '#5c4a00', 4: '#fff' };
