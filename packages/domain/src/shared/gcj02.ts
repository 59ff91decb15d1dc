// GCJ-02 (国测局坐标, what 高德 / 腾讯 maps and most Chinese phones show) ↔ WGS-84 (what GPS and the platform store).
// The platform stores WGS-84 only; a GCJ-02 point typed by a user is converted here, explicitly, on input. The
// transform is the well-known published one (gcoord, pinned): WGS-84 → GCJ-02 is the closed formula; GCJ-02 → WGS-84
// inverts it by iteration to 1e-6° (≈ 0.1 m), better than the one-step approximation many snippets use. Outside
// China's bounding box GCJ-02 equals WGS-84, so points there pass through unchanged.
import gcoord from 'gcoord';

export type LngLat = { lng: number; lat: number };

/** The rough box the GCJ-02 offset applies to (the same box gcoord and coordtransform use). */
export function isInChina({ lng, lat }: LngLat): boolean {
  return lng >= 72.004 && lng <= 137.8347 && lat >= 0.8293 && lat <= 55.8271;
}

export function gcj02ToWgs84(point: LngLat): LngLat {
  const [lng, lat] = gcoord.transform([point.lng, point.lat], gcoord.GCJ02, gcoord.WGS84) as [number, number];
  return { lng, lat };
}

export function wgs84ToGcj02(point: LngLat): LngLat {
  const [lng, lat] = gcoord.transform([point.lng, point.lat], gcoord.WGS84, gcoord.GCJ02) as [number, number];
  return { lng, lat };
}
