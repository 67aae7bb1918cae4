// The whole basemap comes from our own API (county, wards, LSOAs, major roads): no internet tiles, no glyph server.
import { LEG_COLOURS, NO_ROUTE_COLOUR } from './palettes.js';

const EMPTY = { type: 'FeatureCollection', features: [] };
const SOURCES = ['county', 'wards', 'areas', 'roads', 'isochrones', 'journey', 'villages', 'stops'];

const ROAD_WIDTH = ['match', ['get', 'class'], ['motorway', 'trunk'], 3, 'primary', 2.5, 'secondary', 2, 1.2];
const LEG_COLOUR = ['match', ['get', 'mode'], ...Object.entries(LEG_COLOURS).flat(), LEG_COLOURS.other];

/** Area fill colour: the `colour` property each feature is given by the layer that fills it. */
const FEATURE_COLOUR = ['coalesce', ['get', 'colour'], NO_ROUTE_COLOUR];

export function createStyle() {
  return {
    version: 8,
    sources: Object.fromEntries(SOURCES.map((id) => [id, { type: 'geojson', data: EMPTY }])),
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': '#e9e7e2' } },
      { id: 'county-fill', type: 'fill', source: 'county', paint: { 'fill-color': '#fbfaf7' } },
      // One area layer at a time (travel time, deprivation, car against bus, scenario change): never two blended.
      { id: 'areas', type: 'fill', source: 'areas', paint: { 'fill-color': ['to-color', FEATURE_COLOUR], 'fill-opacity': 0.6 } },
      { id: 'areas-selected', type: 'line', source: 'areas', filter: ['boolean', ['get', 'selected'], false],
        paint: { 'line-color': '#d81b60', 'line-width': 3 } },
      { id: 'wards', type: 'line', source: 'wards', paint: { 'line-color': '#6d6d6d', 'line-width': 1, 'line-dasharray': [3, 2] } },
      { id: 'county-line', type: 'line', source: 'county', paint: { 'line-color': '#333', 'line-width': 2 } },
      { id: 'roads-casing', type: 'line', source: 'roads', layout: { 'line-join': 'round', 'line-cap': 'round' },
        paint: { 'line-color': '#777', 'line-width': ['+', ROAD_WIDTH, 1.5] } },
      { id: 'roads', type: 'line', source: 'roads', layout: { 'line-join': 'round', 'line-cap': 'round' },
        paint: { 'line-color': ['match', ['get', 'class'], ['motorway', 'trunk'], '#f4c98b', 'primary', '#f7dca6', '#ffffff'],
          'line-width': ROAD_WIDTH } },
      { id: 'isochrones', type: 'fill', source: 'isochrones',
        paint: { 'fill-color': ['to-color', ['get', 'colour']], 'fill-opacity': 0.22 } },
      { id: 'isochrones-line', type: 'line', source: 'isochrones',
        paint: { 'line-color': ['to-color', ['get', 'colour']], 'line-width': 2.5 } },
      { id: 'journey-casing', type: 'line', source: 'journey', layout: { 'line-join': 'round', 'line-cap': 'round' },
        paint: { 'line-color': '#fff', 'line-width': 7 } },
      { id: 'journey', type: 'line', source: 'journey', filter: ['!', ['get', 'dashed']],
        layout: { 'line-join': 'round', 'line-cap': 'round' }, paint: { 'line-color': LEG_COLOUR, 'line-width': 4 } },
      // Dashed: estimated (off-network) drive legs, walks, and rides drawn stop to stop (not along the road).
      { id: 'journey-dashed', type: 'line', source: 'journey', filter: ['get', 'dashed'],
        paint: { 'line-color': LEG_COLOUR, 'line-width': 3.5, 'line-dasharray': [2, 1.5] } },
      { id: 'stops', type: 'circle', source: 'stops',
        paint: { 'circle-color': '#fff', 'circle-radius': 4, 'circle-stroke-color': '#111', 'circle-stroke-width': 2 } },
      { id: 'villages', type: 'circle', source: 'villages',
        paint: {
          'circle-color': ['to-color', FEATURE_COLOUR],
          'circle-radius': ['interpolate', ['linear'], ['zoom'], 9, 5, 13, 11],
          'circle-stroke-color': ['case', ['boolean', ['get', 'selected'], false], '#d81b60', '#222'],
          'circle-stroke-width': ['case', ['boolean', ['get', 'selected'], false], 3, 1],
        } },
    ],
  };
}
