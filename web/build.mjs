// Builds the web map into the API's wwwroot: our sources as they are (no bundler needed) plus MapLibre vendored
// from node_modules, so the page never loads code from a CDN.
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '..', 'src', 'Rutland.Access.Api', 'wwwroot');
const maplibre = join(here, 'node_modules', 'maplibre-gl', 'dist');

rmSync(out, { recursive: true, force: true });
cpSync(join(here, 'src'), out, { recursive: true });
mkdirSync(join(out, 'vendor'), { recursive: true });
for (const file of ['maplibre-gl.js', 'maplibre-gl.css', 'LICENSE.txt']) {
  cpSync(join(maplibre, file), join(out, 'vendor', file === 'LICENSE.txt' ? 'maplibre-gl.LICENSE.txt' : file));
}
console.log(`web map built into ${out}`);
