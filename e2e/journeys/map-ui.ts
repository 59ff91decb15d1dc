// Helpers for the map journey: the page's status element (data-state, data-drawn, data-seq = answers drawn so
// far), and the Leaflet map the page exposes as window.__hazgovMap, to turn a feature's [lng, lat] into the pixel
// a person would click.
import type { Page } from 'playwright-core';

export type MapStatus = { state: string; drawn: number; seq: number };

export async function mapStatus(page: Page): Promise<MapStatus> {
  const s = page.getByTestId('map-status');
  return {
    state: (await s.getAttribute('data-state')) ?? '',
    drawn: Number(await s.getAttribute('data-drawn')),
    seq: Number(await s.getAttribute('data-seq')),
  };
}

/** Waits until an answer newer than `after` is drawn and no request is pending. */
export async function waitForMapReady(page: Page, after = 0, timeout = 30_000): Promise<MapStatus> {
  await page.waitForFunction((after) => {
    const s = document.querySelector('[data-testid="map-status"]');
    return s?.getAttribute('data-state') === 'ready' && Number(s.getAttribute('data-seq')) > after;
  }, after, { timeout });
  return mapStatus(page);
}

/** Moves the map (no animation) and waits for the features of the new view. */
export async function centreOn(page: Page, lng: number, lat: number, zoom: number): Promise<MapStatus> {
  const before = (await mapStatus(page)).seq;
  await page.evaluate(({ lng, lat, zoom }) => { window.__hazgovMap!.setView([lat, lng], zoom, { animate: false }); }, { lng, lat, zoom });
  return waitForMapReady(page, before);
}

/** The page pixel of [lng, lat] on the map. */
export async function pagePixelOf(page: Page, lng: number, lat: number): Promise<{ x: number; y: number }> {
  const p = await page.evaluate(({ lng, lat }) => {
    const pt = window.__hazgovMap!.latLngToContainerPoint([lat, lng]);
    return { x: pt.x, y: pt.y };
  }, { lng, lat });
  const box = await page.getByTestId('map').boundingBox();
  if (!box) throw new Error('the map has no box');
  return { x: box.x + p.x, y: box.y + p.y };
}

/** [lng, lat] under a container pixel (what the map's own projection says). */
export async function lngLatAt(page: Page, x: number, y: number): Promise<[number, number]> {
  return page.evaluate(({ x, y }) => {
    const ll = window.__hazgovMap!.containerPointToLatLng([x, y]);
    return [ll.lng, ll.lat] as [number, number];
  }, { x, y });
}

declare global {
  interface Window { __hazgovMap?: import('leaflet').Map }
}
