import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'

// Served by the Spring Boot server at /admin/ (hash routing, so no server-side route table is needed).
// `npm run dev` proxies the APIs to a server on :8080.
export default defineConfig({
  base: '/admin/',
  plugins: [vue()],
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
  },
})
