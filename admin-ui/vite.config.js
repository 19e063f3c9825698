import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'
import Components from 'unplugin-vue-components/vite'
import { ElementPlusResolver } from 'unplugin-vue-components/resolvers'

// Served by the Spring Boot server at /admin/ (hash routing, so no server-side route table is needed).
// `npm run dev` proxies the APIs to a server on :8080.
// Element Plus components (and their CSS) are imported where a template uses them, not all at start, so the
// login screen downloads only what it shows. Unit tests render without stylesheets.
export default defineConfig({
  base: '/admin/',
  plugins: [
    vue(),
    Components({ resolvers: [ElementPlusResolver({ importStyle: process.env.VITEST ? false : 'css' })], dts: false }),
  ],
  server: {
    proxy: {
      '/api': 'http://127.0.0.1:8080',
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
  },
  test: {
    environment: 'happy-dom',
    include: ['src/**/*.test.js'],
    restoreMocks: true,
    // Component tests mount Element Plus; on a loaded two-core machine one can take several seconds.
    testTimeout: 20000,
  },
})
