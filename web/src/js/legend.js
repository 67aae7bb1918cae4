// Legends for the panel, built from the same palettes the map layers use.
import { DECILE_COLOURS, minuteLegend } from './palettes.js';

function row(label, colour) {
  const div = document.createElement('div');
  div.className = 'legend-row';
  const swatch = document.createElement('span');
  swatch.className = 'swatch';
  swatch.style.background = colour;
  const text = document.createElement('span');
  text.textContent = label;
  div.append(swatch, text);
  return div;
}

function titled(container, title, rows) {
  const heading = document.createElement('p');
  heading.className = 'legend-title';
  heading.textContent = title;
  container.replaceChildren(heading, ...rows.map(([label, colour]) => row(label, colour)));
}

export function renderTimeLegend(container, destinationName, modeName) {
  titled(container, `Minutes to ${destinationName} by ${modeName}`, minuteLegend());
}

export function renderDeprivationLegend(container) {
  titled(container, 'IMD decile (1 = most deprived 10% in England)',
    DECILE_COLOURS.map((colour, i) => [`decile ${i + 1}`, colour]));
}

export function renderIsochroneLegend(container, bands) {
  titled(container, 'Reachable within', bands.map((b) => [
    `${b.cutoffMinutes} min${Number.isFinite(b.areaKm2) ? ` · ${b.areaKm2.toFixed(0)} km²` : ''}`
      + `${Number.isFinite(b.population) ? ` · ${Math.round(b.population).toLocaleString('en-GB')} people` : ''}`,
    b.colour,
  ]));
}
