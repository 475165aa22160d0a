import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'

// Quarkus (Quinoa) serves the built console under /console/ and the API under /api on the same
// origin, so the bundle uses absolute /api paths and needs no proxy or CORS.
export default defineConfig({
  base: '/console/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    // A strict CSP (default-src 'self') forbids data: URIs for scripts and fonts; keep every asset a file.
    assetsInlineLimit: 0,
  },
  test: {
    include: ['src/**/*.test.{ts,tsx}'],
    environment: 'node',
    restoreMocks: true,
    unstubGlobals: true,
  },
})
