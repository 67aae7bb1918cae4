// End-to-end: the real API on the real data, the page in Debian's Chromium, screenshots in artifacts/screenshots.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { startApi } from './support/apiServer.mjs';
import { launchBrowser, openMap } from './support/browser.mjs';
import { colouredShare } from './support/pixels.mjs';

const screenshots = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'artifacts', 'screenshots');
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };
// The page asks for mode=pt to learn whether public transport is served; until it is, that answer is a 400.
const PT_PROBE = '/api/v1/travel-times?mode=pt';

/** Page coordinates of a map point given as longitude and latitude. */
async function lngLatPoint(page, lngLat) {
  return page.evaluate((coordinates) => {
    const box = window.rutlandMap.getCanvas().getBoundingClientRect();
    const p = window.rutlandMap.project(coordinates);
    return { x: box.left + p.x, y: box.top + p.y };
  }, lngLat);
}

/** Page coordinates of a village circle that a click would hit (not covered by a hospital marker). */
async function villagePoint(page) {
  return page.evaluate(() => {
    const map = window.rutlandMap;
    const box = map.getCanvas().getBoundingClientRect();
    for (const feature of map.queryRenderedFeatures({ layers: ['villages'] })) {
      const point = map.project(feature.geometry.coordinates);
      const x = box.left + point.x, y = box.top + point.y;
      const hit = map.queryRenderedFeatures(point, { layers: ['villages'] })[0];
      if (hit?.properties.from === feature.properties.from && document.elementFromPoint(x, y) === map.getCanvas()) {
        return { x, y, name: feature.properties.fromName };
      }
    }
    return null;
  });
}

/** Page coordinates of a point on a major road inside Rutland, clear of villages and markers. */
async function roadPointAwayFromVillages(page) {
  return page.evaluate(() => {
    const map = window.rutlandMap;
    const box = map.getCanvas().getBoundingClientRect();
    for (const road of map.queryRenderedFeatures({ layers: ['roads'] })) {
      const lines = road.geometry.type === 'LineString' ? [road.geometry.coordinates] : road.geometry.coordinates;
      for (const coordinate of lines.flat()) {
        const point = map.project(coordinate);
        const near = [[point.x - 20, point.y - 20], [point.x + 20, point.y + 20]];
        const x = box.left + point.x, y = box.top + point.y;
        if (map.queryRenderedFeatures(near, { layers: ['villages'] }).length === 0
          && map.queryRenderedFeatures(point, { layers: ['county-fill'] }).length > 0
          && document.elementFromPoint(x, y) === map.getCanvas()) return { x, y };
      }
    }
    return null;
  });
}

describe('web map', () => {
  let api;
  let browser;

  before(async () => {
    mkdirSync(screenshots, { recursive: true });
    api = await startApi();
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await api?.stop();
  });

  test('loads at 1280×800 with the map drawn from our own data, nothing from the internet, no console errors', async (t) => {
    const { page, context, errors, external, loadMs } = await openMap(browser, api.baseUrl, DESKTOP, [PT_PROBE]);
    t.diagnostic(`page load to map drawn: ${loadMs} ms`);
    const rendered = await page.evaluate(() => Object.fromEntries(['villages', 'lsoa-times', 'roads', 'wards', 'county-line']
      .map((layer) => [layer, window.rutlandMap.queryRenderedFeatures({ layers: [layer] }).length])));
    for (const [layer, count] of Object.entries(rendered)) assert.ok(count > 0, `${layer} drew nothing`);
    const png = await page.locator('#map').screenshot({ path: join(screenshots, 'desktop.png') });
    const share = await colouredShare(page, png);
    assert.ok(share > 0.2, `only ${(share * 100).toFixed(1)}% of the map is coloured: the canvas looks blank`);
    assert.match(await page.locator('#attribution').innerText(), /Contains OS data © Crown copyright.*Open Government Licence v3\.0.*© OpenStreetMap contributors \(ODbL\)/);
    assert.match(await page.locator('#provenance').innerText(), /Data vintage: .*2022-07-20.*bus timetable modelled/);
    assert.equal((await page.locator('#ranked li').count()), 10);
    assert.deepEqual(external, []);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('layer toggles hide and show their map layers', async () => {
    const { page, context, errors } = await openMap(browser, api.baseUrl, DESKTOP, [PT_PROBE]);
    const visibility = (layer) => page.evaluate((id) => window.rutlandMap.getLayoutProperty(id, 'visibility') ?? 'visible', layer);
    for (const [label, layer] of [['Major roads', 'roads'], ['Travel time by LSOA', 'lsoa-times'], ['Ward boundaries', 'wards']]) {
      await page.getByLabel(label).uncheck();
      assert.equal(await visibility(layer), 'none', `${label} still shown`);
      await page.getByLabel(label).check();
      assert.equal(await visibility(layer), 'visible', `${label} not shown again`);
    }
    await page.getByLabel('Travel time by village').uncheck();
    // Rendered features change with the next frame, not with the call.
    await page.waitForFunction(() => window.rutlandMap.queryRenderedFeatures({ layers: ['villages'] }).length === 0);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('offers public transport, deprivation and isochrones exactly when the API serves them', async () => {
    const { page, context } = await openMap(browser, api.baseUrl, DESKTOP, [PT_PROBE]);
    const paths = (await (await fetch(`${api.baseUrl}/openapi/v1.json`)).json()).paths;
    const ptServed = (await fetch(`${api.baseUrl}${PT_PROBE}&from=oakham&to=rmh`)).ok;
    assert.equal(await page.locator('#mode option[value="pt"]').isDisabled(), !ptServed);
    assert.equal(await page.locator('#cutoffs').isDisabled(), !paths['/api/v1/isochrones']);
    assert.equal(await page.locator('#gaps').isVisible(), Boolean(paths['/api/v1/equity/report']));
    if (!paths['/api/v1/equity/lsoas']) assert.equal(await page.locator('#deprivation-toggle').isVisible(), false);
    await context.close();
  });

  test('keyboard alone reaches the destination selector, with a visible focus ring, and changes the map', async () => {
    const { page, context, errors } = await openMap(browser, api.baseUrl, DESKTOP, [PT_PROBE]);
    for (let i = 0; i < 6 && await page.evaluate(() => document.activeElement?.id) !== 'destination'; i++) {
      await page.keyboard.press('Tab');
    }
    assert.equal(await page.evaluate(() => document.activeElement.id), 'destination');
    assert.notEqual(await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle), 'none');
    const firstRanked = await page.locator('#ranked li').first().innerText();
    await page.keyboard.press('ArrowDown');
    await page.waitForFunction(() => document.getElementById('legend-times').innerText.includes('Melton Mowbray'));
    assert.notEqual(await page.locator('#ranked li').first().innerText(), firstRanked);
    await page.locator('#ranked button').first().focus();
    await page.keyboard.press('Enter');
    await page.locator('#journey-body dl').waitFor();
    assert.match(await page.locator('#journey-body').innerText(), /Melton Mowbray Hospital[\s\S]*Estimated/);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('clicking a village on the map shows its journey and draws the route', async () => {
    const { page, context, errors } = await openMap(browser, api.baseUrl, DESKTOP, [PT_PROBE]);
    const village = await villagePoint(page);
    assert.ok(village, 'no clickable village on the map');
    await page.mouse.click(village.x, village.y);
    await page.locator('#journey-body dl').waitFor();
    const text = await page.locator('#journey-body').innerText();
    assert.ok(text.includes(village.name), `journey is not from ${village.name}: ${text}`);
    assert.match(text, /Time\s+\d+(\.\d)? min/);
    await page.waitForFunction(() => window.rutlandMap.queryRenderedFeatures({ layers: ['journey'] }).length > 0);
    await page.screenshot({ path: join(screenshots, 'journey.png') });
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('clicking the map elsewhere plans from that point, with isochrones when the API serves them', async () => {
    const { page, context, errors } = await openMap(browser, api.baseUrl, DESKTOP, [PT_PROBE]);
    const point = await roadPointAwayFromVillages(page);
    assert.ok(point, 'no road point clear of villages');
    await page.mouse.click(point.x, point.y);
    await page.waitForFunction(() => document.getElementById('journey-body').innerText.includes('map point'));
    if (await page.locator('#cutoffs').isEnabled()) {
      await page.waitForFunction(() => window.rutlandMap.queryRenderedFeatures({ layers: ['isochrones'] }).length > 0);
      await page.locator('#legend-isochrones').waitFor();
    } else {
      assert.match(await page.locator('#isochrone-note').innerText(), /not served/);
    }
    await page.screenshot({ path: join(screenshots, 'map-click.png') });
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('a request the API cannot answer shows its problem detail', async () => {
    const { page, context } = await openMap(browser, api.baseUrl, DESKTOP, [PT_PROBE, '/api/v1/journey']);
    // South-west of Rutland, beyond the road extract: the API answers 422 with a detail.
    const point = await page.evaluate(() => {
      const box = window.rutlandMap.getCanvas().getBoundingClientRect();
      const p = window.rutlandMap.project([-0.80, 52.54]);
      return { x: box.left + p.x, y: box.top + p.y };
    });
    const answer = page.waitForResponse((r) => r.url().includes('/api/v1/journey'));
    await page.mouse.click(point.x, point.y);
    const problem = await (await answer).json();
    assert.equal(problem.status, 422);
    await page.locator('#error').waitFor();
    assert.equal(await page.locator('#error-text').innerText(), problem.detail);
    await page.screenshot({ path: join(screenshots, 'error.png') });
    await page.getByRole('button', { name: 'Dismiss' }).click();
    assert.equal(await page.locator('#error').isVisible(), false);
    await context.close();
  });

  test('a planner adds a site near Uppingham by clicking the map and sees the before and after figures', async () => {
    const { page, context, errors } = await openMap(browser, api.baseUrl, DESKTOP, [PT_PROBE]);
    const arm = page.getByRole('button', { name: 'Add a site by clicking the map' });
    await arm.focus();
    await page.keyboard.press('Enter'); // armed from the keyboard, as a real button
    assert.equal(await page.locator('#scenario-arm').getAttribute('aria-pressed'), 'true');
    const point = await lngLatPoint(page, [-0.7234, 52.5887]); // Uppingham, on its roads
    const answer = page.waitForResponse((r) => r.url().includes('/api/v1/scenarios/compare'));
    await page.mouse.click(point.x, point.y);
    assert.equal((await answer).status(), 200);
    await page.locator('#scenario-table').waitFor();
    assert.equal(await page.locator('#scenario-arm').getAttribute('aria-pressed'), 'false');
    const figure = (measure, column) => page.locator(`#scenario-table tr[data-measure="${measure}"] td`).nth(column)
      .innerText().then((text) => Number(text.replace(/,/g, '')));
    const before = await figure('drive-15-all', 0);
    const after = await figure('drive-15-all', 1);
    assert.ok(after > before, `drive within 15 min did not rise: ${before} → ${after}`);
    for (const measure of ['drive-30-aged65Plus', 'pt-15-mostDeprived', 'drive-mean', 'pt-mean', 'flags']) {
      assert.equal(await page.locator(`#scenario-table tr[data-measure="${measure}"] td`).count(), 3, `${measure} row missing`);
    }
    assert.match(await page.locator('#scenario-provenance').innerText(), /modelled timetable/);
    assert.ok(await page.locator('.site-marker').isVisible());
    // The journey behaviour did not run for the scenario click.
    assert.equal(await page.locator('#journey-body dl').count(), 0);
    await page.locator('#scenario').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(screenshots, 'scenario.png') });
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('a scenario site far from any road shows the problem detail', async () => {
    const { page, context } = await openMap(browser, api.baseUrl, DESKTOP, [PT_PROBE, '/api/v1/scenarios/compare']);
    await page.getByRole('button', { name: 'Add a site by clicking the map' }).click();
    const point = await lngLatPoint(page, [-0.80, 52.54]);
    const answer = page.waitForResponse((r) => r.url().includes('/api/v1/scenarios/compare'));
    await page.mouse.click(point.x, point.y);
    const problem = await (await answer).json();
    assert.equal(problem.status, 422);
    await page.locator('#error').waitFor();
    assert.equal(await page.locator('#error-text').innerText(), problem.detail);
    assert.equal(await page.locator('#scenario-table').count(), 0);
    assert.equal(await page.locator('.site-marker').count(), 0);
    await context.close();
  });

  test('at phone size 390×844 the panel collapses behind a button and the credits stay in view', async () => {
    const { page, context, errors } = await openMap(browser, api.baseUrl, PHONE, [PT_PROBE]);
    assert.equal(await page.locator('#panel').isVisible(), false);
    assert.ok(await page.locator('#attribution').isVisible());
    await page.screenshot({ path: join(screenshots, 'phone-collapsed.png') });
    const share = await colouredShare(page, await page.locator('#map').screenshot());
    assert.ok(share > 0.1, `only ${(share * 100).toFixed(1)}% of the map is coloured at phone size: the canvas looks blank`);
    const toggle = page.getByRole('button', { name: 'Show panel' });
    await toggle.focus();
    await page.keyboard.press('Enter');
    assert.ok(await page.locator('#panel').isVisible());
    assert.equal(await page.locator('#panel-toggle').getAttribute('aria-expanded'), 'true');
    assert.ok(await page.locator('#attribution').isVisible());
    await page.screenshot({ path: join(screenshots, 'phone-panel-open.png') });
    assert.deepEqual(errors, []);
    await context.close();
  });
});
