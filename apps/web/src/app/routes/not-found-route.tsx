import { Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/page-heading';
import { RouterLink } from '../../components/router-link';
import { paths } from '../paths';

export function NotFoundRoute() {
  const { t } = useTranslation();
  return (
    <div className="stack">
      <PageHeading>{t('notFound.title')}</PageHeading>
      <Paragraph>{t('notFound.body')}</Paragraph>
      <Paragraph>
        <RouterLink to={paths.home}>{t('notFound.home')}</RouterLink>
      </Paragraph>
    </div>
  );
}
