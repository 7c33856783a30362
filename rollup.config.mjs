// Builds the browser-ready ESM bundle: one entry that registers the elements, and the chart
// runtime (Vega) as a separate chunk loaded on first use. Chunks stay beside the entry in dist/
// so `src/assets.ts` resolves the shipped datasets the same way from source and from dist.
import typescript from '@rollup/plugin-typescript';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

export default {
  input: { 'hf-indikatorer': 'src/index.ts' },
  output: {
    dir: 'dist',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: '[name]-[hash].js',
    sourcemap: true,
  },
  plugins: [
    resolve({ browser: true }),
    typescript({ tsconfig: './tsconfig.json', declaration: false, declarationDir: undefined, sourceMap: true, outDir: 'dist' }),
    terser({ format: { comments: false }, ecma: 2021, module: true }),
  ],
  onwarn(warning, warn) {
    // Vega's d3 dependencies have harmless circular imports.
    if (warning.code === 'CIRCULAR_DEPENDENCY') return;
    warn(warning);
  },
};
