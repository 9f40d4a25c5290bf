import { Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import { SignOutButton, useAuth } from '../../features/auth';
import { paths } from '../paths';
import { AppFrame } from './app-frame';
import { MainNavigation } from './main-navigation';

export interface SignInLocationState {
  notice?: 'signedOut' | 'sessionExpired';
  /** Where to go after signing in. */
  from?: string;
}

/** Everything behind sign-in. Without a session it sends the user to the sign-in page, saying why. */
export function ProtectedLayout() {
  const { t } = useTranslation();
  const { user, endReason } = useAuth();
  const location = useLocation();

  if (!user) {
    const state: SignInLocationState = {
      notice: endReason ?? undefined,
      from: endReason === 'signedOut' ? undefined : `${location.pathname}${location.search}`,
    };
    return <Navigate to={paths.signIn} replace state={state} />;
  }

  return (
    <AppFrame
      navigation={<MainNavigation roles={user.roles} />}
      headerActions={
        <>
          <Paragraph data-size="sm" className="app-header__user">
            {t('header.signedInAs', { name: user.name })}
          </Paragraph>
          <SignOutButton />
        </>
      }
    >
      <Outlet />
    </AppFrame>
  );
}
