// The outcomes feature's public surface, for routes in src/app.
export {
  EMPTY_FILTERS,
  PARTICIPANTS_PAGE_SIZE,
  indicatorsExportUrl,
  indicatorsQueryOptions,
  outcomeParticipantsQueryOptions,
  programmeKpisQueryOptions,
  type OutcomeFilterValues,
} from './api/outcomes';
export { IndicatorChart } from './components/indicator-chart';
export { OutcomeFilters } from './components/outcome-filters';
export { OutcomeParticipantsTable } from './components/participants-table';
export { ProgrammeKpisPanel } from './components/programme-kpis-panel';
