// Public API of the units module (đơn vị hành chính theo thời gian): provinces 63 → 34 with their lineage, levels of
// local government by date, and series mapped across 01/07/2025. Communes are not in the registry: the 3,321 communes
// of 01/07/2025 are published (Quyết định 19/2025/QĐ-TTg, Phụ lục II) but not transcribed here.
export type { Province, ProvinceCode, ProvinceKind, ProvinceChange } from './types.js';
export { provincesOn, PROVINCE_REGISTRY_START, PROVINCE_REGISTRY_CHECKED_ON } from './provinces-on.js';
export { provinceByCode, provinceHistory, type ProvinceOnOptions } from './province-by-code.js';
export { provinceByName, findProvinces, type ProvinceByNameOptions } from './province-by-name.js';
export { successorOn, predecessorsOf } from './lineage.js';
export { levelsNotInForce, type LevelNotInForce, type TableDate } from './levels-not-in-force.js';
export {
  mapSeries,
  MAX_SERIES_POINTS,
  type SeriesValue,
  type SeriesPoint,
  type SeriesCombine,
  type MapSeriesOptions,
  type SeriesRelation,
  type SeriesMappingEntry,
  type MappedPoint,
  type MappedSeries,
} from './map-series.js';
export { ProvinceCodeSchema, SeriesValueSchema, SeriesPointSchema, MapSeriesOptionsSchema } from './schemas.js';
