// Debian's Chromium driven by playwright-core: no browser is downloaded, and nothing may reach the internet.
import { chromium } from 'playwright-core';

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export const launchBrowser = () => chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS });

/**
 * Opens the map at a viewport and waits until its data is drawn. Returns the page, the console errors seen
 * (failed requests the test expects are passed in `expectedFailures` as URL fragments), the load time, and every
 * request that left the loopback API.
 */
export async function openMap(browser, baseUrl, viewport, expectedFailures = [], prepare = async () => {}) {
  const context = await browser.newContext({ viewport, acceptDownloads: true });
  const page = await context.newPage();
  const errors = [];
  const external = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const expected = message.text().startsWith('Failed to load resource')
      && expectedFailures.some((fragment) => message.location().url.includes(fragment));
    if (!expected) errors.push(`${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('request', (request) => {
    if (!request.url().startsWith(baseUrl) && !request.url().startsWith('data:') && !request.url().startsWith('blob:')) {
      external.push(request.url());
    }
  });
  await prepare(page);
  const started = Date.now();
  await page.goto(baseUrl + '/');
  await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
  return { page, context, errors, external, started, loadMs: Date.now() - started };
}
