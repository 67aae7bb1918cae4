// The public-transport question: which day, which departure window (or arrival time), which percentile. Defaults
// follow DfT's journey time statistics (a typical Tuesday, 07:00–10:00); the date comes from the API's timetables.
import { clock, day } from './format.js';

const $ = (id) => document.getElementById(id);

/** Fills the date with the timetable's typical Tuesday (the API's default service date) if none is chosen. */
export function setDefaultDate(serviceDate) {
  if (!$('dep-date').value && serviceDate) $('dep-date').value = serviceDate;
}

/** Query parameters for a public-transport request, from the controls. */
export function ptParams(capabilities, { percentile = true } = {}) {
  const date = $('dep-date').value;
  const time = $('dep-time').value || '07:00';
  const arrive = $('dep-arrive').checked;
  const params = { window: $('dep-window').value };
  if (date) params[arrive ? 'arriveBy' : 'departure'] = `${date}T${time}`;
  if (arrive) params.appointmentMinutes = $('dep-appointment').value;
  if (percentile) params.percentiles = $('dep-percentile').value;
  if (capabilities.modes && $('no-ondemand').checked) params.modes = 'bus,rail';
  if (capabilities.profile && $('less-mobile').checked) params.profile = 'lessMobile';
  return params;
}

/** One journey's time: leaving at the chosen time, or with arrive-by the latest journey arriving then, leaving within the window. */
export function journeyParams(capabilities) {
  const { appointmentMinutes, window, ...rest } = ptParams(capabilities, { percentile: false });
  return rest.arriveBy ? { ...rest, window } : rest;
}

/** The window start as a departure, for requests that take no arriveBy (equity, isochrones). */
export function windowStartParams(capabilities) {
  const { arriveBy, departure, appointmentMinutes, percentiles, ...rest } = ptParams(capabilities, { percentile: false });
  if (arriveBy) {
    const end = new Date(`${arriveBy}:00Z`);
    const start = new Date(end.getTime() - Number(rest.window) * 60_000);
    rest.departure = start.toISOString().slice(0, 16);
  } else if (departure) rest.departure = departure;
  return rest;
}

export const selectedPercentile = () => Number($('dep-percentile').value);

/** "Tue 2 Sep 2025, leaving 07:00–10:00, 50th percentile" from a PT answer's own window (what was computed). */
export function describeWindow(window, { percentile, arriveBy = false, appointmentMinutes = null, lessMobile = false, withoutOnDemand = false } = {}) {
  const parts = [`${day(window.serviceDate)}, ${arriveBy ? `arriving by ${clock(window.end)} (leaving ${clock(window.start)}–${clock(window.end)})`
    : `leaving ${clock(window.start)}–${clock(window.end)}`}`];
  if (percentile) parts.push(percentile === 50 ? 'median (50th percentile) of departures every minute' : `${percentile}th percentile of departures every minute`);
  if (appointmentMinutes) parts.push(`${appointmentMinutes}-minute appointment`);
  if (withoutOnDemand) parts.push('without on-demand services');
  if (lessMobile) parts.push('less mobile walking');
  return parts.join('; ');
}

/** Wires the controls: arrive-by swaps the time's meaning and shows the appointment length; `onChange` on any change. */
export function wireDepartureControls(capabilities, onChange) {
  const arrive = () => {
    $('appointment-row').hidden = !$('dep-arrive').checked;
    $('dep-time-label').textContent = $('dep-arrive').checked ? 'Appointment at' : 'Leave from';
  };
  $('dep-arrive').addEventListener('change', arrive);
  arrive();
  $('no-ondemand-row').hidden = !capabilities.modes;
  $('less-mobile-row').hidden = !capabilities.profile;
  for (const id of ['dep-date', 'dep-time', 'dep-window', 'dep-percentile', 'dep-arrive', 'dep-appointment', 'no-ondemand', 'less-mobile']) {
    $(id).addEventListener('change', onChange);
  }
}
