import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { resolve } from 'node:path';

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // Native and Node-only packages load from node_modules at run time.
      externalizeDeps: true,
      // The parse worker is its own entry: imports parse files in worker threads beside the core process.
      // The core process is another: the utility process that runs the Workspace and every operation.
      rollupOptions: {
        input: {
          index: resolve('src/main/index.ts'),
          'parse-worker': resolve('src/core/ingest/parse-worker.ts'),
          'core-process': resolve('src/main/core-process.ts'),
          // Exports and analysis snapshot rebuilds, off the thread that answers calls.
          'job-worker': resolve('src/core/jobs/job-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload can require only 'electron': bundle everything else into one CommonJS file.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve('src/preload/index.ts') },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'src/renderer',
    plugins: [react()],
    build: {
      outDir: 'out/renderer',
      minify: true,
      rollupOptions: { input: { index: resolve('src/renderer/index.html') } },
    },
  },
});
