// Builds the single-page app to dist/, which the registry serves at `/`.
// Preact's automatic JSX runtime through esbuild (no plugin needed).
import { defineConfig } from 'vite';

export default defineConfig({
  root: '.',
  base: '/',
  publicDir: false,
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    // no inline scripts or data: URLs, so a strict Content-Security-Policy holds
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
  },
});
