// The households feature's public surface, for routes in src/app.
export {
  householdQueryOptions,
  householdsListQueryOptions,
  householdsQueryKeys,
  HOUSEHOLDS_PAGE_SIZE,
} from './api/households';
export { AddMemberSection } from './components/add-member-form';
export { HouseholdDetails } from './components/household-details';
export { HouseholdForm } from './components/household-form';
export { HouseholdsTable } from './components/households-table';
export { RemoveMemberDialog } from './components/remove-member-dialog';
export { SettlementHistory } from './components/settlement-history';
export { SettlementStatusTag } from './components/settlement-status-tag';
export { SettlementSteps } from './components/settlement-step-form';
