// Parts of the API are still being built (public transport, equity, isochrones). The page offers a feature only
// once the API answers for it, and never stands in figures of its own.
import { getJson } from './api.js';

/** Public transport is offered when travel-times accepts mode=pt; a 400 means it does not (yet). */
async function supportsPublicTransport() {
  try {
    await getJson('/api/v1/travel-times', { mode: 'pt', from: 'oakham', to: 'rmh' });
    return true;
  } catch (error) {
    if (error.status === 400) return false;
    throw error;
  }
}

/** The answer of an endpoint the API document lists, or null when it does not list it. */
async function ifListed(paths, path) {
  return paths[path] ? getJson(path) : null;
}

export async function detectCapabilities() {
  // Endpoints are looked up in the API's own OpenAPI document rather than probed, so an absent one costs no
  // failed request; mode=pt can only be found out by asking, as modes are not enumerated there.
  const [paths, pt] = await Promise.all([
    getJson('/openapi/v1.json').then((doc) => doc.paths ?? {}),
    supportsPublicTransport(),
  ]);
  const [equityLsoas, equityReport] = await Promise.all([
    ifListed(paths, '/api/v1/equity/lsoas'),
    ifListed(paths, '/api/v1/equity/report'),
  ]);
  return { pt, isochrones: Boolean(paths['/api/v1/isochrones']), equityLsoas, equityReport };
}
