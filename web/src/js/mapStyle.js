// The whole basemap comes from our own API (county, wards, LSOAs, major roads): no internet tiles, no glyph server.
import { DECILE_COLOURS, ISOCHRONE_COLOURS, minutesColourExpression } from './palettes.js';

const EMPTY = { type: 'FeatureCollection', features: [] };
const SOURCES = ['county', 'wards', 'lsoa-times', 'deprivation', 'roads', 'isochrones', 'journey', 'villages'];

const ROAD_WIDTH = ['match', ['get', 'class'], ['motorway', 'trunk'], 3, 'primary', 2.5, 'secondary', 2, 1.2];

export function createStyle() {
  return {
    version: 8,
    sources: Object.fromEntries(SOURCES.map((id) => [id, { type: 'geojson', data: EMPTY }])),
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': '#e9e7e2' } },
      { id: 'county-fill', type: 'fill', source: 'county', paint: { 'fill-color': '#fbfaf7' } },
      { id: 'lsoa-times', type: 'fill', source: 'lsoa-times',
        paint: { 'fill-color': minutesColourExpression(), 'fill-opacity': 0.55 } },
      { id: 'deprivation', type: 'fill', source: 'deprivation', layout: { visibility: 'none' },
        paint: { 'fill-color': ['step', ['get', 'decile'], DECILE_COLOURS[0], ...DECILE_COLOURS.slice(1).flatMap((c, i) => [i + 2, c])],
          'fill-opacity': 0.7 } },
      { id: 'wards', type: 'line', source: 'wards', paint: { 'line-color': '#6d6d6d', 'line-width': 1, 'line-dasharray': [3, 2] } },
      { id: 'county-line', type: 'line', source: 'county', paint: { 'line-color': '#333', 'line-width': 2 } },
      { id: 'roads-casing', type: 'line', source: 'roads', layout: { 'line-join': 'round', 'line-cap': 'round' },
        paint: { 'line-color': '#777', 'line-width': ['+', ROAD_WIDTH, 1.5] } },
      { id: 'roads', type: 'line', source: 'roads', layout: { 'line-join': 'round', 'line-cap': 'round' },
        paint: { 'line-color': ['match', ['get', 'class'], ['motorway', 'trunk'], '#f4c98b', 'primary', '#f7dca6', '#ffffff'],
          'line-width': ROAD_WIDTH } },
      { id: 'isochrones', type: 'fill', source: 'isochrones',
        paint: { 'fill-color': ['to-color', ['get', 'colour'], ISOCHRONE_COLOURS[0]], 'fill-opacity': 0.3 } },
      { id: 'isochrones-line', type: 'line', source: 'isochrones',
        paint: { 'line-color': ['to-color', ['get', 'colour'], ISOCHRONE_COLOURS[0]], 'line-width': 2 } },
      { id: 'journey-casing', type: 'line', source: 'journey', layout: { 'line-join': 'round', 'line-cap': 'round' },
        paint: { 'line-color': '#fff', 'line-width': 7 } },
      { id: 'journey', type: 'line', source: 'journey', filter: ['!', ['get', 'estimated']],
        layout: { 'line-join': 'round', 'line-cap': 'round' }, paint: { 'line-color': '#d81b60', 'line-width': 4 } },
      // Estimated (off-network) legs are dashed: they are a straight line × detour factor, not a road.
      { id: 'journey-estimated', type: 'line', source: 'journey', filter: ['get', 'estimated'],
        paint: { 'line-color': '#d81b60', 'line-width': 3, 'line-dasharray': [2, 2] } },
      { id: 'villages', type: 'circle', source: 'villages',
        paint: {
          'circle-color': minutesColourExpression(),
          'circle-radius': ['interpolate', ['linear'], ['zoom'], 9, 5, 13, 11],
          'circle-stroke-color': ['case', ['boolean', ['get', 'selected'], false], '#d81b60', '#222'],
          'circle-stroke-width': ['case', ['boolean', ['get', 'selected'], false], 3, 1],
        } },
    ],
  };
}
