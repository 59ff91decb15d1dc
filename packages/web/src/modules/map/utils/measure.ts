// The distance tool's arithmetic: each segment's great-circle length and the running total, in metres, with
// distanceMetres (domain/map/geometry.ts: haversine on the mean Earth radius, as turf computes it).
import { distanceMetres } from '@hazgov/domain/map/geometry';

export type LngLat = [number, number];
export type Measured = { segments: number[]; total: number };

export function measurePath(points: readonly LngLat[]): Measured {
  const segments: number[] = [];
  for (let i = 1; i < points.length; i += 1) segments.push(distanceMetres(points[i - 1]!, points[i]!));
  return { segments, total: segments.reduce((a, b) => a + b, 0) };
}

/** Metres under 1 km ("850 m"), kilometres with two decimals above ("1.25 km"). */
export function formatDistance(metres: number, formatNumber: (n: number, digits?: number) => string): string {
  return metres < 1000 ? `${formatNumber(Math.round(metres))} m` : `${formatNumber(metres / 1000, 2)} km`;
}
