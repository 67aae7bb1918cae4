// Renders a /api/v1/scenarios/compare answer for one added site: before, after and change of the headline figures.

const CUTOFFS = [15, 30];
const GROUPS = [['all', 'all'], ['aged65Plus', '65+'], ['mostDeprived', 'most deprived']];
const MODES = [['drive', 'Car (free-flow)'], ['pt', 'Public transport (modelled timetable)']];

const people = (value) => (Number.isFinite(value) ? Math.round(value).toLocaleString('en-GB') : '–');
const minutes = (value) => (Number.isFinite(value) ? value.toFixed(1) : '–');
const signed = (value, format) => {
  if (!Number.isFinite(value)) return '–';
  const text = format(Math.abs(value));
  return value > 0 ? `+${text}` : value < 0 ? `−${text}` : text;
};
const within = (figures, cutoff, group) => figures.within.find((w) => w.minutes === cutoff)?.[group];

/** The scenario request body for one new destination at a map point. */
export function addSiteScenario(lngLat) {
  return {
    scenarios: [{
      name: 'clicked-site',
      modifications: [{
        type: 'addDestination', id: 'clicked-site', name: 'Clicked site',
        lat: Number(lngLat.lat.toFixed(6)), lon: Number(lngLat.lng.toFixed(6)),
      }],
    }],
  };
}

function cell(tag, text, attributes = {}) {
  const element = document.createElement(tag);
  element.textContent = text;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  return element;
}

function row(key, label, before, after, change) {
  const tr = document.createElement('tr');
  tr.dataset.measure = key;
  tr.append(cell('th', label, { scope: 'row' }), cell('td', before), cell('td', after), cell('td', change));
  return tr;
}

/** A heading row for one travel mode's figures. */
function modeRow(modeName) {
  const tr = document.createElement('tr');
  tr.className = 'mode';
  tr.append(cell('th', modeName, { scope: 'colgroup', colspan: '4' }));
  return tr;
}

/** The rows of the table: residents within 15 and 30 min and mean minutes by each mode, then the equity flags. */
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
        result.push(row(`${mode}-${cutoff}-${group}`, `Within ${cutoff} min: ${groupName}`,
          people(before), people(after), signed(after - before, people)));
      }
    }
    result.push(row(`${mode}-mean`, 'Mean minutes to nearest', minutes(baseline[mode].meanMinutes),
      minutes(figures[mode].meanMinutes), signed(versusBaseline[mode].meanMinutes, minutes)));
  }
  const lost = versusBaseline.flagsLost.length;
  const gained = versusBaseline.flagsGained.length;
  result.push(modeRow('Equity'));
  result.push(row('flags', 'Flags (LSOA × rule)', people(baseline.flags.length), people(figures.flags.length),
    `${lost} lost, ${gained} gained`));
  return result;
}

export function renderScenario(container, answer, lngLat) {
  const table = document.createElement('table');
  table.id = 'scenario-table';
  const caption = cell('caption', `Adding a site at ${lngLat.lat.toFixed(4)}, ${lngLat.lng.toFixed(4)} `
    + '(Rutland residents, to the nearest site or hospital)');
  const head = document.createElement('thead');
  const headRow = document.createElement('tr');
  headRow.append(...['Measure', 'Before', 'After', 'Change'].map((text) => cell('th', text, { scope: 'col' })));
  head.append(headRow);
  const body = document.createElement('tbody');
  body.append(...rows(answer));
  table.append(caption, head, body);
  const modelled = (answer.provenance ?? []).filter((p) => p.modelled).map((p) => p.name);
  const note = cell('p', 'Car times are free-flow modelled; public-transport figures use a modelled timetable'
    + `${modelled.length ? ` (${modelled.join('; ')})` : ''}, not live times.`, { class: 'note', id: 'scenario-provenance' });
  container.replaceChildren(table, note);
}
