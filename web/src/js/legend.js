// The legend as data (title and [label, colour] rows), drawn in the panel and onto the exported map picture alike.

function row(label, colour, shape) {
  const div = document.createElement('div');
  div.className = 'legend-row';
  const swatch = document.createElement('span');
  swatch.className = `swatch ${shape ?? ''}`;
  swatch.style.background = colour;
  const text = document.createElement('span');
  text.textContent = label;
  div.append(swatch, text);
  return div;
}

/** sections: [{ title, rows: [[label, colour]], shape? }] */
export function renderLegend(container, sections) {
  container.replaceChildren(...sections.flatMap((section) => {
    const heading = document.createElement('p');
    heading.className = 'legend-title';
    heading.textContent = section.title;
    return [heading, ...section.rows.map(([label, colour]) => row(label, colour, section.shape))];
  }));
}
