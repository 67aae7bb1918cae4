// Every request the page makes goes through here, so progress is shown while any is pending and every failure
// carries the server's RFC 7807 problem detail rather than a bare status code.

let pending = 0;
const listeners = new Set();

/** Calls back with the number of requests in flight whenever it changes. */
export function onPendingChange(listener) {
  listeners.add(listener);
}

function setPending(delta) {
  pending += delta;
  for (const listener of listeners) listener(pending);
}

export class ProblemError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `Request failed with status ${status}`);
    this.status = status;
    this.problem = problem;
  }
}

/** An absolute URL of the API with the given query parameters (empty ones left out). */
export function apiUrl(path, params = {}) {
  const url = new URL(path, window.location.origin);
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') url.searchParams.set(key, value);
  }
  return url;
}

async function request(url, init = {}) {
  setPending(+1);
  try {
    const headers = { Accept: 'application/json, application/geo+json, application/problem+json', ...init.headers };
    const response = await fetch(url, { ...init, headers });
    const type = response.headers.get('content-type') || '';
    const body = type.includes('json') ? await response.json() : null;
    if (!response.ok) throw new ProblemError(response.status, body);
    return body;
  } finally {
    setPending(-1);
  }
}

/** GETs JSON (or GeoJSON); throws ProblemError with the problem's detail on any non-2xx answer. */
export async function getJson(path, params = {}, signal = undefined) {
  return request(apiUrl(path, params), { signal });
}

/** Sends a JSON body (POST by default) and returns the JSON answer; failures as for getJson. */
export async function sendJson(path, body, { method = 'POST', signal } = {}) {
  return request(apiUrl(path), {
    method, signal, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body),
  });
}
