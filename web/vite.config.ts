import vue from '@vitejs/plugin-vue';
import { ElementPlusResolver } from 'unplugin-vue-components/resolvers';
import Components from 'unplugin-vue-components/vite';
import { defineConfig } from 'vite';

const api = process.env.FLAGSHIP_API ?? 'http://127.0.0.1:4000';

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
  build: { target: 'es2022', chunkSizeWarningLimit: 800 },
});
