// The households feature's public surface, for routes in src/app.
export {
  householdQueryOptions,
  householdsListQueryOptions,
  householdsQueryKeys,
  HOUSEHOLDS_PAGE_SIZE,
} from './api/households';
export { HouseholdDetails } from './components/household-details';
export { HouseholdForm } from './components/household-form';
export { HouseholdsTable } from './components/households-table';
export { SettlementHistory } from './components/settlement-history';
export { SettlementStatusTag } from './components/settlement-status-tag';
export { SettlementSteps } from './components/settlement-step-form';
