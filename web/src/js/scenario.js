// A scenario: the body sent to the API (sites added, hospitals closed, routes removed or re-timed), and its answer
// shown before and after: headline figures, which areas gain or lose which flags, and per-area changes for the map.
import { flagWords } from './equity.js';
import { minutes, people, signed } from './format.js';

const CUTOFFS = [15, 30];
const GROUPS = [['all', 'all'], ['aged65Plus', '65+'], ['mostDeprived', 'most deprived']];
const MODES = [['drive', 'Car (free-flow)'], ['pt', 'Public transport (modelled timetable)']];

const within = (figures, cutoff, group) => figures.within.find((w) => w.minutes === cutoff)?.[group];

/** The scenario object of the API from the form's state. */
export function scenarioBody(name, { sites, closed, routes }) {
  return {
    name,
    modifications: [
      ...sites.map((site, i) => ({
        type: 'addDestination', id: `site-${i + 1}`, name: site.name ?? `New site ${i + 1}`,
        lat: Number(site.lat.toFixed(6)), lon: Number(site.lon.toFixed(6)),
      })),
      ...closed.map((id) => ({ type: 'removeDestination', id })),
      ...routes.map((r) => (r.action === 'remove' ? { type: 'removeRoute', routeId: r.id }
        : { type: 'adjustRouteService', routeId: r.id, headwayMinutes: r.headwayMinutes })),
    ],
  };
}

/** The form's state back from a saved scenario. */
export function formState(scenario) {
  const mods = scenario.modifications ?? [];
  return {
    sites: mods.filter((m) => m.type === 'addDestination').map((m) => ({ lat: m.lat, lon: m.lon, name: m.name })),
    closed: mods.filter((m) => m.type === 'removeDestination').map((m) => m.id),
    routes: mods.filter((m) => m.type === 'removeRoute' || m.type === 'adjustRouteService').map((m) => (m.type === 'removeRoute'
      ? { id: m.routeId, action: 'remove' } : { id: m.routeId, action: 'headway', headwayMinutes: m.headwayMinutes })),
  };
}

const cell = (tag, text, attributes = {}) => {
  const element = document.createElement(tag);
  element.textContent = text;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  return element;
};

function row(key, label, before, after, change) {
  const tr = document.createElement('tr');
  tr.dataset.measure = key;
  tr.append(cell('th', label, { scope: 'row' }), cell('td', before), cell('td', after), cell('td', change));
  return tr;
}

function modeRow(modeName) {
  const tr = document.createElement('tr');
  tr.className = 'mode';
  tr.append(cell('th', modeName, { scope: 'colgroup', colspan: '4' }));
  return tr;
}

function rows(answer) {
  const { baseline } = answer;
  const { figures, versusBaseline } = answer.scenarios[0];
  const result = [];
  for (const [mode, modeName] of MODES) {
    result.push(modeRow(modeName));
    for (const cutoff of CUTOFFS) {
      for (const [group, groupName] of GROUPS) {
        const before = within(baseline[mode], cutoff, group);
        const after = within(figures[mode], cutoff, group);
        result.push(row(`${mode}-${cutoff}-${group}`, `Within ${cutoff} min: ${groupName}`, people(before), people(after), signed(after - before, people)));
      }
    }
    result.push(row(`${mode}-mean`, 'Mean minutes to nearest', minutes(baseline[mode].meanMinutes), minutes(figures[mode].meanMinutes),
      signed(versusBaseline[mode].meanMinutes, minutes)));
    result.push(row(`${mode}-without`, 'Residents with no journey', people(baseline[mode].residentsWithoutTime),
      people(figures[mode].residentsWithoutTime), signed(figures[mode].residentsWithoutTime - baseline[mode].residentsWithoutTime, people)));
  }
  result.push(modeRow('Equity'));
  result.push(row('flags', 'Flags (area × rule)', people(baseline.flags.length), people(figures.flags.length),
    `${versusBaseline.flagsLost.length} lost, ${versusBaseline.flagsGained.length} gained`));
  return result;
}

/** Lists each area's gained and lost flags in words. */
function flagChanges(answer, thresholds) {
  const { versusBaseline } = answer.scenarios[0];
  const names = new Map(answer.baseline.lsoas.map((l) => [l.lsoa, l.name]));
  const list = document.createElement('ul');
  list.id = 'scenario-flags';
  const describe = (flag, verb) => Object.assign(document.createElement('li'), {
    textContent: `${names.get(flag.lsoaCode) ?? flag.lsoaCode} ${verb}: ${flagWords(flag.code, thresholds)}`,
  });
  list.append(...versusBaseline.flagsLost.map((f) => describe(f, 'loses the flag')), ...versusBaseline.flagsGained.map((f) => describe(f, 'gains the flag')));
  if (!list.children.length) list.append(Object.assign(document.createElement('li'), { textContent: 'No area gains or loses a flag.' }));
  return list;
}

export function renderScenario(container, answer, description, thresholds) {
  const table = document.createElement('table');
  table.id = 'scenario-table';
  const head = document.createElement('thead');
  const headRow = document.createElement('tr');
  headRow.append(...['Measure', 'Before', 'After', 'Change'].map((text) => cell('th', text, { scope: 'col' })));
  head.append(headRow);
  const body = document.createElement('tbody');
  body.append(...rows(answer));
  table.append(cell('caption', `${description} (Rutland residents, to the nearest site or hospital)`), head, body);
  const modelled = (answer.provenance ?? []).filter((p) => p.modelled).map((p) => p.name);
  const note = cell('p', 'Car times are free-flow modelled; public-transport figures use a modelled timetable'
    + `${modelled.length ? ` (${modelled.join('; ')})` : ''}, not live times.`, { class: 'note', id: 'scenario-provenance' });
  container.replaceChildren(table, cell('p', 'Flags gained and lost, by area', { class: 'legend-title' }), flagChanges(answer, thresholds), note);
}

/** Per-LSOA change in minutes (scenario minus baseline) for the difference map; null where either has no time. */
export function lsoaChanges(answer, mode) {
  const before = new Map(answer.baseline.lsoas.map((l) => [l.lsoa, l]));
  return new Map(answer.scenarios[0].figures.lsoas.map((after) => {
    const b = before.get(after.lsoa)?.[`${mode}Minutes`];
    const a = after[`${mode}Minutes`];
    return [after.lsoa, Number.isFinite(a) && Number.isFinite(b) ? a - b : null];
  }));
}
