// A sortable table: column headers are buttons (keyboard and screen readers get aria-sort); rows without a value
// sort last whichever way, so "no journey" never pushes the longest real times out of view.

/**
 * columns: [{ key, label, value(row) -> number|string|null, text(row) -> string, numeric }]
 * options: { caption, sort: { key, descending }, rowId(row), onRowActivate(row) }
 */
export function renderTable(container, columns, rows, options) {
  let sort = { ...options.sort };
  const table = document.createElement('table');
  table.className = 'data-table';
  table.id = options.id;
  const caption = document.createElement('caption');
  caption.textContent = options.caption;
  const head = document.createElement('thead');
  const headRow = document.createElement('tr');
  const body = document.createElement('tbody');
  head.append(headRow);
  table.append(caption, head, body);

  const compare = (column) => (a, b) => {
    const x = column.value(a);
    const y = column.value(b);
    const missingX = x === null || x === undefined || Number.isNaN(x);
    const missingY = y === null || y === undefined || Number.isNaN(y);
    if (missingX || missingY) return missingX === missingY ? 0 : missingX ? 1 : -1;
    const order = typeof x === 'number' ? x - y : String(x).localeCompare(String(y));
    return sort.descending ? -order : order;
  };

  function draw() {
    headRow.replaceChildren(...columns.map((column) => {
      const th = document.createElement('th');
      th.scope = 'col';
      if (column.numeric) th.className = 'num';
      const active = sort.key === column.key;
      th.setAttribute('aria-sort', active ? (sort.descending ? 'descending' : 'ascending') : 'none');
      const button = document.createElement('button');
      button.type = 'button';
      button.dataset.key = column.key;
      button.textContent = `${column.label}${active ? (sort.descending ? ' ▼' : ' ▲') : ''}`;
      button.addEventListener('click', () => {
        sort = { key: column.key, descending: active ? !sort.descending : Boolean(column.numeric) };
        draw();
        headRow.querySelector(`button[data-key="${column.key}"]`).focus();
      });
      th.append(button);
      return th;
    }));
    const column = columns.find((c) => c.key === sort.key);
    const sorted = column ? [...rows].sort(compare(column)) : rows;
    body.replaceChildren(...sorted.map((row) => {
      const tr = document.createElement('tr');
      tr.dataset.id = options.rowId(row);
      columns.forEach((c, i) => {
        const cell = document.createElement(i === 0 ? 'th' : 'td');
        if (i === 0) cell.scope = 'row';
        if (c.numeric) cell.className = 'num';
        if (i === 0 && options.onRowActivate) {
          const button = document.createElement('button');
          button.type = 'button';
          button.className = 'row-link';
          button.textContent = c.text(row);
          button.addEventListener('click', () => options.onRowActivate(row));
          cell.append(button);
        } else cell.textContent = c.text(row);
        tr.append(cell);
      });
      return tr;
    }));
  }
  draw();
  container.replaceChildren(table);
  return {
    /** The rows in the order shown, as the column texts: what a CSV of the table holds. */
    shown: () => [...body.rows].map((tr) => [...tr.cells].map((cell) => cell.textContent)),
  };
}

/** Marks one row as selected and scrolls it into view. */
export function selectRow(container, id) {
  for (const tr of container.querySelectorAll('tr[data-id]')) {
    const on = tr.dataset.id === id;
    tr.classList.toggle('selected', on);
    if (on) tr.scrollIntoView({ block: 'nearest' });
  }
}
