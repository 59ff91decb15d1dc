// The web app: built into packages/web/dist (served by the API process), proxied to the API in development.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

export default defineConfig({
  plugins: [
    react(),
    // The service worker (issue 5, the offline inspection form): precaches the built app shell — every chunk, so a
    // page reloaded without a network still renders — and answers navigations with index.html. It never touches
    // /api (the data is the page's business: IndexedDB, modules/inspections/offline) nor /public/ (the portal feeds
    // must always be current).
    VitePWA({
      strategies: 'generateSW',
      registerType: 'autoUpdate',
      injectRegister: false, // registered from main.tsx (the CSP allows no inline script)
      manifest: false,
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,woff2}'],
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
        navigateFallback: '/index.html',
        navigateFallbackDenylist: [/^\/api(\/|$)/, /^\/public\//],
        runtimeCaching: [],
        cleanupOutdatedCaches: true,
        clientsClaim: true,
        skipWaiting: true,
        inlineWorkboxRuntime: true,
      },
    }),
  ],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 900,
    rolldownOptions: {
      output: {
        // React and i18n change rarely: their own long-cached chunk. Everything else (antd components, echarts)
        // is split by what each lazily loaded page imports, so the sign-in page does not load the chart library.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|react-router|scheduler|i18next|react-i18next)[\\/]/, priority: 10 },
          ],
        },
      },
    },
  },
  server: {
    port: 5173,
    // /public/ (with the slash): the portal's feeds; the portal page /public itself stays the dev server's
    proxy: { '/api': { target: 'http://127.0.0.1:8080', changeOrigin: false }, '/public/': { target: 'http://127.0.0.1:8080', changeOrigin: false } },
  },
});
