import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig, type ViteUserConfig } from 'vitest/config'

// Quarkus (Quinoa) serves the built console under /console/ and the API under /api on the same
// origin, so the bundle uses absolute /api paths and needs no proxy or CORS.
//
// `npm run build` builds twice into dist/: the console (index.html, hashed file names), then, with
// `--mode chat`, the visitor chat page's script under the fixed name assets/chat.js that the
// server-rendered /chat page loads. The chat is a build of its own so that chat.js shares no chunk
// with the console: a fixed name may be cached across releases, and a cached chat.js must never
// import a hashed chunk that a newer release has replaced.
const shared: ViteUserConfig = {
  base: '/console/',
  build: {
    outDir: 'dist',
    // A strict CSP (default-src 'self') forbids data: URIs for scripts and fonts; keep every asset a file.
    assetsInlineLimit: 0,
  },
}

const visitorChat: ViteUserConfig = {
  ...shared,
  build: {
    ...shared.build,
    // The console build ran first; keep what it wrote.
    emptyOutDir: false,
    copyPublicDir: false,
    rollupOptions: {
      input: { chat: fileURLToPath(new URL('./src/chat/main.ts', import.meta.url)) },
      output: { entryFileNames: 'assets/chat.js' },
    },
  },
}

const consoleApp: ViteUserConfig = {
  ...shared,
  plugins: [react()],
  test: {
    include: ['src/**/*.test.{ts,tsx}'],
    environment: 'node',
    restoreMocks: true,
    unstubGlobals: true,
  },
}

export default defineConfig(({ mode }) => (mode === 'chat' ? visitorChat : consoleApp))
