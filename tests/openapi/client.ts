// A small client of the travel-times endpoint, typed only by what openapi-typescript generated from the served
// document (generated/rutland-access.d.ts, written by openapi.test.mjs). `tsc --noEmit` must accept the calls and
// reject the mistyped ones marked @ts-expect-error: if the document lost its types, those lines would compile and
// the check fails.
import type { paths } from './generated/rutland-access.js';

type TravelTimes = paths['/api/v1/travel-times']['get'];
export type TravelTimesQuery = NonNullable<TravelTimes['parameters']['query']>;
export type TravelTimesAnswer = TravelTimes['responses'][200]['content']['application/json'];

/** Lists go comma-separated (style form, explode false), as the document says. */
function queryString(query: TravelTimesQuery): string {
  const pairs = Object.entries(query)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(Array.isArray(value) ? value.join(',') : String(value))}`);
  return pairs.join('&');
}

export async function travelTimes(baseUrl: string, query: TravelTimesQuery): Promise<TravelTimesAnswer> {
  const response = await fetch(`${baseUrl}/api/v1/travel-times?${queryString(query)}`);
  if (!response.ok) throw new Error(`${response.status}: ${await response.text()}`);
  return (await response.json()) as TravelTimesAnswer;
}

export async function morningByBus(baseUrl: string): Promise<string[]> {
  const answer = await travelTimes(baseUrl, {
    mode: 'pt', from: ['oakham', 'uppingham'], to: ['rmh'], window: 120, percentiles: [25, 50, 75],
    maxTransfers: 2, modes: ['bus', 'rail'], walkSpeedKmh: 3.5, legs: false, format: 'json',
  });
  const first = answer.results[0];
  // Minutes are a number, or null when no journey reaches in the window.
  const minutes: number | null | undefined = first?.minutes;
  const reachable: boolean | undefined = first?.reachable;
  return answer.results.map((r) => `${r.from} → ${r.to}: ${r.minutes ?? 'no journey'} (${reachable}, ${minutes})`);
}

export async function mistyped(baseUrl: string): Promise<void> {
  // @ts-expect-error window is a whole number of minutes, not a string
  await travelTimes(baseUrl, { window: '120' });
  // @ts-expect-error mode is drive or pt
  await travelTimes(baseUrl, { mode: 'bike' });
  // @ts-expect-error percentiles is a list of whole numbers
  await travelTimes(baseUrl, { percentiles: '25,50' });
  // @ts-expect-error modes are bus, rail and ondemand
  await travelTimes(baseUrl, { modes: ['tram'] });
  const answer = await travelTimes(baseUrl, {});
  // @ts-expect-error minutes is a number (or null), not a string
  const text: string = answer.results[0]!.minutes;
  void text;
}
