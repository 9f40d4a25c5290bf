// The attendance feature's public surface, for routes in src/app.
export {
  attendanceClassesQueryOptions,
  attendanceKeys,
  classDayQueryOptions,
  personMonthQueryOptions,
} from './api/attendance';
export { AttendanceGrid, STATUS_SHORTCUTS } from './components/attendance-grid';
export { PersonMonth } from './components/person-month';
