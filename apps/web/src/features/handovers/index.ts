// The handovers feature's public surface, for routes in src/app.
export { handoverKeys, handoverListQueryOptions, handoverQueryOptions, navOfficesQueryOptions } from './api/handovers';
export { HandoverList } from './components/handover-list';
export { HandoverSection } from './components/handover-section';
export { HandoverStatusTag } from './components/handover-status-tag';
export { HandoverView } from './components/handover-view';
