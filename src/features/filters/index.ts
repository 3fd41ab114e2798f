export { applyFilters, buildFilterIndex, type FilterIndex } from './apply-filters';
export { ActiveFilters, FilterPanel } from './filter-panel';
