import vue from '@vitejs/plugin-vue';
import { ElementPlusResolver } from 'unplugin-vue-components/resolvers';
import Components from 'unplugin-vue-components/vite';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const api = process.env.FLAGSHIP_API ?? 'http://127.0.0.1:4000';
// The server serves FLAGSHIP_WEB_DIR when set (resolved from where the command was typed), so build there too:
// the tests give each server its own build and never read a web/dist another run is rewriting.
const outDir = process.env.FLAGSHIP_WEB_DIR
  ? resolve(process.env.INIT_CWD ?? process.cwd(), process.env.FLAGSHIP_WEB_DIR)
  : 'dist';

/** The portal. In development Vite proxies the API to the server (`pnpm dev` runs both). */
export default defineConfig({
  plugins: [
    vue(),
    // Element Plus components (and their styles) are imported per component, only where used.
    Components({ resolvers: [ElementPlusResolver({ importStyle: 'css' })], dts: false }),
  ],
  server: {
    proxy: { '/graphql': api, '/uploads': api, '/files': api, '/healthz': api },
  },
  // The manifest (dist/.vite/manifest.json, never served) lets scripts/size.mjs follow the home page's imports.
  build: { target: 'es2022', chunkSizeWarningLimit: 800, outDir, manifest: true },
});
