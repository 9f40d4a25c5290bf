// The users feature's public surface, for routes in src/app.
export { usersListQueryOptions, usersQueryKeys, USERS_PAGE_SIZE } from './api/list-users';
export { CreateUserForm } from './components/create-user-form';
export { EditUserForm } from './components/edit-user-form';
export { ResetPasswordForm } from './components/reset-password-form';
export { UserSearchForm } from './components/user-search-form';
export { UsersTable } from './components/users-table';
