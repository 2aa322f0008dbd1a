import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The base is relative so the built dashboard also works from a sub-folder or file server.
export default defineConfig({
  base: './',
  plugins: [react()],
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 900,
  },
  preview: { port: 4173, strictPort: true },
  server: { port: 5173 },
});
