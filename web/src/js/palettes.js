// Colour-blind-safe sequential palettes (viridis for minutes, cividis for deprivation), both readable in greyscale.

/** Upper bounds in minutes of each travel-time class; the last class is open-ended. */
export const MINUTE_BREAKS = [10, 20, 30, 45, 60];
/** Viridis, light (short) to dark (long): the longest journeys draw the eye. */
export const MINUTE_COLOURS = ['#fde725', '#7ad151', '#22a884', '#2a788e', '#414487', '#440154'];
export const NO_ROUTE_COLOUR = '#bdbdbd';

/** Cividis for IMD deciles 1 (most deprived, dark) to 10 (least deprived, light). */
export const DECILE_COLOURS = ['#00204d', '#00336f', '#39486b', '#575c6d', '#707173', '#8a8779', '#a69d75', '#c4b56c', '#e4cf5b', '#ffea46'];

/** Isochrone bands, nearest cutoff first; drawn translucent over the choropleth. */
export const ISOCHRONE_COLOURS = ['#fde725', '#21918c', '#3b528b', '#440154'];

/** A MapLibre expression colouring a feature by its `minutes` property, grey where there is no route. */
export function minutesColourExpression() {
  const steps = ['step', ['get', 'minutes'], MINUTE_COLOURS[0]];
  MINUTE_BREAKS.forEach((limit, i) => steps.push(limit, MINUTE_COLOURS[i + 1]));
  return ['case', ['==', ['typeof', ['get', 'minutes']], 'number'], steps, NO_ROUTE_COLOUR];
}

/** Legend rows for the travel-time classes: [label, colour]. */
export function minuteLegend() {
  const rows = MINUTE_COLOURS.map((colour, i) => {
    const low = i === 0 ? 0 : MINUTE_BREAKS[i - 1];
    const label = i < MINUTE_BREAKS.length ? `${low}–${MINUTE_BREAKS[i]} min` : `${low} min or more`;
    return [label, colour];
  });
  rows.push(['no route', NO_ROUTE_COLOUR]);
  return rows;
}
