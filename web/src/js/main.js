// The web map: wires the panel controls, the API answers and the MapLibre layers together.
import { getJson, onPendingChange, postJson } from './api.js';
import { detectCapabilities } from './capabilities.js';
import { renderDeprivationLegend, renderIsochroneLegend, renderTimeLegend } from './legend.js';
import { journeyFeatures, renderJourney } from './journey.js';
import { createStyle } from './mapStyle.js';
import { ISOCHRONE_COLOURS } from './palettes.js';
import { renderProvenance } from './provenance.js';
import { deprivationFeatures } from './deprivation.js';
import { addSiteScenario, renderScenario } from './scenario.js';

const $ = (id) => document.getElementById(id);
const MODE_NAMES = { drive: 'car', pt: 'public transport' };
const RUTLAND_BOUNDS = [[-0.83, 52.52], [-0.42, 52.77]];
const RANKED_COUNT = 10;
const VILLAGE_LABEL_ZOOM = 11.5;

const state = {
  destinations: [],
  places: new Map(), // id -> GeoJSON feature of /api/v1/places
  lsoaBoundaries: null,
  times: new Map(), // mode -> promise of { villages, lsoas } travel-time FeatureCollections, every destination
  originId: '',
  siteArmed: false, // the next map click adds a scenario site instead of planning a journey
  siteMarker: null,
};

const map = new maplibregl.Map({
  container: 'map',
  style: createStyle(),
  bounds: RUTLAND_BOUNDS,
  fitBoundsOptions: { padding: 20 },
  attributionControl: false, // the full attribution sits in the page footer, always visible
});
map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
map.addControl(new maplibregl.ScaleControl({ unit: 'metric' }), 'bottom-left');
// Exposed for the browser console and the end-to-end test.
window.rutlandMap = map;

let lastStatus = 'Loading data…';

onPendingChange((pending) => {
  $('progress').hidden = pending === 0;
  document.body.setAttribute('aria-busy', String(pending > 0));
  $('status-text').textContent = pending > 0 ? 'Loading…' : lastStatus;
});

function setPanelOpen(open) {
  document.body.classList.toggle('panel-open', open);
  $('panel-toggle').setAttribute('aria-expanded', String(open));
  $('panel-toggle').textContent = open ? 'Hide panel' : 'Show panel';
  map.resize();
}

function showError(error) {
  console.warn(error);
  $('error-text').textContent = error.message;
  $('error').hidden = false;
  setPanelOpen(true); // on a phone the panel may be collapsed, and an error must not go unseen
}
$('error-dismiss').addEventListener('click', () => { $('error').hidden = true; });

function setStatus(text) {
  lastStatus = text;
  $('status-text').textContent = text;
}

const mapLoaded = new Promise((resolve) => map.on('load', resolve));
const setData = (source, data) => map.getSource(source).setData(data);
const selectedDestination = () => state.destinations.find((d) => d.id === $('destination').value);
const mode = () => $('mode').value;

/** The travel times of a mode to every destination, requested once; concurrent callers share the request. */
function timesFor(travelMode) {
  if (!state.times.has(travelMode)) {
    const request = Promise.all([
      getJson('/api/v1/travel-times', { mode: travelMode, format: 'geojson' }),
      getJson('/api/v1/travel-times', { mode: travelMode, format: 'geojson', fromType: 'lsoa' }),
    ]).then(([villages, lsoas]) => ({ villages, lsoas }));
    request.catch(() => state.times.delete(travelMode)); // a failure is asked again next time
    state.times.set(travelMode, request);
  }
  return state.times.get(travelMode);
}

/** Redraws the travel-time layers, legend and ranked list for the chosen destination and mode. */
async function refreshTimes() {
  const destination = selectedDestination();
  const { villages, lsoas } = await timesFor(mode());
  const toDestination = (fc) => fc.features.filter((f) => f.properties.to === destination.id);

  const villageTimes = toDestination(villages).map((f) => ({
    ...f, properties: { ...f.properties, selected: f.properties.from === state.originId },
  }));
  setData('villages', { type: 'FeatureCollection', features: villageTimes });

  const lsoaMinutes = new Map(toDestination(lsoas).map((f) => [f.properties.from, f.properties.minutes]));
  setData('lsoa-times', {
    type: 'FeatureCollection',
    features: state.lsoaBoundaries.features.map((f) => ({
      ...f, properties: { ...f.properties, minutes: lsoaMinutes.get(f.properties.code) ?? null },
    })),
  });

  renderTimeLegend($('legend-times'), destination.name, MODE_NAMES[mode()]);
  renderRanked(villageTimes);
  for (const button of document.querySelectorAll('.hospital')) {
    button.setAttribute('aria-pressed', String(button.dataset.id === destination.id));
  }
  const reached = villageTimes.filter((f) => Number.isFinite(f.properties.minutes));
  const longest = Math.max(...reached.map((f) => f.properties.minutes));
  setStatus(`${villageTimes.length} towns, villages and hamlets to ${destination.name} by ${MODE_NAMES[mode()]}: `
    + `longest ${longest.toFixed(0)} min${reached.length < villageTimes.length ? `, ${villageTimes.length - reached.length} with no route` : ''}.`);
}

function renderRanked(villageTimes) {
  // No route at all is the worst access, so those places rank first.
  const rank = (f) => (Number.isFinite(f.properties.minutes) ? f.properties.minutes : Infinity);
  const items = [...villageTimes].sort((a, b) => rank(b) - rank(a)).slice(0, RANKED_COUNT).map((f) => {
    const p = f.properties;
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = `${p.fromName}: ${Number.isFinite(p.minutes) ? `${p.minutes.toFixed(1)} min` : 'no route'}`
      + `${p.estimated ? ' (estimated)' : ''}`;
    button.addEventListener('click', () => selectOrigin(p.from));
    const item = document.createElement('li');
    item.append(button);
    return item;
  });
  $('ranked').replaceChildren(...items);
}

function placeName(id) {
  return state.places.get(id)?.properties.name ?? id;
}

async function planJourney(from, fromName) {
  const destination = selectedDestination();
  const journey = await getJson('/api/v1/journey', { from, to: destination.id, mode: mode() });
  setData('journey', journeyFeatures(journey));
  renderJourney($('journey-body'), journey, fromName, destination.name);
  setStatus(`Journey from ${fromName} to ${destination.name}: ${journey.minutes.toFixed(1)} min.`);
}

async function selectOrigin(placeId) {
  state.originId = placeId;
  $('origin').value = placeId;
  await refreshTimes();
  await planJourney(placeId, placeName(placeId));
}

async function planFromPoint(lngLat) {
  const label = `${lngLat.lat.toFixed(4)}, ${lngLat.lng.toFixed(4)}`;
  const work = [planJourney(`${lngLat.lat.toFixed(6)},${lngLat.lng.toFixed(6)}`, `map point ${label}`)];
  if (!$('cutoffs').disabled && $('cutoffs').value) work.push(drawIsochrones(lngLat));
  const failures = (await Promise.allSettled(work)).filter((r) => r.status === 'rejected');
  if (failures.length > 0) throw failures[0].reason;
}

async function drawIsochrones(lngLat) {
  const answer = await getJson('/api/v1/isochrones', {
    lat: lngLat.lat.toFixed(6), lon: lngLat.lng.toFixed(6), mode: mode(), cutoffs: $('cutoffs').value,
  });
  // Largest band first, so the nearer bands are drawn on top of it.
  const bands = [...answer.features].sort((a, b) => a.properties.cutoffMinutes - b.properties.cutoffMinutes)
    .map((f, i) => ({ ...f, properties: { ...f.properties, colour: ISOCHRONE_COLOURS[i % ISOCHRONE_COLOURS.length] } }));
  setData('isochrones', { type: 'FeatureCollection', features: [...bands].reverse() });
  renderIsochroneLegend($('legend-isochrones'), bands.map((b) => b.properties));
  $('legend-isochrones').hidden = false;
}

function armSite(armed) {
  state.siteArmed = armed;
  $('scenario-arm').setAttribute('aria-pressed', String(armed));
  $('scenario-arm').textContent = armed ? 'Click the map to place the site (press again to cancel)' : 'Add a site by clicking the map';
  map.getCanvas().style.cursor = armed ? 'crosshair' : '';
}

/** Compares the baseline with a scenario that adds one site at the clicked point, and shows before and after. */
async function runSiteScenario(lngLat) {
  armSite(false);
  if (!state.siteMarker) {
    const element = document.createElement('div');
    element.className = 'site-marker';
    element.textContent = '+ New site';
    element.setAttribute('aria-hidden', 'true'); // the panel gives the site's position and figures
    state.siteMarker = new maplibregl.Marker({ element, anchor: 'bottom' });
  }
  state.siteMarker.setLngLat(lngLat).addTo(map);
  const body = $('scenario-body');
  body.setAttribute('aria-busy', 'true');
  body.replaceChildren(Object.assign(document.createElement('p'), { className: 'note', textContent: 'Comparing before and after…' }));
  try {
    const answer = await postJson('/api/v1/scenarios/compare', addSiteScenario(lngLat));
    renderScenario(body, answer, lngLat);
    const drive15 = (figures) => figures.drive.within.find((w) => w.minutes === 15)?.all ?? 0;
    const gain = drive15(answer.scenarios[0].figures) - drive15(answer.baseline);
    setStatus(`Scenario: the new site puts ${gain.toLocaleString('en-GB')} more residents within 15 min by car.`);
  } catch (error) {
    state.siteMarker.remove();
    body.replaceChildren();
    throw error;
  } finally {
    body.removeAttribute('aria-busy');
  }
}

function addLabels(places, destinations) {
  for (const feature of places) {
    const { name, type } = feature.properties;
    const label = document.createElement('div');
    label.className = `place-label ${type === 'town' ? 'town' : 'village'}`;
    label.textContent = name;
    label.setAttribute('aria-hidden', 'true'); // the same names are in the panel's lists for screen readers
    new maplibregl.Marker({ element: label, anchor: 'bottom' }).setLngLat(feature.geometry.coordinates).addTo(map);
  }
  for (const destination of destinations) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'hospital';
    button.dataset.id = destination.id;
    button.textContent = `H ${destination.name}`;
    button.title = `Show travel times to ${destination.name}`;
    button.addEventListener('click', (event) => {
      event.stopPropagation();
      $('destination').value = destination.id;
      $('destination').dispatchEvent(new Event('change'));
    });
    new maplibregl.Marker({ element: button }).setLngLat([destination.lon, destination.lat]).addTo(map);
  }
  const toggleVillageLabels = () => $('map').classList.toggle('show-village-labels', map.getZoom() >= VILLAGE_LABEL_ZOOM);
  map.on('zoomend', toggleVillageLabels);
  toggleVillageLabels();
}

function wireLayerToggles() {
  for (const box of document.querySelectorAll('input[data-layers]')) {
    box.addEventListener('change', () => {
      for (const layer of box.dataset.layers.split(',')) {
        map.setLayoutProperty(layer, 'visibility', box.checked ? 'visible' : 'none');
      }
      if (box.id === 'layer-deprivation') $('legend-deprivation').hidden = !box.checked;
    });
  }
}

function applyCapabilities(capabilities) {
  const ptOption = $('mode').querySelector('option[value="pt"]');
  ptOption.disabled = !capabilities.pt;
  if (!capabilities.pt) {
    ptOption.textContent = 'Public transport (not yet available)';
    $('mode-note').textContent = 'Public-transport times are not served by this API yet, so only car times are shown.';
    $('mode-note').hidden = false;
  }
  if (!capabilities.isochrones) {
    $('cutoffs').disabled = true;
    $('isochrone-note').textContent = 'Isochrones are not served by this API yet.';
    $('isochrone-note').hidden = false;
  }
  const deprivation = capabilities.equityLsoas && deprivationFeatures(capabilities.equityLsoas, state.lsoaBoundaries);
  if (deprivation?.features.length) {
    setData('deprivation', deprivation);
    renderDeprivationLegend($('legend-deprivation'));
    $('deprivation-toggle').hidden = false;
  }
  const gaps = capabilities.equityReport?.rankedGaps;
  if (Array.isArray(gaps) && gaps.length > 0) {
    $('gaps-list').replaceChildren(...gaps.map((gap) => {
      const item = document.createElement('li');
      item.textContent = `${gap.measure}: ${Number(gap.gapMinutes).toFixed(1)} min `
        + `(${Number(gap.mostDeprivedFifthMinutes).toFixed(1)} vs ${Number(gap.leastDeprivedFifthMinutes).toFixed(1)})`;
      return item;
    }));
    $('gaps').hidden = false;
  }
}


/** Runs a user action, showing its problem detail if it fails. */
const guarded = (action) => (...args) => action(...args).catch(showError);

async function start() {
  $('panel-toggle').addEventListener('click', () => setPanelOpen(!document.body.classList.contains('panel-open')));
  wireLayerToggles();
  // Everything is requested at once; the slowest answer, not the sum of them, sets the load time.
  const capabilities = detectCapabilities();
  timesFor(mode());
  const [destinations, places, county, wards, lsoas, roads] = await Promise.all([
    getJson('/api/v1/destinations'),
    getJson('/api/v1/places', { type: 'village,town,hamlet' }),
    getJson('/api/v1/boundaries/county'),
    getJson('/api/v1/boundaries/wards'),
    getJson('/api/v1/boundaries/lsoas'),
    getJson('/api/v1/basemap/roads'),
    mapLoaded,
  ]);
  state.destinations = destinations;
  state.lsoaBoundaries = lsoas;
  for (const feature of places.features) state.places.set(feature.properties.id, feature);
  renderProvenance($('provenance'), places.provenance);

  $('destination').replaceChildren(...destinations.map((d) => new Option(
    `${d.name}${d.onNetwork ? '' : ' (beyond road extract: estimated)'}`, d.id)));
  const byName = [...places.features].sort((a, b) => a.properties.name.localeCompare(b.properties.name));
  $('origin').append(...byName.map((f) => new Option(f.properties.name, f.properties.id)));

  setData('county', county);
  setData('wards', wards);
  setData('roads', roads);
  addLabels(places.features, destinations);
  await refreshTimes();
  applyCapabilities(await capabilities);

  $('destination').addEventListener('change', guarded(async () => {
    await refreshTimes();
    if (state.originId) await planJourney(state.originId, placeName(state.originId));
  }));
  $('mode').addEventListener('change', guarded(refreshTimes));
  $('origin').addEventListener('change', guarded(async () => {
    if ($('origin').value) await selectOrigin($('origin').value);
  }));
  $('scenario-arm').addEventListener('click', () => armSite(!state.siteArmed));
  map.on('click', guarded(async (event) => {
    if (state.siteArmed) {
      await runSiteScenario(event.lngLat);
      return;
    }
    const hit = map.queryRenderedFeatures(event.point, { layers: ['villages'] })[0];
    if (hit) await selectOrigin(hit.properties.from);
    else await planFromPoint(event.lngLat);
  }));
  map.on('mousemove', (event) => {
    if (state.siteArmed) return; // the crosshair stays while a site is being placed
    const over = map.queryRenderedFeatures(event.point, { layers: ['villages'] }).length > 0;
    map.getCanvas().style.cursor = over ? 'pointer' : '';
  });
  map.once('idle', () => { document.body.dataset.ready = 'true'; });
  map.triggerRepaint();
}

start().catch((error) => {
  showError(error);
  setStatus('The map could not load its data.');
});
