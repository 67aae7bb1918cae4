// The data behind every figure, kept in view: vintages of the inputs and which parts are modelled.

/** Inputs a reader needs to judge the map; the full list is one click away. */
const HEADLINE = [/OpenStreetMap extract/, /hospitals/i, /Deprivation 2019/, /population/i];

export function renderProvenance(container, provenance) {
  const headline = provenance.filter((p) => HEADLINE.some((pattern) => pattern.test(p.name)));
  const modelled = provenance.filter((p) => p.modelled).map((p) => p.name);
  const summary = document.createElement('summary');
  summary.textContent = `Data vintage: ${headline.map((p) => `${p.name} ${p.vintage}`).join('; ')}. `
    + 'Car times are free-flow modelled; bus timetable modelled (authored from published service patterns, not live times)'
    + `${modelled.length ? `; modelled inputs: ${modelled.join(', ')}` : ''}.`;
  const list = document.createElement('ul');
  list.append(...provenance.map((p) => {
    const item = document.createElement('li');
    item.textContent = `${p.name} — ${p.vintage}; ${p.source}; ${p.licence}${p.modelled ? ' (modelled)' : ''}`;
    return item;
  }));
  const details = document.createElement('details');
  details.append(summary, list);
  container.replaceChildren(details);
}
