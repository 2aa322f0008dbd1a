import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { datasetPlugin } from './src/model/dataset-plugin.ts';

export default defineConfig({
  plugins: [react(), datasetPlugin()],
  test: {
    globals: true,
    // Unit tests run in node (fast); component tests opt into jsdom with a docblock.
    environment: 'node',
    setupFiles: ['./tests/setup.ts'],
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/components/**/*.test.{ts,tsx}'],
    testTimeout: 20000,
  },
});
