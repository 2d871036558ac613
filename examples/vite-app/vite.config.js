import { defineConfig } from 'vite';

export default defineConfig({
  // The dev server's dependency pre-bundling would move the package away from its .wasm.
  optimizeDeps: { exclude: ['lede'] },
  build: { target: 'es2022' },
});
