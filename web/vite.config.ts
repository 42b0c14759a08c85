/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'

// The C++ binary embeds dist/ and serves index.html for every non-/api path (history mode),
// so assets live under an absolute /assets/ and the app is always mounted at /.
const apiTarget = process.env.SALESDESK_API ?? 'http://127.0.0.1:8080'

export default defineConfig({
  base: '/',
  plugins: [vue()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: {
    proxy: {
      '/api': { target: apiTarget, changeOrigin: false },
      '/healthz': { target: apiTarget, changeOrigin: false },
    },
  },
  build: {
    outDir: 'dist',
    assetsDir: 'assets',
    // Element Plus is imported whole; one vendor chunk of ~1 MB is expected.
    chunkSizeWarningLimit: 1500,
  },
  test: {
    environment: 'happy-dom',
    include: ['tests/unit/**/*.spec.ts', 'src/**/*.spec.ts'],
    reporters: ['default', './tests/summary-reporter.ts'],
  },
})
