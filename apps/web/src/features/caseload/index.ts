// The caseload feature's public surface, for routes in src/app.
export {
  CASELOAD_PAGE_SIZE,
  caseloadQueryKeys,
  caseloadQueryOptions,
  deadlinesQueryOptions,
  type CaseloadParams,
  type DeadlineParams,
} from './api/caseload';
export { CaseloadFilters, deadlineWindowOptions } from './components/caseload-filters';
export { CaseloadTable } from './components/caseload-table';
export { DeadlinesTable } from './components/deadlines-table';
