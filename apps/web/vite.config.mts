import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  // Vite 8 transforms TSX with oxc itself; @vitejs/plugin-react is not used (it conflicts with this Vite).
  oxc: { jsx: { runtime: 'automatic' } },
  // The domain's words (stage names) come from the domain itself; it is plain TypeScript, safe in a browser.
  resolve: { alias: { '@keystone/domain': fileURLToPath(new URL('../../libs/domain/src', import.meta.url)) } },
  // The largest chunk is ECharts, loaded only by the board's chart.
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 600 },
  // `npx vite apps/web` during development talks to an API started by `npm start`.
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
});
