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
    // The project window is a chunk of its own (App.tsx); the start screen needs about 360 kB.
    // A build on a busy machine must not warn a newcomer about plugin timings it cannot change.
    rolldownOptions: { checks: { bundlerTimings: false } },
  },
});
