// Parts of the API are still being built. The page offers a feature only once the API's own OpenAPI document lists
// it (an endpoint, or a query parameter of travel-times), and never stands in figures of its own.
import { getJson } from './api.js';

const parametersOf = (doc, path) => new Set((doc.paths?.[path]?.get?.parameters ?? []).map((p) => p.name));

export async function detectCapabilities() {
  const doc = await getJson('/openapi/v1.json');
  const paths = doc.paths ?? {};
  const travel = parametersOf(doc, '/api/v1/travel-times');
  return {
    // PT answers take a window and percentiles; a drive-only API has neither.
    pt: travel.has('percentiles'),
    isochrones: Boolean(paths['/api/v1/isochrones']),
    /** The isochrones' modes as the API's mode registry lists them (drive, walk, cycle, pt). */
    isochroneModes: (paths['/api/v1/isochrones']?.get?.parameters ?? []).find((p) => p.name === 'mode')?.schema?.enum ?? [],
    equity: Boolean(paths['/api/v1/equity/lsoas'] && paths['/api/v1/equity/report']),
    wards: Boolean(paths['/api/v1/equity/wards']),
    scenarios: Boolean(paths['/api/v1/scenarios/compare']),
    savedScenarios: Boolean(paths['/api/v1/scenarios/{id}'] && paths['/api/v1/scenarios']),
    stops: Boolean(paths['/api/v1/transit/stops']),
    routes: Boolean(paths['/api/v1/transit/routes']),
    /** `modes=bus,rail,ondemand`: lets the page leave on-demand services out. */
    modes: travel.has('modes'),
    /** `profile=lessMobile`: slower walking and shorter walks to stops. */
    profile: travel.has('profile'),
  };
}
