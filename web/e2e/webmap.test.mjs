// End-to-end: the real API on the real data, the page in Debian's Chromium, screenshots in artifacts/screenshots.
// One test per user of the issue, acting out the task and asserting what is on screen; a race test; basics.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { startApi } from './support/apiServer.mjs';
import { launchBrowser, openMap } from './support/browser.mjs';
import { download, pngSize } from './support/downloads.mjs';
import { colouredShare } from './support/pixels.mjs';

const screenshots = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'artifacts', 'screenshots');
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };
const rendered = (page, layer) => page.evaluate((id) => window.rutlandMap.queryRenderedFeatures({ layers: [id] }).length, layer);
const text = (page, selector) => page.locator(selector).innerText();

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

  test('transport planner: which villages take longest to reach RMH by bus in the morning, against driving', async (t) => {
    const { page, context, errors, external, started } = await openMap(browser, api.baseUrl, DESKTOP);
    // The defaults are DfT's: a Tuesday, leaving 07:00–10:00, the median.
    assert.equal(await page.locator('#dep-time').inputValue(), '07:00');
    assert.equal(await page.locator('#dep-window').inputValue(), '180');
    assert.equal(new Date(`${await page.locator('#dep-date').inputValue()}T12:00Z`).getUTCDay(), 2, 'default date is not a Tuesday');
    await page.getByLabel('Travel mode').selectOption('compare');
    await page.waitForFunction(() => document.getElementById('window-in-force').innerText.startsWith('Public transport:'));
    assert.match(await text(page, '#window-in-force'), /Tue.*leaving 07:00–10:00; median/);
    assert.match(await text(page, '#map-caption'), /leaving 07:00–10:00/); // in view even with the panel scrolled
    // Sort by public-transport minutes, longest first: the longest real journeys, not "no journey" rows, lead.
    await page.locator('#villages-table thead button[data-key="pt"]').click();
    const first = await page.locator('#villages-table tbody tr').first().locator('th, td').allInnerTexts();
    assert.match(first[2], /^\d+ min$/, `first row has no bus time: ${first}`);
    assert.match(first[1], /^\d+ min/, 'car time missing beside the bus time');
    const lastRow = await page.locator('#villages-table tbody tr').last().locator('td').nth(1).innerText();
    assert.equal(lastRow, 'no journey');
    assert.match(await text(page, '#status-text'), /longest .*× as long as by car; \d+ with no journey in the window/);
    // The journey behind a reachable village: route numbers, stops and times, drawn on the map.
    await page.locator('#villages-table tbody tr').first().locator('.row-link').click();
    await page.locator('#journey-body .legs').waitFor();
    const journey = await text(page, '#journey-body');
    // The fastest journey rides a fixed bus or the on-demand bus (which says it must be booked and how).
    assert.match(journey, /\d\d:\d\d–\d\d:\d\d (Bus (R1|RZ1|R5|R9|747|201)|On-demand bus .+) from .+ to .+/);
    if (/On-demand bus/.test(journey)) assert.match(journey, /book ahead: at least \d+ min before/);
    assert.match(journey, /Fastest journey\s+leave \d\d:\d\d, arrive \d\d:\d\d/);
    assert.doesNotMatch(journey, /–\s*min|toFixed|null/);
    await page.waitForFunction(() => window.rutlandMap.queryRenderedFeatures({ layers: ['journey'] }).length > 0);
    t.diagnostic(`page load to answer: ${Date.now() - started} ms`);
    // A village with no journey says so in words.
    const noRoute = await page.locator('#villages-table tbody tr').last().locator('.row-link').innerText();
    await page.getByLabel('Journey from').selectOption({ label: noRoute });
    await page.locator('#journey-body .no-journey').waitFor();
    assert.match(await text(page, '#journey-body'), new RegExp(`No public-transport journey from ${noRoute}`));
    // Arrive by a 10:00 appointment: the last journey home is shown.
    await page.getByLabel('Arrive by an appointment').check();
    await page.getByLabel('Appointment at').fill('10:00');
    await page.waitForFunction(() => document.getElementById('window-in-force').innerText.includes('arriving by 10:00'));
    await page.getByLabel('Journey from').selectOption('uppingham');
    await page.locator('#journey-body .appointment').first().waitFor();
    assert.match(await text(page, '#journey-body'), /Latest departure to arrive by \d\d:\d\d: \d\d:\d\d/);
    assert.match(await text(page, '#journey-body'), /Last journey home leaves at \d\d:\d\d|No journey home/);
    // With a journey home, its legs are listed too, ending in the village.
    if (/Last journey home/.test(await text(page, '#journey-body'))) {
      assert.match(await text(page, '#journey-body'), /First journey home/);
      assert.match(await page.locator('ol[aria-label="Legs home"] li').last().innerText(), /to Uppingham/);
    }
    // A point on the map that is no village gets one journey: with arrive-by, the latest that arrives by the appointment.
    const point = await page.evaluate(() => {
      const map = window.rutlandMap;
      const at = map.project([-0.6805, 52.6425]);
      const box = map.getCanvas().getBoundingClientRect();
      return { x: box.left + at.x, y: box.top + at.y, inside: at.x > 0 && at.y > 0 && at.x < box.width && at.y < box.height };
    });
    assert.ok(point.inside, 'the map point is off screen');
    await page.mouse.click(point.x, point.y);
    // Wait for the answer, not the "Planning from map point …" note shown meanwhile.
    await page.waitForFunction(() => {
      const body = document.getElementById('journey-body').innerText;
      return body.includes('map point 52.64') && !body.includes('Planning from');
    });
    const pointJourney = await text(page, '#journey-body');
    assert.match(pointJourney, /the latest departure arriving by 10:00, leaving from 07:00/);
    assert.match(pointJourney, /\d\d:\d\d–\d\d:\d\d (Bus .+|On-demand bus .+) from .+ to .+/);
    // Controls changed while the first answers loaded replace them; that is no failure to show.
    assert.ok(await page.locator('#error').isHidden(), `error shown: ${await text(page, '#error-text')}`);
    await page.screenshot({ path: join(screenshots, 'planner.png') });
    assert.deepEqual(external, []);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('equity analyst: deprived areas with poor PT access, the table as CSV and a map picture', async (t) => {
    const { page, context, errors, started } = await openMap(browser, api.baseUrl, DESKTOP);
    await page.locator('#equity .headline').waitFor();
    // The means leave out residents with no journey; the headline says how many there are.
    assert.match(await text(page, '#equity .headline'), /No public-transport journey to any hospital in this window: [\d,]+ of [\d,]+ \(\d+%\) residents of the most deprived fifth/);
    assert.doesNotMatch(await text(page, '#gaps-list'), /pt:rmh|drive_nearest/);
    await page.getByRole('button', { name: 'LSOAs' }).click();
    // Councillors reported the on-demand service is not trusted for appointments: the analyst looks without it.
    await page.getByLabel('Without on-demand (book-ahead) services').check();
    await page.waitForFunction(() => /no public-transport journey to any hospital/.test(document.getElementById('lsoas-table')?.innerText ?? ''), null, { timeout: 90_000 });
    assert.equal(await page.locator('#lsoas-table tbody tr').count(), 23);
    const firstArea = await page.locator('#lsoas-table tbody tr').first().locator('td').allInnerTexts();
    assert.equal(firstArea[1], '1', 'most deprived fifth not first');
    assert.match((await text(page, '#lsoas-table')), /no public-transport journey to any hospital/);
    await page.getByLabel('Shade areas by').selectOption('deprivation');
    assert.match(await text(page, '#legend'), /IMD 2019 decile/);
    const csv = await download(page, 'Download CSV');
    t.diagnostic(`page load to CSV: ${Date.now() - started} ms`);
    const lines = csv.bytes.toString('utf8').trim().split('\n');
    assert.match(lines[0], /^# LSOA access to hospital; public transport .*07:00–10:00/);
    assert.match(lines[1], /^code,name,ward,imd_decile,imd_local_quintile,population/);
    assert.equal(lines.length, 2 + 23);
    assert.ok(lines.some((l) => l.includes('PT_DESERT') && l.includes('no public-transport journey to any hospital')));
    const geojson = JSON.parse((await download(page, 'Download GeoJSON')).bytes.toString('utf8'));
    assert.equal(geojson.features.length, 23);
    // Clicking an area's row shows its figures on the map.
    await page.locator('#lsoas-table tbody tr').first().locator('.row-link').click();
    await page.locator('.area-popup').waitFor();
    assert.match(await text(page, '.area-popup'), /IMD decile \d+, local deprivation fifth 1/);
    const picture = await download(page, 'Download map picture (PNG)');
    t.diagnostic(`page load to PNG: ${Date.now() - started} ms; PNG ${picture.bytes.length} bytes`);
    const size = pngSize(picture.bytes);
    assert.ok(size.width >= 1000 && size.height >= 700, `PNG only ${size.width}×${size.height}`);
    const share = await colouredShare(page, picture.bytes);
    assert.ok(share > 0.05, `PNG looks blank: ${(share * 100).toFixed(1)}% coloured`);
    await page.screenshot({ path: join(screenshots, 'equity.png') });
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('planner testing a site: add a clinic in Uppingham, close a hospital, change a bus route, before and after', async (t) => {
    const { page, context, errors, started } = await openMap(browser, api.baseUrl, DESKTOP);
    // Keyboard path: arm with Enter, cancel with Escape; then type the site's position.
    await page.getByRole('button', { name: 'Add a site by clicking the map' }).focus();
    await page.keyboard.press('Enter');
    assert.equal(await page.locator('#scenario-arm').getAttribute('aria-pressed'), 'true');
    await page.keyboard.press('Escape');
    assert.equal(await page.locator('#scenario-arm').getAttribute('aria-pressed'), 'false');
    await page.getByLabel('Site position (lat, lon)').fill('52.5887, -0.7234');
    await page.getByLabel('Site position (lat, lon)').press('Enter');
    // A second site by clicking the map (Oakham's east side): sites add up, they do not replace each other.
    await page.locator('#scenario-arm').click();
    const point = await page.evaluate(() => {
      const box = window.rutlandMap.getCanvas().getBoundingClientRect();
      const p = window.rutlandMap.project([-0.62, 52.66]);
      return { x: box.left + p.x, y: box.top + p.y };
    });
    await page.mouse.click(point.x, point.y);
    assert.equal(await page.locator('#scenario-sites li').count(), 2);
    assert.equal(await page.locator('.site-marker').count(), 2);
    await page.getByRole('checkbox', { name: 'Peterborough City Hospital' }).check();
    await page.locator('#scenario-routes select[data-name="R1"]').selectOption('30');
    await page.getByLabel('Name').fill('uppingham-clinic');
    await page.getByRole('button', { name: 'Compare before and after' }).click();
    await page.locator('#scenario-table').waitFor();
    t.diagnostic(`page load to before/after: ${Date.now() - started} ms`);
    assert.match(await text(page, '#scenario-table caption'), /2 new sites, Peterborough City Hospital closed, route R1 every 30 min/);
    const figure = (measure, column) => page.locator(`#scenario-table tr[data-measure="${measure}"] td`).nth(column)
      .innerText().then((value) => Number(value.replace(/,/g, '')));
    assert.ok(await figure('drive-15-all', 1) > await figure('drive-15-all', 0), 'no more residents within 15 min by car');
    // Flags change in words (faster drives to the new sites make public transport relatively slower: CAR_DEPENDENT gained).
    assert.match(await text(page, '#scenario-flags'), /Rutland 00\d[A-Z] (gains|loses) the flag: /);
    // The map shows the change by area.
    assert.equal(await page.getByLabel('Shade areas by').inputValue(), 'scenario');
    await page.waitForFunction(() => window.rutlandMap.queryRenderedFeatures({ layers: ['areas'] }).length > 0);
    assert.match(await text(page, '#legend'), /change in (car|public-transport) minutes/);
    await page.screenshot({ path: join(screenshots, 'scenario.png') });
    // Saved in the API's store and reopened in a fresh page.
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForFunction(() => [...document.querySelectorAll('#saved-scenarios option')].some((o) => o.value === 'uppingham-clinic'));
    await context.close();
    const second = await openMap(browser, api.baseUrl, DESKTOP);
    await second.page.locator('#saved-scenarios').selectOption('uppingham-clinic');
    await second.page.getByRole('button', { name: 'Open' }).click();
    await second.page.locator('#scenario-table').waitFor();
    assert.equal(await second.page.locator('#scenario-sites li').count(), 2);
    assert.equal(await second.page.locator('#scenario-routes select[data-name="R1"]').inputValue(), '30');
    assert.deepEqual([...errors, ...second.errors], []);
    await second.context.close();
  });

  test('a late answer never labels a layer: bus answer delayed, user switches back to car', async () => {
    let release;
    const held = new Promise((resolve) => { release = resolve; });
    let delayed = 0;
    const { page, context } = await openMap(browser, api.baseUrl, DESKTOP, ['/api/v1/travel-times'], async (p) => {
      await p.route(/\/api\/v1\/travel-times\?mode=pt&to=/, async (route) => {
        delayed += 1;
        await held;
        await route.continue().catch(() => {}); // the page may have aborted it
      });
    });
    await page.getByLabel('Travel mode').selectOption('pt');
    await page.waitForFunction(() => document.getElementById('window-in-force').innerText.startsWith('Loading public transport'));
    await page.getByLabel('Travel mode').selectOption('drive');
    await page.waitForFunction(() => document.getElementById('window-in-force').innerText.startsWith('Car:'));
    release();
    await page.waitForTimeout(1500);
    assert.ok(delayed >= 1, 'the bus request was not held');
    assert.match(await text(page, '#window-in-force'), /^Car:/);
    assert.match(await text(page, '#legend'), /by car/);
    assert.match(await text(page, '#status-text'), /by car: longest/);
    assert.doesNotMatch(await text(page, '#status-text'), /no journey/);
    assert.equal(await page.locator('#villages-table thead button[data-key="pt"]').count(), 0);
    // A bus request that fails leaves the map empty and says so, with Try again.
    await page.unroute(/\/api\/v1\/travel-times\?mode=pt&to=/);
    await page.route(/\/api\/v1\/travel-times\?mode=pt&to=/, (route) => route.fulfill({ status: 500, contentType: 'application/problem+json', body: '{"title":"boom","status":500}' }));
    await page.getByLabel('Travel mode').selectOption('pt');
    await page.locator('#error').waitFor();
    assert.match(await text(page, '#error-text'), /server could not answer \(error 500\)/);
    assert.match(await text(page, '#window-in-force'), /No public transport times shown: the request failed/);
    assert.equal(await rendered(page, 'villages'), 0);
    await page.unroute(/\/api\/v1\/travel-times\?mode=pt&to=/);
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.waitForFunction(() => document.getElementById('window-in-force').innerText.startsWith('Public transport:'));
    await page.screenshot({ path: join(screenshots, 'race.png') });
    await context.close();
  });

  test('isochrones: several start points typed, a marker each, catchment mode, and Clear', async () => {
    const { page, context, errors } = await openMap(browser, api.baseUrl, DESKTOP);
    for (const point of ['52.6706, -0.7278', '52.5887, -0.7234']) {
      await page.getByLabel('Or type a point (lat, lon)').fill(point);
      await page.getByRole('button', { name: 'Add', exact: true }).first().click();
    }
    await page.waitForFunction(() => document.getElementById('legend').innerText.includes('from the points A, B'));
    assert.equal(await page.locator('.iso-marker').count(), 2);
    await page.getByLabel('Catchment: where people can reach the point from').check();
    await page.waitForFunction(() => document.getElementById('legend').innerText.includes('catchment'));
    await page.waitForFunction(() => window.rutlandMap.queryRenderedFeatures({ layers: ['isochrones'] }).length > 0);
    await page.screenshot({ path: join(screenshots, 'isochrones.png') });
    // The isochrone mode picker lists the API's registered modes (from the OpenAPI enum); cycling redraws by bike.
    assert.deepEqual(await page.locator('#iso-mode option').evaluateAll((o) => o.map((x) => x.value)), ['', 'drive', 'walk', 'cycle', 'pt']);
    await page.getByLabel('Isochrone mode').selectOption('cycle');
    await page.waitForFunction(() => document.getElementById('legend').innerText.includes('cycle, catchment'));
    await page.waitForFunction(() => window.rutlandMap.queryRenderedFeatures({ layers: ['isochrones'] }).length > 0);
    await page.getByRole('button', { name: 'Clear isochrones' }).click();
    await page.waitForFunction(() => window.rutlandMap.queryRenderedFeatures({ layers: ['isochrones'] }).length === 0);
    assert.equal(await page.locator('.iso-marker').count(), 0);
    assert.doesNotMatch(await text(page, '#legend'), /Isochrones/);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('loads with our own data only; at phone size the credits stay small and an error does not cover the result', async (t) => {
    const { page, context, errors, external, loadMs } = await openMap(browser, api.baseUrl, PHONE, ['/api/v1/journey']);
    t.diagnostic(`phone: page load to map drawn ${loadMs} ms`);
    assert.equal(await page.locator('#panel').isVisible(), false);
    const footer = await page.locator('#credits').boundingBox();
    assert.ok(footer.height <= 60, `footer takes ${footer.height} px`);
    assert.match(await text(page, '#attribution'), /© Crown copyright.*Open Government Licence v3\.0.*© OpenStreetMap contributors \(ODbL\)/);
    const share = await colouredShare(page, await page.locator('#map').screenshot());
    assert.ok(share > 0.1, `only ${(share * 100).toFixed(1)}% of the map is coloured at phone size`);
    // South-west of Rutland, beyond the road extract: the API's 422 detail is shown, the panel stays closed.
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
    assert.equal(await text(page, '#error-text'), problem.detail);
    assert.equal(await page.locator('#panel').isVisible(), false);
    await page.screenshot({ path: join(screenshots, 'phone-error.png') });
    assert.deepEqual(external, []);
    assert.deepEqual(errors, []);
    await context.close();
  });
});
