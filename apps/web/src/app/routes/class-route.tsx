import { can } from '@ankomst/contracts';
import { Heading } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ErrorAlert } from '../../components/error-alert';
import { LoadingIndicator } from '../../components/loading-indicator';
import { PageHeading } from '../../components/page-heading';
import { RouterLink } from '../../components/router-link';
import { useCurrentUser } from '../../features/auth';
import { AssessmentForm, EnrolForm, LearnersTable, classQueryOptions } from '../../features/education';
import { paths } from '../paths';

/** One class: its learners with hours against entitlement and levels; teachers record assessments, consultants enrol. */
export function ClassRoute() {
  const { t } = useTranslation();
  const { classId = '' } = useParams();
  const user = useCurrentUser();
  const cls = useQuery(classQueryOptions(classId));
  return (
    <div className="stack">
      <RouterLink to={paths.classes}>{t('education.classesTitle')}</RouterLink>
      {cls.isPending && <LoadingIndicator />}
      {cls.isError && (
        <>
          <PageHeading>{t('education.classesTitle')}</PageHeading>
          <ErrorAlert error={cls.error} />
        </>
      )}
      {cls.data && (
        <>
          <PageHeading>{t('education.classTitle', { name: cls.data.name })}</PageHeading>
          <LearnersTable learners={cls.data.learners} caption={t('education.learners.heading')} />
          {can(user.roles, 'education.write') && cls.data.learners.length > 0 && (
            <section className="stack" aria-labelledby="assessment-heading">
              <Heading level={2} data-size="sm" id="assessment-heading">
                {t('education.assessment.heading')}
              </Heading>
              <AssessmentForm learners={cls.data.learners} />
            </section>
          )}
          {can(user.roles, 'persons.search') && can(user.roles, 'education.enrol') && (
            <section className="stack" aria-labelledby="enrol-heading">
              <Heading level={2} data-size="sm" id="enrol-heading">
                {t('education.enrol.heading')}
              </Heading>
              <EnrolForm classId={classId} />
            </section>
          )}
        </>
      )}
    </div>
  );
}
