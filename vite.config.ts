// Builds the renderer (React) into dist/renderer, loaded by the desktop window over kvalkod:// and
// by the browser host over http://127.0.0.1. Relative asset paths work for both.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    sourcemap: true,
    // The CSP forbids inline scripts and styles; keep every asset a file of its own.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
  },
});
