import { Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PageHeading } from '../../components/page-heading';
import { RouterLink } from '../../components/router-link';
import { HouseholdForm } from '../../features/households';
import { householdPath, paths } from '../paths';
import type { HouseholdLocationState } from './household-route';

export function NewHouseholdRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <div className="stack">
      <Paragraph>
        <RouterLink to={paths.households}>{t('households.new.backToList')}</RouterLink>
      </Paragraph>
      <PageHeading>{t('households.new.title')}</PageHeading>
      <Paragraph>{t('households.new.intro')}</Paragraph>
      <HouseholdForm
        onCreated={(household) => {
          const state: HouseholdLocationState = { notice: t('households.new.success', { name: household.name }) };
          void navigate(householdPath(household.id), { state });
        }}
        onCancel={() => void navigate(paths.households)}
      />
    </div>
  );
}
