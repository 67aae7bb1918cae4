// Colour-blind-safe palettes. Travel times use viridis; every other layer uses a palette of its own so that no two
// layers on screen can be read for one another.

/** Upper bounds in minutes of each travel-time class; the last class is open-ended. */
export const MINUTE_BREAKS = [10, 20, 30, 45, 60];
/** Viridis, light (short) to dark (long): the longest journeys draw the eye. */
export const MINUTE_COLOURS = ['#fde725', '#7ad151', '#22a884', '#2a788e', '#414487', '#440154'];
export const NO_ROUTE_COLOUR = '#bdbdbd';

/** Cividis for IMD deciles 1 (most deprived, dark) to 10 (least deprived, light). */
export const DECILE_COLOURS = ['#00204d', '#00336f', '#39486b', '#575c6d', '#707173', '#8a8779', '#a69d75', '#c4b56c', '#e4cf5b', '#ffea46'];

/** Isochrone bands, nearest cutoff first: Okabe–Ito hues, none of them on the viridis ramp. */
export const ISOCHRONE_COLOURS = ['#d55e00', '#cc79a7', '#e69f00', '#0072b2', '#009e73', '#56b4e9'];

/** Diverging (ColorBrewer PuOr) for a change in minutes: purple = quicker, orange = slower, white = the same. */
export const CHANGE_BREAKS = [-20, -10, -2, 2, 10, 20];
export const CHANGE_COLOURS = ['#542788', '#998ec3', '#d8daeb', '#f7f7f7', '#fee0b6', '#f1a340', '#b35806'];

/** Public-transport time over car time: how many times longer the bus takes (ColorBrewer YlOrRd). */
export const RATIO_BREAKS = [1.5, 2, 3, 5];
export const RATIO_COLOURS = ['#ffffb2', '#fecc5c', '#fd8d3c', '#f03b20', '#bd0026'];

/** Journey legs by mode. */
export const LEG_COLOURS = { drive: '#d81b60', walk: '#555555', bus: '#d81b60', rail: '#0072b2', ondemand: '#7b3294', other: '#d81b60' };

/** The colour of a value on a scale (breaks are upper bounds, exclusive); grey when there is no value. */
export function colourFor(scale, value) {
  if (!Number.isFinite(value)) return NO_ROUTE_COLOUR;
  const index = scale.breaks.findIndex((limit) => value < limit);
  return scale.colours[index === -1 ? scale.colours.length - 1 : index];
}

function classLabels(breaks, colours, unit, formatBound = (v) => String(v)) {
  return colours.map((colour, i) => {
    if (i === 0) return [`under ${formatBound(breaks[0])}${unit}`, colour];
    if (i === breaks.length) return [`${formatBound(breaks[i - 1])}${unit} or more`, colour];
    return [`${formatBound(breaks[i - 1])}–${formatBound(breaks[i])}${unit}`, colour];
  });
}

/** The scales an area or village layer can show: breaks, colours and legend rows. */
export const SCALES = {
  minutes: { breaks: MINUTE_BREAKS, colours: MINUTE_COLOURS, rows: () => classLabels(MINUTE_BREAKS, MINUTE_COLOURS, ' min') },
  ratio: { breaks: RATIO_BREAKS, colours: RATIO_COLOURS, rows: () => classLabels(RATIO_BREAKS, RATIO_COLOURS, '× as long', (v) => `${v}`) },
  change: {
    breaks: CHANGE_BREAKS, colours: CHANGE_COLOURS,
    rows: () => classLabels(CHANGE_BREAKS, CHANGE_COLOURS, ' min', (v) => (v > 0 ? `+${v}` : v < 0 ? `−${-v}` : '0'))
      .map(([label, colour], i) => [i === 3 ? 'within 2 min of before' : label, colour]),
  },
};
