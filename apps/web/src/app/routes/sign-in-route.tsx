import { Alert, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { PageHeading } from '../../components/page-heading';
import { SignInForm, useAuth } from '../../features/auth';
import { AppFrame } from '../layout/app-frame';
import type { SignInLocationState } from '../layout/protected-layout';
import { paths } from '../paths';

/** Only same-app paths are followed after sign-in. */
function safeReturnPath(from: unknown): string {
  return typeof from === 'string' && from.startsWith('/') && !from.startsWith('//') && from !== paths.signIn
    ? from
    : paths.home;
}

export function SignInRoute() {
  const { t } = useTranslation();
  const { user } = useAuth();
  const location = useLocation();
  const state = (location.state ?? {}) as SignInLocationState;

  if (user) return <Navigate to={safeReturnPath(state.from)} replace />;

  return (
    <AppFrame>
      <div className="sign-in stack">
        <PageHeading>{t('signIn.title')}</PageHeading>
        {state.notice && (
          <Alert data-color={state.notice === 'sessionExpired' ? 'warning' : 'info'} role="status">
            <Paragraph>{t(`signIn.notice.${state.notice}`)}</Paragraph>
          </Alert>
        )}
        <Paragraph>{t('signIn.intro')}</Paragraph>
        <SignInForm />
      </div>
    </AppFrame>
  );
}
