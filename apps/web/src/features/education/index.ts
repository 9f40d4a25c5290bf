// The education feature's public surface, for routes in src/app.
export { classQueryOptions, classesQueryOptions, educationKeys } from './api/education';
export { AssessmentForm } from './components/assessment-form';
export { ClassesTable } from './components/classes-table';
export { EnrolForm } from './components/enrol-form';
export { LearnersTable } from './components/learners-table';
