import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { datasetPlugin } from './src/model/dataset-plugin.ts';
import { hostingPlugin } from './scripts/hosting.ts';

const echartsSetup = fileURLToPath(new URL('./src/charts/echarts.ts', import.meta.url));
const echartsFull = fileURLToPath(new URL('./src/charts/echarts-full.ts', import.meta.url));

/** BENCH_BASELINE=1 builds the same app against the full ECharts bundle, for `npm run bench`. */
function fullEchartsBaseline(): Plugin {
  return {
    name: 'bench-full-echarts',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved?.id === echartsSetup ? echartsFull : null;
    },
  };
}

// The base is relative so the built dashboard also works from a sub-folder or a file server.
export default defineConfig(({ isSsrBuild }) => ({
  base: './',
  plugins: [
    react(),
    datasetPlugin(),
    hostingPlugin(),
    ...(process.env.BENCH_BASELINE === '1' ? [fullEchartsBaseline()] : []),
  ],
  // `vite build --ssr src/prerender/entry-server.tsx`: the page renderer scripts/prerender.ts runs.
  build: isSsrBuild
    ? {
        target: 'node20',
        outDir: 'node_modules/.cache/prerender',
        emptyOutDir: true,
        sourcemap: false,
      }
    : {
        target: 'es2022',
        sourcemap: false,
        chunkSizeWarningLimit: 1200,
        // embed.html is the same app on the one page hosts let other sites frame (scripts/hosting.ts).
        rollupOptions: {
          input: {
            index: fileURLToPath(new URL('./index.html', import.meta.url)),
            embed: fileURLToPath(new URL('./embed.html', import.meta.url)),
          },
          output: {
            // ECharts is one chunk, loaded after the first paint: the chart modules each kind
            // names lazily (charts/registry.ts) join it instead of splitting its core in two.
            codeSplitting: {
              groups: [{ name: 'echarts', test: /[\\/]node_modules[\\/](echarts|zrender)[\\/]/ }],
            },
            // Data modules say what they hold: report-<id>, indicator-<id>, article-<id> (dataset-plugin.ts).
            chunkFileNames: (chunk) => {
              const m = /^\0virtual:(report|indicator|article)\//.exec(chunk.facadeModuleId ?? '');
              return m ? `assets/${m[1]}-[name]-[hash].js` : 'assets/[name]-[hash].js';
            },
          },
        },
      },
  preview: { port: 4173, strictPort: true },
  server: { port: 5173 },
  // React and ECharts are bundled into the renderer, so it needs nothing resolved at run time.
  ssr: { noExternal: true },
}));
