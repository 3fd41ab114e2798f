export { applyFilters, buildFilterIndex, countMatches, type FilterIndex } from './apply-filters';
export { deriveFacets, type Facets } from './facets';
export { ActiveFilters } from './active-filters';
export { FilterPanel } from './filter-panel';
export { NoResults } from './no-results';
