/// <reference types="vite-plugin-pwa/client" />
// Registers the service worker built by vite-plugin-pwa (vite.config.ts): the app shell works without a network,
// so an inspector can reload the inspection form in a basement. Not in development (vite serves no worker there).
import { registerSW } from 'virtual:pwa-register';

export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  registerSW({ immediate: true });
}
