// Deprivation and access in plain words: flags, the LSOA and ward tables, and the gaps between the most and least
// deprived fifths — with the residents who have no public-transport journey at all, which the means leave out.
import { minutes, people, percent } from './format.js';

/** Plain words for each equity flag; thresholds from the report's own `thresholds`. */
export function flagWords(code, t = {}) {
  switch (code) {
    case 'PT_DESERT': return 'no public-transport journey to any hospital';
    case 'LONG_PT': return `over ${t.longPtMinutes ?? 60} min by public transport to the nearest hospital`;
    case 'DOUBLE_DISADVANTAGE': return 'among the most deprived locally and the worst public-transport access';
    case 'CAR_DEPENDENT': return `public transport over ${t.carDependentRatio ?? 3}× as long as driving`;
    case 'OLDER_POPULATION_AT_RISK': return `many aged 75+ (${Math.round((t.olderShare75Plus ?? 0.15) * 100)}% or more) and over ${t.olderPtMinutes ?? 45} min by public transport`;
    default: return code.toLowerCase().replace(/_/g, ' ');
  }
}

export function lsoaColumns(thresholds, wardNames) {
  return [
    { key: 'name', label: 'Area (LSOA)', value: (p) => p.name, text: (p) => p.name },
    { key: 'ward', label: 'Ward', value: (p) => wardNames.get(p.ward) ?? p.ward, text: (p) => wardNames.get(p.ward) ?? p.ward },
    { key: 'quintile', label: 'Deprivation fifth (1 = most)', numeric: true, value: (p) => p.imdLocalQuintile, text: (p) => String(p.imdLocalQuintile) },
    { key: 'decile', label: 'IMD decile', numeric: true, value: (p) => p.imdDecile, text: (p) => String(p.imdDecile) },
    { key: 'population', label: 'Residents', numeric: true, value: (p) => p.population, text: (p) => people(p.population) },
    { key: 'aged65', label: 'Aged 65+', numeric: true, value: (p) => p.aged65Plus, text: (p) => people(p.aged65Plus) },
    { key: 'drive', label: 'Car to nearest', numeric: true, value: (p) => p.driveNearestMinutes, text: (p) => minutes(p.driveNearestMinutes) },
    { key: 'pt', label: 'Public transport to nearest', numeric: true, value: (p) => p.ptNearestMinutes,
      text: (p) => (p.noPtJourney ? 'no journey' : minutes(p.ptNearestMinutes)) },
    { key: 'flags', label: 'Flags', value: (p) => p.flags.length || null, text: (p) => p.flags.map((f) => flagWords(f, thresholds)).join('; ') || 'none' },
  ];
}

export function wardColumns() {
  const beyond60 = (p) => p.ptBeyond?.find((b) => b.minutes === 60)?.all;
  return [
    { key: 'name', label: 'Ward', value: (p) => p.name, text: (p) => p.name },
    { key: 'population', label: 'Residents', numeric: true, value: (p) => p.population, text: (p) => people(p.population) },
    { key: 'drive', label: 'Car to nearest (mean)', numeric: true, value: (p) => p.driveNearestMeanMinutes, text: (p) => minutes(p.driveNearestMeanMinutes) },
    { key: 'pt', label: 'Public transport to nearest (mean, those with a journey)', numeric: true, value: (p) => p.ptNearestMeanMinutes, text: (p) => minutes(p.ptNearestMeanMinutes) },
    { key: 'nojourney', label: 'Residents with no journey', numeric: true, value: (p) => p.residentsWithoutPtTime, text: (p) => `${people(p.residentsWithoutPtTime)} (${percent(p.shareWithNoPtJourney)})` },
    { key: 'beyond60', label: 'Beyond 60 min by public transport', numeric: true, value: beyond60, text: (p) => people(beyond60(p)) },
  ];
}

const MEASURE_WORDS = { drive: 'By car', pt: 'By public transport' };

function measureWords(measure, destinations) {
  const [mode, target] = measure.split(/[:_]/);
  const place = measure.endsWith('nearest') ? 'the nearest hospital' : destinations.get(target) ?? target;
  return `${MEASURE_WORDS[mode] ?? mode} to ${place}`;
}

/** The equity summary: who has no journey, then the gaps in words, then each flag with its areas. */
export function renderEquitySummary(container, report, lsoaNames, destinations) {
  const quintile = (q) => report.byImdQuintile.find((x) => x.quintile === q)?.figures;
  const worst = quintile(1);
  const best = quintile(Math.max(...report.byImdQuintile.map((x) => x.quintile)));
  const items = [];
  const p = (text, className) => Object.assign(document.createElement('p'), { textContent: text, className: className ?? '' });
  if (worst && best) {
    const line = (f) => `${people(f.ptToNearest.residentsWithoutTime)} of ${people(f.population)} (${percent(f.ptToNearest.residentsWithoutTime / f.population)})`;
    items.push(p(`No public-transport journey to any hospital in this window: ${line(worst)} residents of the most deprived fifth, `
      + `${line(best)} of the least deprived fifth; ${people(report.county.ptToNearest.residentsWithoutTime)} of ${people(report.county.population)} county-wide.`, 'headline'));
  }
  const gaps = document.createElement('ol');
  gaps.id = 'gaps-list';
  gaps.append(...report.rankedGaps.slice(0, 6).map((g) => {
    const direction = g.gapMinutes > 0 ? `${minutes(g.gapMinutes)} longer for the most deprived`
      : g.gapMinutes < 0 ? `${minutes(-g.gapMinutes)} shorter for the most deprived` : 'no difference';
    const without = g.mostDeprivedFifthWithoutTime > 0 || g.leastDeprivedFifthWithoutTime > 0
      ? ` — counting only residents with a journey: ${people(g.mostDeprivedFifthWithoutTime)} of the most deprived and ${people(g.leastDeprivedFifthWithoutTime)} of the least deprived have none`
      : '';
    return Object.assign(document.createElement('li'), {
      textContent: `${measureWords(g.measure, destinations)}: most deprived fifth ${minutes(g.mostDeprivedFifthMinutes)}, least deprived ${minutes(g.leastDeprivedFifthMinutes)} (${direction})${without}.`,
    });
  }));
  items.push(p('Gaps between the most and least deprived fifths', 'legend-title'), gaps);
  const byFlag = new Map();
  for (const flag of report.flags) {
    if (!byFlag.has(flag.code)) byFlag.set(flag.code, []);
    byFlag.get(flag.code).push(lsoaNames.get(flag.lsoaCode) ?? flag.lsoaCode);
  }
  const flags = document.createElement('ul');
  flags.id = 'flag-list';
  flags.append(...[...byFlag].map(([code, names]) => Object.assign(document.createElement('li'), {
    textContent: `${flagWords(code, report.thresholds)[0].toUpperCase()}${flagWords(code, report.thresholds).slice(1)} — ${names.length} areas: ${names.sort().join(', ')}`,
  })));
  items.push(p('Flags', 'legend-title'), flags);
  container.replaceChildren(...items);
}
