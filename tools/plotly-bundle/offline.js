// The site works offline: plotly.js and MapLibre name basemap styles, glyphs, tiles and icons on
// outside servers (used only by styles and traces primaries never draws). Each such address
// becomes a path on the site itself, so nothing in the bundle can ever reach another server.
const fs = require('fs');

const HOSTS = {
  'tiles.basemaps.cartocdn.com': 'carto-tiles',
  'basemaps.cartocdn.com': 'carto',
  'cdn.plot.ly': 'plotly',
  'cdn.jsdelivr.net': 'icons',
  'fonts.openmaptiles.org': 'glyphs',
  'geoserveis.icgc.cat': 'icgc',
  'tilemaps.icgc.cat': 'icgc-tiles',
  'server.arcgisonline.com': 'arcgis',
  'tile.openstreetmap.org': 'osm',
};

function offline(text) {
  for (const [host, name] of Object.entries(HOSTS)) {
    text = text.split(`https://${host}`).join(`/static/offline/${name}`);
    text = text.split(host).join(`/static/offline/${name}`); // the same host named in a help text
  }
  return text;
}

const file = process.argv[2] || './plotly-primaries.min.js';
fs.writeFileSync(file, offline(fs.readFileSync(file, 'utf8')));
console.log('offline', file);
