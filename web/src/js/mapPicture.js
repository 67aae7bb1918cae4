// The map as a picture to paste into a report: the WebGL canvas (kept with preserveDrawingBuffer) with a title, the
// window the figures cover, the legend, the place labels and the attribution drawn around it, as a PNG.

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif';
const PAD = 16;
const LEGEND_WIDTH = 280;
const LINE = 18;

function wrap(context, text, width) {
  const lines = [];
  let line = '';
  for (const word of text.split(' ')) {
    const next = line ? `${line} ${word}` : word;
    if (context.measureText(next).width > width && line) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * map: the MapLibre map; picture: { title, subtitle, legend: [{ title, rows }], labels: [{ lngLat, text }], attribution }.
 * Resolves with a PNG Blob.
 */
export function mapPicture(map, picture) {
  const source = map.getCanvas();
  const ratio = source.width / source.clientWidth || 1;
  const mapWidth = source.clientWidth;
  const mapHeight = source.clientHeight;
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d');
  context.font = `12px ${FONT}`;
  const totalWidth = mapWidth + LEGEND_WIDTH + PAD * 3;
  const attribution = wrap(context, picture.attribution, totalWidth - PAD * 2);
  const headerHeight = PAD + 26 + LINE * 2;
  const height = headerHeight + mapHeight + PAD + attribution.length * 15 + PAD;
  canvas.width = totalWidth * ratio;
  canvas.height = height * ratio;
  context.scale(ratio, ratio);
  context.fillStyle = '#fff';
  context.fillRect(0, 0, totalWidth, height);

  context.fillStyle = '#111';
  context.font = `bold 20px ${FONT}`;
  context.fillText(picture.title, PAD, PAD + 18);
  context.font = `13px ${FONT}`;
  wrap(context, picture.subtitle, totalWidth - PAD * 2).slice(0, 2).forEach((line, i) => context.fillText(line, PAD, PAD + 26 + LINE * (i + 1) - 4));

  context.drawImage(source, PAD, headerHeight, mapWidth, mapHeight);
  context.strokeStyle = '#888';
  context.strokeRect(PAD, headerHeight, mapWidth, mapHeight);
  context.font = `bold 12px ${FONT}`;
  context.textAlign = 'center';
  for (const label of picture.labels) {
    const p = map.project(label.lngLat);
    if (p.x < 0 || p.y < 0 || p.x > mapWidth || p.y > mapHeight) continue;
    context.lineWidth = 3;
    context.strokeStyle = '#fff';
    context.strokeText(label.text, PAD + p.x, headerHeight + p.y - 8);
    context.fillStyle = '#111';
    context.fillText(label.text, PAD + p.x, headerHeight + p.y - 8);
  }
  context.textAlign = 'left';

  let y = headerHeight + 4;
  const x = PAD * 2 + mapWidth;
  for (const section of picture.legend) {
    context.font = `bold 13px ${FONT}`;
    context.fillStyle = '#111';
    for (const line of wrap(context, section.title, LEGEND_WIDTH)) {
      y += LINE;
      context.fillText(line, x, y);
    }
    context.font = `12px ${FONT}`;
    for (const [label, colour] of section.rows) {
      y += LINE;
      context.fillStyle = colour;
      context.fillRect(x, y - 11, 22, 13);
      context.strokeStyle = '#555';
      context.lineWidth = 1;
      context.strokeRect(x, y - 11, 22, 13);
      context.fillStyle = '#111';
      context.fillText(label, x + 30, y);
    }
    y += LINE / 2;
  }

  context.font = `12px ${FONT}`;
  context.fillStyle = '#333';
  attribution.forEach((line, i) => context.fillText(line, PAD, headerHeight + mapHeight + PAD + 12 + i * 15));
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the picture could not be made'))), 'image/png'));
}

/** Saves a Blob under a file name through a temporary link. */
export function saveBlob(blob, fileName) {
  const url = URL.createObjectURL(blob);
  const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
