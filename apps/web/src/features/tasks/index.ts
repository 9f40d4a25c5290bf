// The tasks feature's public surface, for routes in src/app.
export { tasksListQueryOptions, tasksQueryKeys, TASKS_PAGE_SIZE, type ListTasksParams } from './api/tasks';
export { TasksTable } from './components/tasks-table';
export { CompleteTaskForm } from './components/complete-task-form';
export { NewTaskSection } from './components/new-task-section';
