// The traces primaries draws (primaries/web/charts.py): bars and a choropleth on a blank map.
'use strict';
var Plotly = require('plotly.js/lib/core');
Plotly.register([require('plotly.js/lib/bar'), require('plotly.js/lib/choroplethmap')]);
module.exports = Plotly;
