// Deprivation from the equity endpoint, drawn on LSOA polygons. That endpoint is still being built, so its IMD
// decile is looked for under the names the contract allows; without one the layer is not offered.

const DECILE_PATHS = [['imdDecile'], ['deprivation', 'imdDecile'], ['deprivation', 'decile'], ['imd', 'decile']];

function decileOf(properties) {
  for (const path of DECILE_PATHS) {
    const value = path.reduce((node, key) => node?.[key], properties);
    if (Number.isInteger(value) && value >= 1 && value <= 10) return value;
  }
  return null;
}

const codeOf = (feature) => feature.properties?.code ?? feature.properties?.lsoa ?? feature.id;

/** Polygon features with a `decile` property: the equity answer's own polygons, or our LSOA boundaries joined by code. */
export function deprivationFeatures(equityLsoas, lsoaBoundaries) {
  const boundaries = new Map(lsoaBoundaries.features.map((f) => [f.properties.code, f.geometry]));
  const features = (equityLsoas.features ?? []).flatMap((f) => {
    const decile = decileOf(f.properties ?? {});
    const polygonal = /Polygon$/.test(f.geometry?.type ?? '');
    const geometry = polygonal ? f.geometry : boundaries.get(codeOf(f));
    return decile && geometry ? [{ type: 'Feature', geometry, properties: { code: codeOf(f), decile } }] : [];
  });
  return { type: 'FeatureCollection', features };
}
