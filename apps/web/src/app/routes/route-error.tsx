import { Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/page-heading';
import { AppFrame } from '../layout/app-frame';

/** Shown when a route throws while rendering; never the error's own text. */
export function RouteError() {
  const { t } = useTranslation();
  return (
    <AppFrame>
      <div className="stack">
        <PageHeading>{t('routeError.title')}</PageHeading>
        <Paragraph>{t('routeError.body')}</Paragraph>
        <Paragraph>
          {/* A full page load, so a broken client state is thrown away. */}
          <a className="ds-link" href="/">
            {t('routeError.home')}
          </a>
        </Paragraph>
      </div>
    </AppFrame>
  );
}
