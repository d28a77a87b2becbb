// Jest transformer: TypeScript/TSX → JavaScript with esbuild (already the project's bundler), as native
// ES modules when Jest runs them so (it does: `--experimental-vm-modules`). Type-checking is `npm run lint`.
// Chosen over @swc/jest because @swc/core's per-platform binaries are not all on the registry this
// project installs from, which made `npm ci` refuse the lock file.
const { transformSync } = require('esbuild');

module.exports = {
  process(source, filename, options) {
    const r = transformSync(source, {
      loader: filename.endsWith('.tsx') ? 'tsx' : 'ts',
      format: options.supportsStaticESM ? 'esm' : 'cjs',
      target: 'es2022',
      jsx: 'automatic',
      jsxImportSource: 'preact',
      sourcemap: 'inline',
      sourcefile: filename,
    });
    return { code: r.code };
  },
};
