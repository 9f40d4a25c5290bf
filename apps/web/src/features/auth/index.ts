// The auth feature's public surface, for routes in src/app.
export { AuthProvider } from './components/auth-provider';
export { ChangePasswordForm } from './components/change-password-form';
export { SignInForm } from './components/sign-in-form';
export { SignOutButton } from './components/sign-out-button';
export { useAuth, useCurrentUser } from './hooks/use-auth';
export type { SessionEndReason } from './hooks/auth-context';
