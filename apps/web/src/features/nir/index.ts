// The NIR feature's public surface, for routes in src/app.
export { nirExportUrl, nirKeys, nirReportQueryOptions } from './api/nir';
export { NirReport } from './components/nir-report';
