// The web map: wires the panel controls, the API answers and the MapLibre layers together. Every layer shows the
// answer to the request the user made last (one latestOnly slot per kind of answer), or nothing.
import { apiUrl, getJson, onPendingChange, sendJson } from './api.js';
import { detectCapabilities } from './capabilities.js';
import { describeWindow, journeyParams, ptParams, selectedPercentile, setDefaultDate, windowStartParams, wireDepartureControls } from './departure.js';
import { flagWords, lsoaColumns, renderEquitySummary, wardColumns } from './equity.js';
import { createErrorBox } from './errors.js';
import { csvCell, minutes, people, percent, clock } from './format.js';
import { driveFeatures, ptFeatures, renderDriveJourney, renderPtJourney, stopFeatures } from './journey.js';
import { isSuperseded, latestOnly } from './latest.js';
import { renderLegend } from './legend.js';
import { mapPicture, saveBlob } from './mapPicture.js';
import { createStyle } from './mapStyle.js';
import { colourFor, DECILE_COLOURS, ISOCHRONE_COLOURS, LEG_COLOURS, NO_ROUTE_COLOUR, SCALES } from './palettes.js';
import { renderProvenance } from './provenance.js';
import { formState, lsoaChanges, renderScenario, scenarioBody } from './scenario.js';
import { renderTable, selectRow } from './table.js';

const $ = (id) => document.getElementById(id);
const MODE_NAMES = { drive: 'car', pt: 'public transport', compare: 'public transport against car' };
const RUTLAND_BOUNDS = [[-0.9, 52.52], [-0.42, 52.77]];
const VILLAGE_LABEL_ZOOM = 11.5;
const EMPTY = { type: 'FeatureCollection', features: [] };
/** Headways a planner can give a route, in minutes. */
const HEADWAYS = [15, 30, 60, 120];

const state = {
  caps: {},
  destinations: [],
  places: new Map(), // id -> feature of /api/v1/places (villages, towns, hamlets)
  lsoaBoundaries: EMPTY,
  wardNames: new Map(),
  stops: new Map(), // stop id -> [lon, lat]
  times: null, // the travel-time model drawn now (see loadTimes)
  equity: null, // { lsoas, wards, report } for the current window
  table: 'villages',
  tableView: null,
  originId: '',
  selectedArea: '',
  clickMode: 'journey', // or 'site' / 'isochrone': what the next map click does
  journeyLegend: null,
  isoPoints: [],
  isoMarkers: [],
  isoBands: null,
  scenario: { sites: [], markers: [], answer: null, description: '' },
};
const slots = { times: latestOnly(), journey: latestOnly(), equity: latestOnly(), isochrones: latestOnly(), scenario: latestOnly() };

const map = new maplibregl.Map({
  container: 'map',
  style: createStyle(),
  bounds: RUTLAND_BOUNDS,
  fitBoundsOptions: { padding: 20 },
  attributionControl: false, // the full attribution sits in the page footer, always visible
  canvasContextAttributes: { preserveDrawingBuffer: true }, // so the PNG export can read the canvas
});
map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
map.addControl(new maplibregl.ScaleControl({ unit: 'metric' }), 'bottom-left');
window.rutlandMap = map; // for the browser console and the end-to-end tests

/** The caption on the map itself: what is shown and for which window, visible even with the panel closed. */
const caption = Object.assign(document.createElement('div'), { id: 'map-caption', className: 'maplibregl-ctrl' });
map.addControl({ onAdd: () => caption, onRemove: () => caption.remove() }, 'bottom-right');

const errors = createErrorBox($('error'), $('error-text'), $('error-retry'), $('error-dismiss'));
let lastStatus = 'Loading data…';
onPendingChange((pending) => {
  $('progress').hidden = pending === 0;
  document.body.setAttribute('aria-busy', String(pending > 0));
  $('status-text').textContent = pending > 0 ? 'Loading…' : lastStatus;
});
function setStatus(text) {
  lastStatus = text;
  $('status-text').textContent = text;
}

/** The promise, with a request that a newer one replaced counted as done (the newer one draws its answer). */
const unlessSuperseded = (promise) => promise.catch((error) => { if (!isSuperseded(error)) throw error; });

/** Runs a user action; a failure is shown in plain words with Try again, a superseded request is ignored. */
const guarded = (action) => {
  const run = (...args) => action(...args).catch((error) => {
    if (!isSuperseded(error)) errors.show(error, () => run(...args));
  });
  return run;
};

const mapLoaded = new Promise((resolve) => map.on('load', resolve));
const setData = (source, data) => map.getSource(source).setData(data);
const selectedDestination = () => state.destinations.find((d) => d.id === $('destination').value);
const mode = () => $('mode').value;
const placeName = (id) => state.places.get(id)?.properties.name ?? id;

function setPanelOpen(open) {
  document.body.classList.toggle('panel-open', open);
  $('panel-toggle').setAttribute('aria-expanded', String(open));
  $('panel-toggle').textContent = open ? 'Hide panel' : 'Show panel';
  map.resize();
}

// ---- travel times ----------------------------------------------------------------------------------------------

/** Both kinds of origin for one mode and destination, as JSON results keyed by origin id. */
async function timesByOrigin(travelMode, destinationId, params, signal) {
  const ask = (fromType) => getJson('/api/v1/travel-times', { mode: travelMode, to: destinationId, fromType, ...params }, signal);
  const [villages, lsoas] = await Promise.all([ask('village,town,hamlet'), ask('lsoa')]);
  return { villages, byVillage: new Map(villages.results.map((r) => [r.from, r])), byLsoa: new Map(lsoas.results.map((r) => [r.from, r])) };
}

/** The model one request produces: what it asked (so its labels cannot drift from its data) and what came back. */
async function loadTimes(request, signal) {
  const wantPt = request.mode !== 'drive';
  const [drive, pt] = await Promise.all([
    timesByOrigin('drive', request.destination.id, {}, signal),
    wantPt ? timesByOrigin('pt', request.destination.id, request.pt, signal) : null,
  ]);
  const key = `p${request.percentile}`;
  const ptMinutes = (r) => (r?.reachable ? r.percentiles?.[key] ?? r.minutes : null);
  const measure = (d, p) => (request.mode === 'drive' ? d?.minutes : request.mode === 'pt' ? ptMinutes(p)
    : Number.isFinite(ptMinutes(p)) && d?.minutes > 0 ? ptMinutes(p) / d.minutes : null);
  const villages = [...state.places.values()].map((f) => {
    const id = f.properties.id;
    const d = drive.byVillage.get(id);
    const p = pt?.byVillage.get(id);
    return { id, name: f.properties.name, type: f.properties.type, lsoa: f.properties.lsoa, coordinates: f.geometry.coordinates,
      drive: d?.minutes ?? null, driveEstimated: Boolean(d?.estimated), pt: ptMinutes(p), share: p?.reachableShare ?? null,
      appointment: p?.appointment ?? null, value: measure(d, p) };
  });
  const lsoas = new Map(state.lsoaBoundaries.features.map((f) => {
    const code = f.properties.code;
    return [code, measure(drive.byLsoa.get(code), pt?.byLsoa.get(code))];
  }));
  return { request, villages, lsoas, ptAnswer: pt?.villages ?? null };
}

function currentRequest() {
  return { mode: mode(), destination: selectedDestination(), percentile: selectedPercentile(),
    pt: state.caps.pt ? ptParams(state.caps) : null, arrive: $('dep-arrive').checked,
    appointmentMinutes: $('dep-arrive').checked ? Number($('dep-appointment').value) : null,
    withoutOnDemand: state.caps.modes && $('no-ondemand').checked, lessMobile: state.caps.profile && $('less-mobile').checked };
}

const scaleOf = (request) => (request.mode === 'compare' ? SCALES.ratio : SCALES.minutes);

function windowText(model) {
  if (!model) return '';
  if (model.request.mode === 'drive') return 'Car: free-flow road speeds, the same at any time of day.';
  const r = model.request;
  return `Public transport: ${describeWindow(model.ptAnswer.window, { percentile: r.percentile, arriveBy: r.arrive,
    appointmentMinutes: r.appointmentMinutes, withoutOnDemand: r.withoutOnDemand, lessMobile: r.lessMobile })}.`;
}

function titleOf(model) {
  return model ? `Travel times to ${model.request.destination.name} by ${MODE_NAMES[model.request.mode]}` : 'Rutland Access';
}

/** Shows nothing for travel times (a request is on its way, or failed): no layer may keep an older answer. */
function showNoTimes(reason) {
  state.times = null;
  setData('villages', EMPTY);
  drawAreas();
  $('window-in-force').textContent = reason;
  caption.textContent = reason;
  renderTableView();
  drawLegend();
}

async function refreshTimes() {
  const request = currentRequest();
  showNoTimes(`Loading ${MODE_NAMES[request.mode]} times to ${request.destination.name}…`);
  let model;
  try {
    model = await slots.times.run((signal) => loadTimes(request, signal));
  } catch (error) {
    if (!isSuperseded(error)) showNoTimes(`No ${MODE_NAMES[request.mode]} times shown: the request failed.`);
    throw error;
  }
  state.times = model;
  drawTimes();
  const warnings = model.ptAnswer?.warnings ?? [];
  $('warnings').replaceChildren(...warnings.map((w) => Object.assign(document.createElement('li'), { textContent: typeof w === 'string' ? w : w.message ?? w.detail ?? JSON.stringify(w) })));
  $('warnings').hidden = warnings.length === 0;
}

function drawTimes() {
  const model = state.times;
  if (!model) return;
  const scale = scaleOf(model.request);
  setData('villages', { type: 'FeatureCollection', features: model.villages.map((v) => ({
    type: 'Feature', geometry: { type: 'Point', coordinates: v.coordinates },
    properties: { from: v.id, fromName: v.name, value: v.value, colour: colourFor(scale, v.value), selected: v.id === state.originId },
  })) });
  drawAreas();
  const text = windowText(model);
  $('window-in-force').textContent = text;
  caption.textContent = `${titleOf(model)}. ${text}`;
  for (const button of document.querySelectorAll('.hospital')) {
    button.setAttribute('aria-pressed', String(button.dataset.id === model.request.destination.id));
  }
  const reached = model.villages.filter((v) => Number.isFinite(v.value)).sort((a, b) => b.value - a.value);
  const missing = model.villages.length - reached.length;
  const unit = model.request.mode === 'compare' ? (v) => `${v.value.toFixed(1)}× as long as by car` : (v) => minutes(v.value);
  setStatus(`${model.villages.length} towns, villages and hamlets to ${model.request.destination.name} by ${MODE_NAMES[model.request.mode]}: `
    + `${reached.length ? `longest ${reached[0].name}, ${unit(reached[0])}` : 'none reached'}`
    + `${missing ? `; ${missing} with no journey in the window` : ''}.`);
  renderTableView();
  drawLegend();
}

// ---- areas (one shading at a time) -----------------------------------------------------------------------------

function areaValues() {
  const by = $('areas-by').value;
  if (by === 'deprivation' && state.equity) {
    const decile = new Map(state.equity.lsoas.features.map((f) => [f.properties.code, f.properties.imdDecile]));
    return { values: decile, colour: (v) => (Number.isFinite(v) ? DECILE_COLOURS[v - 1] : NO_ROUTE_COLOUR) };
  }
  if (by === 'scenario' && state.scenario.answer) {
    return { values: lsoaChanges(state.scenario.answer, scenarioMode()), colour: (v) => colourFor(SCALES.change, v) };
  }
  if (by === 'times' && state.times) return { values: state.times.lsoas, colour: (v) => colourFor(scaleOf(state.times.request), v) };
  return null;
}

function drawAreas() {
  const shading = areaValues();
  setData('areas', !shading ? EMPTY : { type: 'FeatureCollection', features: state.lsoaBoundaries.features.map((f) => ({
    ...f, properties: { ...f.properties, value: shading.values.get(f.properties.code) ?? null,
      colour: shading.colour(shading.values.get(f.properties.code)), selected: f.properties.code === state.selectedArea },
  })) });
}

const scenarioMode = () => (mode() === 'drive' ? 'drive' : 'pt');

function legendSections() {
  const sections = [];
  const model = state.times;
  if (model) {
    const r = model.request;
    const title = r.mode === 'compare'
      ? `Public transport time ÷ car time to ${r.destination.name}`
      : `Minutes to ${r.destination.name} by ${MODE_NAMES[r.mode]}${r.mode === 'pt' ? ` (${r.percentile}th percentile)` : ''}`;
    sections.push({ title, rows: [...scaleOf(r).rows(), [r.mode === 'drive' ? 'no route' : 'no journey in the window', NO_ROUTE_COLOUR]] });
  }
  const by = $('areas-by').value;
  if (by === 'deprivation' && state.equity) {
    const occurring = [...new Set(state.equity.lsoas.features.map((f) => f.properties.imdDecile))].sort((a, b) => a - b);
    sections.push({ title: 'Areas: IMD 2019 decile (1 = most deprived 10% in England)', rows: occurring.map((d) => [`decile ${d}`, DECILE_COLOURS[d - 1]]) });
  }
  if (by === 'scenario' && state.scenario.answer) {
    sections.push({ title: `Areas: change in ${scenarioMode() === 'drive' ? 'car' : 'public-transport'} minutes with "${state.scenario.description}"`,
      rows: [...SCALES.change.rows(), ['no time before or after', NO_ROUTE_COLOUR]] });
  }
  if (state.isoBands) sections.push({ title: `Isochrones (${state.isoBands.title})`, rows: state.isoBands.rows });
  if (state.journeyLegend) sections.push(state.journeyLegend);
  return sections;
}

const drawLegend = () => renderLegend($('legend'), legendSections());

// ---- tables ----------------------------------------------------------------------------------------------------

function villageColumns(model) {
  const flags = new Map((state.equity?.lsoas.features ?? []).map((f) => [f.properties.code, f.properties.flags]));
  const thresholds = state.equity?.report.thresholds;
  const columns = [
    { key: 'name', label: 'Place', value: (v) => v.name, text: (v) => v.name },
    { key: 'drive', label: 'Car', numeric: true, value: (v) => v.drive, text: (v) => `${minutes(v.drive)}${v.driveEstimated ? ' (est.)' : ''}` },
  ];
  if (model.request.mode !== 'drive') {
    columns.push(
      { key: 'pt', label: `Public transport (${model.request.percentile}th pct)`, numeric: true, value: (v) => v.pt, text: (v) => (Number.isFinite(v.pt) ? minutes(v.pt) : 'no journey') },
      { key: 'ratio', label: 'Public transport ÷ car', numeric: true, value: (v) => (Number.isFinite(v.pt) && v.drive > 0 ? v.pt / v.drive : null),
        text: (v) => (Number.isFinite(v.pt) && v.drive > 0 ? `${(v.pt / v.drive).toFixed(1)}×` : '–') },
      { key: 'share', label: 'Departures that reach', numeric: true, value: (v) => v.share, text: (v) => percent(v.share) },
    );
    if (model.request.arrive) {
      columns.push(
        { key: 'leave', label: 'Leave by', value: (v) => v.appointment?.latestDeparture ?? null, text: (v) => (v.appointment?.latestDeparture ? clock(v.appointment.latestDeparture) : 'no journey') },
        { key: 'home', label: 'Last journey home', value: (v) => v.appointment?.lastReturnDeparture ?? null,
          text: (v) => (v.appointment?.returnReachable ? clock(v.appointment.lastReturnDeparture) : 'none') },
      );
    }
  }
  if (state.equity) {
    columns.push({ key: 'flags', label: 'Area flags', value: (v) => (flags.get(v.lsoa)?.length || null),
      text: (v) => (flags.get(v.lsoa) ?? []).map((f) => flagWords(f, thresholds)).join('; ') || 'none' });
  }
  return columns;
}

function renderTableView() {
  const container = $('table-body');
  if (state.table === 'villages') {
    const model = state.times;
    if (!model) {
      container.replaceChildren();
      $('table-summary').textContent = 'Waiting for travel times…';
      return;
    }
    const sortKey = model.request.mode === 'drive' ? 'drive' : model.request.mode === 'pt' ? 'pt' : 'ratio';
    const missing = model.villages.filter((v) => !Number.isFinite(v.value)).length;
    $('table-summary').textContent = `${model.villages.length} places, longest first${missing ? `; ${missing} with no journey are listed last` : ''}. Sort by any column.`;
    state.tableView = renderTable(container, villageColumns(model), model.villages, {
      id: 'villages-table', caption: `${titleOf(model)} — ${windowText(model)}`, sort: { key: sortKey, descending: true },
      rowId: (v) => v.id, onRowActivate: (v) => guarded(selectOrigin)(v.id),
    });
    selectRow(container, state.originId);
    return;
  }
  if (!state.equity) {
    container.replaceChildren();
    $('table-summary').textContent = 'Waiting for the deprivation and access figures…';
    return;
  }
  const { lsoas, wards, report } = state.equity;
  const window = `${describeWindow(report.window, {})}`;
  if (state.table === 'lsoas') {
    $('table-summary').textContent = `${lsoas.features.length} LSOAs (2011), most deprived first. Public transport: ${window}.`;
    state.tableView = renderTable(container, lsoaColumns(report.thresholds, state.wardNames), lsoas.features.map((f) => f.properties), {
      id: 'lsoas-table', caption: `LSOAs: deprivation and access to the nearest hospital (${window})`, sort: { key: 'quintile', descending: false },
      rowId: (p) => p.code, onRowActivate: (p) => selectArea(p.code, true),
    });
    selectRow(container, state.selectedArea);
  } else {
    $('table-summary').textContent = `${wards.features.length} wards (2022), figures from LSOAs by area overlay. Public transport: ${window}.`;
    state.tableView = renderTable(container, wardColumns(), wards.features.map((f) => f.properties), {
      id: 'wards-table', caption: `Wards: access to the nearest hospital (${window})`, sort: { key: 'nojourney', descending: true },
      rowId: (p) => p.code,
    });
  }
}

function chooseTable(name) {
  state.table = name;
  for (const tab of document.querySelectorAll('.tab')) tab.setAttribute('aria-pressed', String(tab.dataset.table === name));
  renderTableView();
}

async function refreshEquity() {
  if (!state.caps.equity) return;
  const params = windowStartParams(state.caps);
  const equity = await slots.equity.run(async (signal) => {
    const [lsoas, wards, report] = await Promise.all([
      getJson('/api/v1/equity/lsoas', params, signal),
      state.caps.wards ? getJson('/api/v1/equity/wards', params, signal) : EMPTY,
      getJson('/api/v1/equity/report', params, signal),
    ]);
    return { lsoas, wards, report, params };
  });
  state.equity = equity;
  state.wardNames = new Map(equity.wards.features.map((f) => [f.properties.code, f.properties.name]));
  const lsoaNames = new Map(equity.lsoas.features.map((f) => [f.properties.code, f.properties.name]));
  const destinations = new Map(state.destinations.map((d) => [d.id, d.name]));
  renderEquitySummary($('equity-body'), equity.report, lsoaNames, destinations);
  $('equity').hidden = false;
  $('areas-by').querySelector('option[value="deprivation"]').hidden = false;
  for (const tab of document.querySelectorAll('.tab')) tab.hidden = tab.dataset.table === 'wards' && !state.caps.wards ? true : false;
  renderTableView();
  drawAreas();
  drawLegend();
}

// ---- exports ---------------------------------------------------------------------------------------------------

async function fetchText(url) {
  const response = await fetch(url);
  if (!response.ok) throw Object.assign(new Error(`The download failed (error ${response.status}).`), { status: response.status });
  return response.text();
}

/** CSV of an equity table: the API's figures, one row per area, flags in words (the API has no CSV for areas). */
function equityCsv(kind) {
  const { lsoas, wards, report } = state.equity;
  const t = report.thresholds;
  const header = `# ${kind === 'lsoas' ? 'LSOA' : 'Ward'} access to hospital; public transport ${describeWindow(report.window, {})}; modelled timetable: ${report.timetableModelled}\n`;
  const rows = kind === 'lsoas'
    ? [['code', 'name', 'ward', 'imd_decile', 'imd_local_quintile', 'population', 'aged_65_plus', 'drive_nearest_minutes', 'pt_nearest_minutes', 'no_pt_journey', 'flags', 'flags_in_words'],
      ...lsoas.features.map(({ properties: p }) => [p.code, p.name, state.wardNames.get(p.ward) ?? p.ward, p.imdDecile, p.imdLocalQuintile, p.population,
        p.aged65Plus, p.driveNearestMinutes, p.ptNearestMinutes, p.noPtJourney, p.flags.join(' '), p.flags.map((f) => flagWords(f, t)).join('; ')])]
    : [['code', 'name', 'population', 'drive_nearest_mean_minutes', 'pt_nearest_mean_minutes', 'residents_without_pt_time', 'share_with_no_pt_journey'],
      ...wards.features.map(({ properties: p }) => [p.code, p.name, p.population, p.driveNearestMeanMinutes, p.ptNearestMeanMinutes, p.residentsWithoutPtTime, p.shareWithNoPtJourney])];
  return header + rows.map((r) => r.map(csvCell).join(',')).join('\n') + '\n';
}

function villageExportParams(format) {
  const r = state.times.request;
  const travelMode = r.mode === 'drive' ? 'drive' : 'pt';
  return { mode: travelMode, to: r.destination.id, format, ...(travelMode === 'pt' ? r.pt : {}) };
}

async function exportTable(format) {
  const stamp = state.table === 'villages' ? `${state.times.request.destination.id}-${state.times.request.mode === 'drive' ? 'car' : 'pt'}` : state.table;
  const name = `rutland-access-${state.table}-${stamp.replace(/^lsoas$|^wards$/, 'equity')}.${format === 'csv' ? 'csv' : 'geojson'}`;
  let text;
  if (state.table === 'villages') text = await fetchText(apiUrl('/api/v1/travel-times', villageExportParams(format)));
  else if (format === 'csv') text = equityCsv(state.table);
  else text = await fetchText(apiUrl(`/api/v1/equity/${state.table}`, state.equity.params));
  saveBlob(new Blob([text], { type: format === 'csv' ? 'text/csv' : 'application/geo+json' }), name);
  setStatus(`Downloaded ${name}.`);
}

async function exportPicture() {
  await new Promise((resolve) => { map.once('render', resolve); map.triggerRepaint(); });
  const labels = [...state.places.values()].filter((f) => f.properties.type === 'town').map((f) => ({ lngLat: f.geometry.coordinates, text: f.properties.name }))
    .concat(state.destinations.map((d) => ({ lngLat: [d.lon, d.lat], text: `H ${d.name}` })));
  const blob = await mapPicture(map, {
    title: titleOf(state.times),
    subtitle: windowText(state.times) || $('window-in-force').textContent,
    legend: legendSections(),
    labels,
    attribution: `${$('attribution').textContent} ${$('provenance').querySelector('summary')?.textContent ?? ''}`,
  });
  saveBlob(blob, 'rutland-access-map.png');
  setStatus(`Downloaded rutland-access-map.png (${Math.round(blob.size / 1024)} KB).`);
}

// ---- journeys --------------------------------------------------------------------------------------------------

function drawJourney(features, stopPoints, legend) {
  setData('journey', { type: 'FeatureCollection', features });
  setData('stops', { type: 'FeatureCollection', features: stopPoints });
  state.journeyLegend = legend;
  drawLegend();
}

const JOURNEY_LEGEND_DRIVE = { title: 'Journey', rows: [['car (dashed: estimated beyond the road extract)', LEG_COLOURS.drive]] };
function ptLegend(legs) {
  const names = { walk: 'walk (dashed)', bus: 'bus, straight from stop to stop', rail: 'train, straight from station to station', ondemand: 'on-demand bus (book ahead)' };
  return { title: 'Journey', rows: [...new Set(legs.map((l) => l.mode))].map((m) => [names[m] ?? m, LEG_COLOURS[m] ?? LEG_COLOURS.other]) };
}

/** Plans from a place id or a "lat,lon" point, in the mode and window the map shows. */
async function planJourney(from, fromName, originPoint) {
  const destination = selectedDestination();
  const request = currentRequest();
  const body = $('journey-body');
  body.replaceChildren(Object.assign(document.createElement('p'), { className: 'note', textContent: `Planning from ${fromName}…` }));
  drawJourney([], [], null);
  const answer = await slots.journey.run(async (signal) => {
    if (request.mode === 'drive') return { kind: 'drive', journey: await getJson('/api/v1/journey', { from, to: destination.id, mode: 'drive' }, signal) };
    if (state.places.has(from)) {
      const times = await getJson('/api/v1/travel-times', { mode: 'pt', from, to: destination.id, legs: 'true', ...request.pt }, signal);
      return { kind: 'window', times };
    }
    return { kind: 'one', journey: await getJson('/api/v1/journey', { from, to: destination.id, mode: 'pt', ...journeyParams(state.caps) }, signal) };
  });
  const destinationPoint = [destination.lon, destination.lat];
  if (answer.kind === 'drive') {
    renderDriveJourney(body, answer.journey, fromName, destination.name);
    drawJourney(driveFeatures(answer.journey), [], JOURNEY_LEGEND_DRIVE);
    setStatus(`Journey from ${fromName} to ${destination.name} by car: ${minutes(answer.journey.minutes)}.`);
    return;
  }
  let summary;
  if (answer.kind === 'window') {
    const r = answer.times.results[0];
    summary = { fromName, toName: destination.name, windowText: describeWindow(answer.times.window, { percentile: request.percentile, arriveBy: request.arrive }),
      typical: r.percentiles?.[`p${request.percentile}`] ?? r.minutes, percentileLabel: `${request.percentile}th percentile`,
      reachableShare: r.reachableShare, journey: r.reachable ? r.journey : null, appointment: r.appointment };
  } else {
    const j = answer.journey;
    const when = j.arriveBy ? `the latest departure arriving by ${clock(j.arriveBy)}, leaving from ${clock(j.earliestDeparture)}`
      : `${clock(j.departure)} (one departure)`;
    summary = { fromName, toName: destination.name, windowText: `${when} on ${(j.departure ?? j.earliestDeparture).slice(0, 10)}`,
      typical: j.minutes, journey: j.reachable ? { departure: j.departure, arrival: j.arrival, legs: j.legs } : null, oneDeparture: true };
  }
  renderPtJourney(body, summary);
  const legs = summary.journey?.legs ?? [];
  drawJourney(ptFeatures(legs, state.stops, originPoint, destinationPoint), stopFeatures(legs, state.stops), legs.length ? ptLegend(legs) : null);
  const routes = [...new Set(legs.map((l) => l.route).filter(Boolean))];
  setStatus(summary.journey
    ? `Journey from ${fromName} to ${destination.name} by public transport: ${minutes(summary.typical)}${routes.length ? ` (${routes.join(', ')})` : ''}.`
    : `No public-transport journey from ${fromName} to ${destination.name} in this window.`);
}

async function selectOrigin(placeId) {
  state.originId = placeId;
  $('origin').value = placeId;
  drawTimes();
  const feature = state.places.get(placeId);
  await planJourney(placeId, placeName(placeId), feature?.geometry.coordinates);
}

function selectArea(code, fly) {
  state.selectedArea = code;
  drawAreas();
  if (state.table === 'lsoas') selectRow($('table-body'), code);
  const area = state.equity?.lsoas.features.find((f) => f.properties.code === code);
  if (area && fly) {
    const coordinates = area.geometry.coordinates.flat(area.geometry.type === 'MultiPolygon' ? 2 : 1);
    const lons = coordinates.map((c) => c[0]);
    const lats = coordinates.map((c) => c[1]);
    map.fitBounds([[Math.min(...lons), Math.min(...lats)], [Math.max(...lons), Math.max(...lats)]], { padding: 60, maxZoom: 13 });
    showAreaPopup(code, [(Math.min(...lons) + Math.max(...lons)) / 2, (Math.min(...lats) + Math.max(...lats)) / 2]);
  }
}

// ---- popups ----------------------------------------------------------------------------------------------------

const hoverPopup = new maplibregl.Popup({ closeButton: false, closeOnClick: false, className: 'hover-popup' });
const clickPopup = new maplibregl.Popup({ closeButton: true, maxWidth: '300px' });

function villagePopupText(id) {
  const v = state.times?.villages.find((x) => x.id === id);
  if (!v) return placeName(id);
  const parts = [`${v.name}: car ${minutes(v.drive)}`];
  if (state.times.request.mode !== 'drive') parts.push(`public transport ${Number.isFinite(v.pt) ? minutes(v.pt) : 'no journey'}`);
  return parts.join(', ');
}

function showAreaPopup(code, lngLat) {
  const p = state.equity?.lsoas.features.find((f) => f.properties.code === code)?.properties;
  const boundary = state.lsoaBoundaries.features.find((f) => f.properties.code === code)?.properties;
  const lines = [boundary?.name ?? code];
  const value = state.times?.lsoas.get(code);
  if (state.times) lines.push(`${MODE_NAMES[state.times.request.mode]}: ${state.times.request.mode === 'compare' ? (Number.isFinite(value) ? `${value.toFixed(1)}× car` : 'no journey') : (Number.isFinite(value) ? minutes(value) : 'no journey')}`);
  if (p) {
    lines.push(`IMD decile ${p.imdDecile}, local deprivation fifth ${p.imdLocalQuintile}; ${people(p.population)} residents`);
    lines.push(p.flags.length ? `Flags: ${p.flags.map((f) => flagWords(f, state.equity.report.thresholds)).join('; ')}` : 'No flags');
  }
  const content = document.createElement('div');
  content.className = 'area-popup';
  content.append(...lines.map((text, i) => Object.assign(document.createElement(i === 0 ? 'strong' : 'p'), { textContent: text })));
  clickPopup.setLngLat(lngLat).setDOMContent(content).addTo(map);
}

// ---- isochrones ------------------------------------------------------------------------------------------------

function isoMode() {
  return $('iso-mode').value || (mode() === 'drive' ? 'drive' : 'pt');
}

/** A mode in words: the API's own name where it is already a word (walk, cycle). */
const modeWords = (name) => ({ drive: 'car', pt: 'public transport' })[name] ?? name;

function renderIsoPoints() {
  $('iso-points').replaceChildren(...state.isoPoints.map((p, i) => {
    const item = document.createElement('li');
    item.textContent = `${String.fromCharCode(65 + i)}: ${p.lat.toFixed(4)}, ${p.lon.toFixed(4)} `;
    const remove = Object.assign(document.createElement('button'), { type: 'button', textContent: 'Remove' });
    remove.setAttribute('aria-label', `Remove start point ${String.fromCharCode(65 + i)}`);
    remove.addEventListener('click', () => {
      state.isoPoints.splice(i, 1);
      guarded(drawIsochrones)();
    });
    item.append(remove);
    return item;
  }));
  for (const marker of state.isoMarkers) marker.remove();
  state.isoMarkers = state.isoPoints.map((p, i) => {
    const element = Object.assign(document.createElement('div'), { className: 'iso-marker', textContent: String.fromCharCode(65 + i) });
    element.setAttribute('aria-hidden', 'true');
    return new maplibregl.Marker({ element }).setLngLat([p.lon, p.lat]).addTo(map);
  });
}

function clearIsochrones() {
  slots.isochrones.cancel();
  state.isoPoints = [];
  state.isoBands = null;
  renderIsoPoints();
  setData('isochrones', EMPTY);
  drawLegend();
}

async function drawIsochrones() {
  renderIsoPoints();
  if (state.isoPoints.length === 0) {
    clearIsochrones();
    return;
  }
  const travelMode = isoMode();
  const reverse = $('iso-reverse').checked && travelMode !== 'pt';
  const body = { locations: state.isoPoints, mode: travelMode, cutoffs: $('cutoffs').value.split(',').map(Number), reverse };
  if (travelMode === 'pt') {
    const { departure, window } = windowStartParams(state.caps);
    Object.assign(body, { ...(departure ? { departure } : {}), window: Number(window), percentile: selectedPercentile() });
  }
  setData('isochrones', EMPTY);
  state.isoBands = null;
  drawLegend();
  const answer = await slots.isochrones.run((signal) => sendJson('/api/v1/isochrones', body, { signal }));
  const bands = [...answer.features].sort((a, b) => a.properties.cutoffMinutes - b.properties.cutoffMinutes)
    .map((f, i) => ({ ...f, properties: { ...f.properties, colour: ISOCHRONE_COLOURS[i % ISOCHRONE_COLOURS.length] } }));
  setData('isochrones', { type: 'FeatureCollection', features: [...bands].reverse() }); // largest first, nearer on top
  state.isoBands = {
    title: `${modeWords(travelMode)}${reverse ? ', catchment: reaching the points' : ', from the points'} ${state.isoPoints.map((_, i) => String.fromCharCode(65 + i)).join(', ')}`,
    rows: bands.map((b) => [`${b.properties.cutoffMinutes} min · ${Math.round(b.properties.areaKm2)} km² · ${people(b.properties.population)} residents`, b.properties.colour]),
  };
  drawLegend();
  setStatus(`Isochrones: ${state.isoBands.rows.map((r) => r[0]).join('; ')}.`);
}

function addIsoPoint(lngLat) {
  state.isoPoints.push({ lat: Number(lngLat.lat.toFixed(6)), lon: Number(lngLat.lng.toFixed(6)) });
  return drawIsochrones();
}

// ---- scenarios -------------------------------------------------------------------------------------------------

function renderSites() {
  const sites = state.scenario.sites;
  $('scenario-sites').replaceChildren(...sites.map((site, i) => {
    const item = document.createElement('li');
    item.textContent = `${site.name ?? `New site ${i + 1}`}: ${site.lat.toFixed(4)}, ${site.lon.toFixed(4)} `;
    const remove = Object.assign(document.createElement('button'), { type: 'button', textContent: 'Remove' });
    remove.setAttribute('aria-label', `Remove new site ${i + 1}`);
    remove.addEventListener('click', () => { sites.splice(i, 1); renderSites(); });
    item.append(remove);
    return item;
  }));
  for (const marker of state.scenario.markers) marker.remove();
  state.scenario.markers = sites.map((site, i) => {
    const element = Object.assign(document.createElement('div'), { className: 'site-marker', textContent: `+ Site ${i + 1}` });
    element.setAttribute('aria-hidden', 'true'); // the panel lists the sites
    return new maplibregl.Marker({ element, anchor: 'bottom' }).setLngLat([site.lon, site.lat]).addTo(map);
  });
}

function scenarioFormState() {
  const closed = [...document.querySelectorAll('#scenario-remove input:checked')].map((box) => box.value);
  const routes = [...document.querySelectorAll('#scenario-routes select')].filter((s) => s.value !== '').map((s) => (s.value === 'remove'
    ? { id: s.dataset.route, action: 'remove' } : { id: s.dataset.route, action: 'headway', headwayMinutes: Number(s.value) }));
  return { sites: state.scenario.sites, closed, routes };
}

function describeScenario(form) {
  const parts = [];
  if (form.sites.length) parts.push(`${form.sites.length} new site${form.sites.length > 1 ? 's' : ''}`);
  for (const id of form.closed) parts.push(`${state.destinations.find((d) => d.id === id)?.name ?? id} closed`);
  for (const r of form.routes) {
    const name = document.querySelector(`#scenario-routes select[data-route="${CSS.escape(r.id)}"]`)?.dataset.name ?? r.id;
    parts.push(r.action === 'remove' ? `route ${name} removed` : `route ${name} every ${r.headwayMinutes} min`);
  }
  return parts.join(', ') || 'no change';
}

const scenarioId = (name) => name.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 64) || 'scenario';

async function runScenario() {
  const form = scenarioFormState();
  if (!form.sites.length && !form.closed.length && !form.routes.length) {
    throw new Error('Add a site, close a hospital or change a route first: the scenario has no change to compare.');
  }
  const name = scenarioId($('scenario-name').value);
  const description = describeScenario(form);
  const body = $('scenario-body');
  body.replaceChildren(Object.assign(document.createElement('p'), { className: 'note', textContent: 'Comparing before and after…' }));
  let answer;
  try {
    answer = await slots.scenario.run((signal) => sendJson('/api/v1/scenarios/compare', { scenarios: [scenarioBody(name, form)] }, { signal }));
  } catch (error) {
    if (!isSuperseded(error)) body.replaceChildren();
    throw error;
  }
  state.scenario.answer = answer;
  state.scenario.description = description;
  renderScenario(body, answer, `Scenario "${name}": ${description}`, state.equity?.report.thresholds);
  const option = $('areas-by').querySelector('option[value="scenario"]');
  option.hidden = false;
  $('areas-by').value = 'scenario';
  drawAreas();
  drawLegend();
  const d15 = (figures) => figures.drive.within.find((w) => w.minutes === 15)?.all ?? 0;
  const gain = d15(answer.scenarios[0].figures) - d15(answer.baseline);
  setStatus(`Scenario "${name}": ${gain >= 0 ? `${people(gain)} more` : `${people(-gain)} fewer`} residents within 15 min by car; `
    + `${answer.scenarios[0].versusBaseline.flagsLost.length} flags lost, ${answer.scenarios[0].versusBaseline.flagsGained.length} gained.`);
}

async function saveScenario() {
  const name = scenarioId($('scenario-name').value);
  $('scenario-name').value = name;
  await sendJson(`/api/v1/scenarios/${name}`, scenarioBody(name, scenarioFormState()), { method: 'PUT' });
  await refreshSaved(name);
  setStatus(`Saved scenario "${name}".`);
}

async function refreshSaved(selected) {
  if (!state.caps.savedScenarios) return;
  const saved = await getJson('/api/v1/scenarios');
  $('saved-scenarios').replaceChildren(...saved.map((s) => new Option(`${s.id} (${describeScenario(formState(s.scenario))})`, s.id)));
  if (selected) $('saved-scenarios').value = selected;
  $('saved-row').hidden = saved.length === 0;
}

async function openScenario() {
  const id = $('saved-scenarios').value;
  const saved = await getJson(`/api/v1/scenarios/${encodeURIComponent(id)}`);
  const form = formState(saved.scenario);
  $('scenario-name').value = saved.id;
  state.scenario.sites = form.sites;
  renderSites();
  for (const box of document.querySelectorAll('#scenario-remove input')) box.checked = form.closed.includes(box.value);
  for (const select of document.querySelectorAll('#scenario-routes select')) {
    const change = form.routes.find((r) => r.id === select.dataset.route);
    select.value = !change ? '' : change.action === 'remove' ? 'remove' : String(change.headwayMinutes);
  }
  await runScenario();
}

function buildScenarioForm(routes) {
  $('scenario-remove').append(...state.destinations.map((d) => {
    const label = Object.assign(document.createElement('label'), { className: 'check' });
    const box = Object.assign(document.createElement('input'), { type: 'checkbox', value: d.id });
    label.append(box, ` ${d.name}`);
    return label;
  }));
  if (!routes.length) return;
  $('scenario-routes').append(...routes.map((r) => {
    const name = `${r.shortName ?? r.id} (${r.longName ?? r.id})`;
    const label = Object.assign(document.createElement('label'), { textContent: name });
    const select = document.createElement('select');
    select.dataset.route = r.id;
    select.dataset.name = r.shortName ?? r.id;
    select.append(new Option('unchanged', ''), new Option('remove the route', 'remove'), ...HEADWAYS.map((h) => new Option(`a bus every ${h} min`, String(h))));
    label.append(select);
    return label;
  }));
  $('scenario-routes').hidden = false;
}

// ---- clicks and keys -------------------------------------------------------------------------------------------

function setClickMode(next) {
  state.clickMode = state.clickMode === next ? 'journey' : next;
  $('scenario-arm').setAttribute('aria-pressed', String(state.clickMode === 'site'));
  $('scenario-arm').textContent = state.clickMode === 'site' ? 'Click the map to place the site (Escape cancels)' : 'Add a site by clicking the map';
  $('iso-arm').setAttribute('aria-pressed', String(state.clickMode === 'isochrone'));
  $('iso-arm').textContent = state.clickMode === 'isochrone' ? 'Click the map to place the point (Escape cancels)' : 'Add a start point by clicking the map';
  map.getCanvas().style.cursor = state.clickMode === 'journey' ? '' : 'crosshair';
}

/** "52.67, -0.73" into a lngLat; throws a plain message otherwise. */
function typedPoint(text) {
  const parts = text.split(/[,\s]+/).filter(Boolean).map(Number);
  if (parts.length !== 2 || parts.some((n) => !Number.isFinite(n))) {
    throw new Error(`"${text}" is not a point: type latitude, longitude such as 52.6706, -0.7278.`);
  }
  return { lat: parts[0], lng: parts[1] };
}

const mapCentre = () => map.getCenter();

async function onMapClick(event) {
  if (state.clickMode === 'site') {
    setClickMode('site');
    state.scenario.sites.push({ lat: event.lngLat.lat, lon: event.lngLat.lng });
    renderSites();
    setStatus(`Site ${state.scenario.sites.length} placed; press "Compare before and after" when the scenario is ready.`);
    return;
  }
  if (state.clickMode === 'isochrone') {
    setClickMode('isochrone');
    await addIsoPoint(event.lngLat);
    return;
  }
  const hit = map.queryRenderedFeatures(event.point, { layers: ['villages'] })[0];
  if (hit) {
    await selectOrigin(hit.properties.from);
    return;
  }
  const area = map.queryRenderedFeatures(event.point, { layers: ['areas'] })[0];
  if (area) selectArea(area.properties.code, false);
  const label = `${event.lngLat.lat.toFixed(4)}, ${event.lngLat.lng.toFixed(4)}`;
  await planJourney(`${event.lngLat.lat.toFixed(6)},${event.lngLat.lng.toFixed(6)}`, `map point ${label}`, [event.lngLat.lng, event.lngLat.lat]);
  if (area) showAreaPopup(area.properties.code, event.lngLat);
}

function focusDestination() {
  const d = selectedDestination();
  const bounds = new maplibregl.LngLatBounds(RUTLAND_BOUNDS[0], RUTLAND_BOUNDS[1]).extend([d.lon, d.lat]);
  map.fitBounds(bounds, { padding: { top: 70, bottom: 40, left: 90, right: 90 }, duration: 0 });
}

function addLabels(places, destinations) {
  for (const feature of places) {
    const { name, type } = feature.properties;
    const label = Object.assign(document.createElement('div'), { className: `place-label ${type === 'town' ? 'town' : 'village'}`, textContent: name });
    label.setAttribute('aria-hidden', 'true'); // the same names are in the panel's table for screen readers
    new maplibregl.Marker({ element: label, anchor: 'bottom' }).setLngLat(feature.geometry.coordinates).addTo(map);
  }
  for (const destination of destinations) {
    const button = Object.assign(document.createElement('button'), { type: 'button', className: 'hospital', textContent: `H ${destination.name}` });
    button.dataset.id = destination.id;
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

function wireControls() {
  for (const box of document.querySelectorAll('input[data-layers]')) {
    box.addEventListener('change', () => {
      for (const layer of box.dataset.layers.split(',')) map.setLayoutProperty(layer, 'visibility', box.checked ? 'visible' : 'none');
    });
  }
  const refresh = guarded(async () => {
    await refreshTimes();
    if (state.originId) await selectOrigin(state.originId);
  });
  $('destination').addEventListener('change', () => { focusDestination(); refresh(); });
  $('mode').addEventListener('change', refresh);
  wireDepartureControls(state.caps, () => {
    refresh();
    guarded(refreshEquity)();
    if (state.isoPoints.length && isoMode() === 'pt') guarded(drawIsochrones)();
  });
  $('areas-by').addEventListener('change', () => { drawAreas(); drawLegend(); });
  $('origin').addEventListener('change', guarded(async () => { if ($('origin').value) await selectOrigin($('origin').value); }));
  for (const tab of document.querySelectorAll('.tab')) tab.addEventListener('click', () => chooseTable(tab.dataset.table));
  $('export-csv').addEventListener('click', guarded(() => exportTable('csv')));
  $('export-geojson').addEventListener('click', guarded(() => exportTable('geojson')));
  $('export-png').addEventListener('click', guarded(exportPicture));

  $('iso-arm').addEventListener('click', () => setClickMode('isochrone'));
  $('iso-add').addEventListener('click', guarded(async () => addIsoPoint(typedPoint($('iso-coords').value))));
  $('iso-coords').addEventListener('keydown', (e) => { if (e.key === 'Enter') $('iso-add').click(); });
  $('iso-centre').addEventListener('click', guarded(async () => addIsoPoint(mapCentre())));
  $('iso-clear').addEventListener('click', () => { clearIsochrones(); setStatus('Isochrones cleared.'); });
  for (const id of ['cutoffs', 'iso-reverse', 'iso-mode']) $(id).addEventListener('change', guarded(async () => { if (state.isoPoints.length) await drawIsochrones(); }));

  const addSite = (lngLat) => {
    state.scenario.sites.push({ lat: lngLat.lat, lon: lngLat.lng });
    renderSites();
  };
  $('scenario-arm').addEventListener('click', () => setClickMode('site'));
  $('site-add').addEventListener('click', guarded(async () => addSite(typedPoint($('site-coords').value))));
  $('site-coords').addEventListener('keydown', (e) => { if (e.key === 'Enter') $('site-add').click(); });
  $('site-centre').addEventListener('click', () => addSite(mapCentre()));
  $('scenario-run').addEventListener('click', guarded(runScenario));
  $('scenario-save').addEventListener('click', guarded(saveScenario));
  $('scenario-open').addEventListener('click', guarded(openScenario));

  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    if (state.clickMode !== 'journey') {
      setClickMode(state.clickMode);
      setStatus('Cancelled: map clicks plan journeys again.');
    }
    clickPopup.remove();
  });
  $('panel-toggle').addEventListener('click', () => setPanelOpen(!document.body.classList.contains('panel-open')));

  map.on('click', guarded(onMapClick));
  map.on('mousemove', (event) => {
    if (state.clickMode !== 'journey') return; // the crosshair stays while a point is being placed
    const hit = map.queryRenderedFeatures(event.point, { layers: ['villages'] })[0];
    map.getCanvas().style.cursor = hit ? 'pointer' : '';
    if (hit) hoverPopup.setLngLat(hit.geometry.coordinates).setText(villagePopupText(hit.properties.from)).addTo(map);
    else hoverPopup.remove();
  });
}

function applyCapabilities(caps) {
  const ptOption = $('mode').querySelector('option[value="pt"]');
  const compareOption = $('mode').querySelector('option[value="compare"]');
  ptOption.disabled = compareOption.disabled = !caps.pt;
  $('when').hidden = !caps.pt;
  if (!caps.pt) {
    $('mode-note').textContent = 'Public-transport times are not served by this API yet, so only car times are shown.';
    $('mode-note').hidden = false;
  }
  $('iso-mode').append(...caps.isochroneModes.map((name) => new Option(modeWords(name), name)));
  if (!caps.isochrones) {
    $('isochrone-controls').hidden = true;
    $('isochrone-note').textContent = 'Isochrones are not served by this API yet.';
    $('isochrone-note').hidden = false;
  }
  $('scenario').hidden = !caps.scenarios;
  $('scenario-save').hidden = !caps.savedScenarios;
}

async function start() {
  // Everything is requested at once; the slowest answer, not the sum of them, sets the load time. What depends on
  // the API's capabilities (stops, routes, the timetable's default day) follows as soon as they are known.
  const capabilities = detectCapabilities();
  const destinationsAnswer = getJson('/api/v1/destinations');
  const placesAnswer = getJson('/api/v1/places', { type: 'village,town,hamlet' });
  const transit = Promise.all([capabilities, destinationsAnswer, placesAnswer]).then(([caps, destinations, places]) => Promise.all([
    caps.stops ? getJson('/api/v1/transit/stops') : EMPTY,
    caps.routes ? getJson('/api/v1/transit/routes') : [],
    // The timetable's typical Tuesday, for the date control: the API's own default window.
    caps.pt ? getJson('/api/v1/travel-times', { mode: 'pt', from: places.features[0].properties.id, to: destinations[0].id }) : null,
  ]));
  const [caps, destinations, places, county, wards, lsoas, roads, [stops, routes, ptDefault]] = await Promise.all([
    capabilities, destinationsAnswer, placesAnswer,
    getJson('/api/v1/boundaries/county'),
    getJson('/api/v1/boundaries/wards'),
    getJson('/api/v1/boundaries/lsoas'),
    getJson('/api/v1/basemap/roads'),
    transit,
    mapLoaded,
  ]);
  state.caps = caps;
  state.destinations = destinations;
  state.lsoaBoundaries = lsoas;
  for (const feature of places.features) state.places.set(feature.properties.id, feature);
  renderProvenance($('provenance'), places.provenance);
  applyCapabilities(caps);
  for (const f of stops.features) state.stops.set(f.properties.id, f.geometry.coordinates);
  if (ptDefault) setDefaultDate(ptDefault.window.serviceDate);

  $('destination').replaceChildren(...destinations.map((d) => new Option(`${d.name}${d.onNetwork ? '' : ' (beyond road extract: estimated)'}`, d.id)));
  const byName = [...places.features].sort((a, b) => a.properties.name.localeCompare(b.properties.name));
  $('origin').append(...byName.map((f) => new Option(f.properties.name, f.properties.id)));
  buildScenarioForm(routes);
  setData('county', county);
  setData('wards', wards);
  setData('roads', roads);
  addLabels(places.features, destinations);
  wireControls();
  // Deprivation figures and saved scenarios load beside the first travel times; the map is ready with the times.
  // A control changed before they came asks again, and that answer is drawn: the first one is no failure to show.
  const background = Promise.all([unlessSuperseded(refreshEquity()), refreshSaved()]);
  await unlessSuperseded(refreshTimes());
  map.once('idle', () => { document.body.dataset.ready = 'true'; });
  map.triggerRepaint();
  await background;
}

start().catch((error) => {
  errors.show(error, () => window.location.reload());
  setStatus('The map could not load its data.');
});
