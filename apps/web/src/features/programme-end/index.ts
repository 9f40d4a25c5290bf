// The programme-end feature's public surface, for routes in src/app.
export { ProgrammeEndSection } from './components/programme-end-section';
