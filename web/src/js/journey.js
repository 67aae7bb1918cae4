// Itineraries: a drive with its line, or a public-transport journey with route numbers, stops and times, drawn leg by
// leg (rides straight from stop to stop: the API gives stops, not the road the bus takes).
import { clock, minutes, percent } from './format.js';

const MODE_WORDS = { walk: 'Walk', bus: 'Bus', rail: 'Train', ondemand: 'On-demand bus', tram: 'Tram', ferry: 'Ferry', other: 'Ride' };

function pair(list, term, description) {
  const dt = document.createElement('dt');
  dt.textContent = term;
  const dd = document.createElement('dd');
  dd.textContent = description;
  list.append(dt, dd);
}

const element = (tag, text, className) => Object.assign(document.createElement(tag), { textContent: text, ...(className ? { className } : {}) });

export function renderDriveJourney(container, journey, fromName, toName) {
  const list = document.createElement('dl');
  pair(list, 'From', fromName);
  pair(list, 'To', toName);
  pair(list, 'By', 'car (free-flow, any time of day)');
  pair(list, 'Time', minutes(journey.minutes));
  pair(list, 'Distance', `${Math.round(journey.distanceKm)} km`);
  if (journey.estimated) pair(list, 'Estimated', `last ${Math.round(journey.offNetworkKm)} km beyond the road extract (dashed)`);
  container.replaceChildren(list);
}

/** Booking details of an on-demand leg, whatever form the API gives them in. */
/** The API's booking facts in words: notice, how to book, and the pick-up wait the journey allows. */
function bookingText(booking) {
  if (!booking) return '';
  if (typeof booking === 'string') return booking;
  const parts = [];
  if (booking.priorNoticeMinutes) parts.push(`at least ${booking.priorNoticeMinutes} min before`);
  if (booking.message) parts.push(booking.message.replace(/\.$/, ''));
  if (booking.phoneNumber) parts.push(`phone ${booking.phoneNumber}`);
  if (booking.bookingUrl ?? booking.infoUrl) parts.push(booking.bookingUrl ?? booking.infoUrl);
  if (booking.pickupWaitMinutes) parts.push(`allows ${booking.pickupWaitMinutes} min for the pick-up`);
  return parts.join('; ');
}

function legText(leg, destinationName) {
  const word = MODE_WORDS[leg.mode] ?? MODE_WORDS.other;
  const times = `${clock(leg.start)}–${clock(leg.end)}`;
  if (leg.mode === 'walk') {
    const to = leg.toStopName ?? destinationName;
    return `${times} ${word} to ${to}${leg.estimated ? ' (estimated: off the footpath map)' : ''}`;
  }
  const route = leg.route ? ` ${leg.route}` : '';
  const book = leg.mode === 'ondemand' ? ` — book ahead${bookingText(leg.booking) ? `: ${bookingText(leg.booking)}` : ''}` : '';
  return `${times} ${word}${route} from ${leg.fromStopName ?? 'the start'} to ${leg.toStopName ?? destinationName}${book}`;
}

/**
 * A public-transport answer. `summary` = { fromName, toName, windowText, typical (minutes at the percentile),
 * percentileLabel, reachableShare, journey: { departure, arrival, legs } | null, appointment, oneDeparture }.
 */
export function renderPtJourney(container, summary) {
  const list = document.createElement('dl');
  pair(list, 'From', summary.fromName);
  pair(list, 'To', summary.toName);
  pair(list, 'When', summary.windowText);
  const parts = [list];
  if (!summary.journey) {
    parts.push(element('p', `No public-transport journey from ${summary.fromName} to ${summary.toName} in this window `
      + '(walking at most the allowed distance to and from stops). Try a later or longer window, or another day.', 'no-journey'));
    container.replaceChildren(...parts);
    return;
  }
  if (summary.oneDeparture) {
    pair(list, 'Time', `${minutes(summary.typical)} leaving at ${clock(summary.journey.departure)}, waiting included`);
  } else {
    pair(list, `Time (${summary.percentileLabel})`, `${minutes(summary.typical)} including waiting, over departures in the window`);
    pair(list, 'Departures that reach', percent(summary.reachableShare));
    pair(list, 'Fastest journey', `leave ${clock(summary.journey.departure)}, arrive ${clock(summary.journey.arrival)} `
      + `(${minutes((new Date(summary.journey.arrival) - new Date(summary.journey.departure)) / 60000)})`);
  }
  parts.push(element('p', 'Legs', 'legend-title'), legList(summary.journey.legs, summary.toName, 'Legs'));
  const appointment = summary.appointment;
  if (appointment) {
    const lines = [`Latest departure to arrive by ${clock(appointment.arriveBy)}: ${appointment.latestDeparture ? clock(appointment.latestDeparture) : 'none'}`];
    if (appointment.appointmentMinutes) {
      lines.push(appointment.returnReachable
        ? `Last journey home leaves at ${clock(appointment.lastReturnDeparture)} (first home ${clock(appointment.firstReturnArrival)})`
        : `No journey home after a ${appointment.appointmentMinutes}-minute appointment the same day`);
    }
    parts.push(element('p', 'Appointment', 'legend-title'), ...lines.map((line) => element('p', line, 'appointment')));
    const home = appointment.firstJourneyHome;
    if (home?.legs?.length) parts.push(element('p', 'First journey home', 'legend-title'), legList(home.legs, summary.fromName, 'Legs home'));
  }
  container.replaceChildren(...parts);
}

/** A journey's legs as an ordered list, each marked with its mode. */
function legList(legs, destinationName, label) {
  const list = document.createElement('ol');
  list.className = 'legs';
  list.setAttribute('aria-label', label);
  for (const leg of legs) {
    const item = element('li', legText(leg, destinationName));
    item.dataset.mode = leg.mode;
    list.append(item);
  }
  return list;
}

/** Map lines of a drive journey. */
export function driveFeatures(journey) {
  return journey.legs.map((leg) => ({
    type: 'Feature',
    geometry: { type: 'LineString', coordinates: leg.coordinates },
    properties: { mode: 'drive', dashed: Boolean(leg.estimated) },
  }));
}

/** Map lines of a PT journey: each leg from where the last ended to its stop (or the destination). */
export function ptFeatures(legs, stops, origin, destination) {
  const features = [];
  let at = origin;
  for (const leg of legs) {
    const to = leg.toStopId ? stops.get(leg.toStopId) : destination;
    const from = leg.fromStopId ? stops.get(leg.fromStopId) ?? at : at;
    if (from && to) {
      features.push({ type: 'Feature', geometry: { type: 'LineString', coordinates: [from, to] },
        properties: { mode: leg.mode, dashed: leg.mode === 'walk' } });
    }
    at = to ?? at;
  }
  return features;
}

/** The stops a journey calls at, as points for the map. */
export function stopFeatures(legs, stops) {
  const ids = [...new Set(legs.flatMap((l) => [l.fromStopId, l.toStopId]).filter(Boolean))];
  return ids.filter((id) => stops.has(id)).map((id) => ({ type: 'Feature', geometry: { type: 'Point', coordinates: stops.get(id) }, properties: { id } }));
}
