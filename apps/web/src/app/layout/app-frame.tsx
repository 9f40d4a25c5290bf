import { SkipLink } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LanguageSwitch } from '../../components/language-switch';
import { paths } from '../paths';

export const MAIN_CONTENT_ID = 'main-content';

interface AppFrameProps {
  /** Extra header content: the signed-in user and the sign-out button. */
  headerActions?: ReactNode;
  /** The main navigation, when signed in. */
  navigation?: ReactNode;
  children: ReactNode;
}

/** The page skeleton every route shares: skip link, header, optional navigation, main. */
export function AppFrame({ headerActions, navigation, children }: AppFrameProps) {
  const { t } = useTranslation();
  return (
    <div className="app-frame">
      <SkipLink href={`#${MAIN_CONTENT_ID}`}>{t('app.skipToContent')}</SkipLink>
      <header className="app-header">
        <div className="app-header__inner">
          <Link to={paths.home} className="app-header__brand">
            {t('app.name')}
          </Link>
          <div className="app-header__actions">
            <LanguageSwitch />
            {headerActions}
          </div>
        </div>
        {navigation}
      </header>
      <main id={MAIN_CONTENT_ID} tabIndex={-1} className="app-main">
        {children}
      </main>
    </div>
  );
}
