// Renders a /api/v1/journey answer: a summary and its legs in the panel, and the legs as map lines.

const number = (value, digits) => (Number.isFinite(value) ? value.toFixed(digits) : '–');

function pair(list, term, description) {
  const dt = document.createElement('dt');
  dt.textContent = term;
  const dd = document.createElement('dd');
  dd.textContent = description;
  list.append(dt, dd);
}

export function renderJourney(container, journey, fromName, toName) {
  const list = document.createElement('dl');
  pair(list, 'From', fromName);
  pair(list, 'To', toName);
  pair(list, 'Time', `${number(journey.minutes, 1)} min`);
  pair(list, 'Distance', `${number(journey.distanceKm, 1)} km`);
  if (journey.estimated) pair(list, 'Estimated', `last ${number(journey.offNetworkKm, 1)} km beyond the road extract (dashed)`);
  const legs = document.createElement('ol');
  legs.setAttribute('aria-label', 'Legs');
  for (const leg of journey.legs) {
    const item = document.createElement('li');
    item.textContent = `${leg.mode}: ${number(leg.minutes, 1)} min, ${number(leg.distanceKm, 1)} km${leg.estimated ? ' (estimated)' : ''}`;
    legs.append(item);
  }
  const heading = document.createElement('p');
  heading.className = 'legend-title';
  heading.textContent = 'Legs';
  container.replaceChildren(list, heading, legs);
}

export function journeyFeatures(journey) {
  return {
    type: 'FeatureCollection',
    features: journey.legs.map((leg) => ({
      type: 'Feature',
      geometry: { type: 'LineString', coordinates: leg.coordinates },
      properties: { mode: leg.mode, estimated: leg.estimated },
    })),
  };
}
