// The programmes feature's public surface, for routes in src/app.
export { ProgrammeSection } from './components/programme-section';
export { PlanSection } from './components/plan-section';
export { programmesQueryKeys, programmesQueryOptions, planQueryOptions } from './api/programmes';
