const esbuild = require('esbuild');
const { environmentPlugin } = require('esbuild-plugin-environment');
const InlineCSSPlugin = require('esbuild-plugin-inline-css');
esbuild.build({
  entryPoints: ['./entry.js'], outfile: './plotly-primaries.min.js', format: 'iife',
  globalName: 'Plotly', bundle: true, minify: true, legalComments: 'external',
  plugins: [InlineCSSPlugin(), environmentPlugin({ NODE_DEBUG: false })],
  alias: { stream: 'stream-browserify' },
  define: { global: 'window', 'define.amd': 'false' }, target: 'es2020', logLevel: 'warning',
}).then(() => {
  require('child_process').execFileSync('node', ['offline.js', './plotly-primaries.min.js'], { stdio: 'inherit' });
  console.log('built');
});
