import { can, type Role } from '@ankomst/contracts';
import { Heading } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { LoadingIndicator } from '../../../components/loading-indicator';
import { goalsQueryOptions, outcomeQueryOptions, personProgrammesQueryOptions } from '../api/programme-end';
import { AlternativeGoals } from './alternative-goals';
import { OutcomeForm } from './outcome-form';

/**
 * The participant page's programme-end section: for the newest programme that has ended (completed or
 * discontinued), the outcome form and the alternative goals. Nothing is shown while no programme has ended.
 */
export function ProgrammeEndSection({ personId, roles }: { personId: string; roles: readonly Role[] }) {
  const { t } = useTranslation();
  const programmes = useQuery(personProgrammesQueryOptions(personId));
  const ended = programmes.data?.items.find((p) => p.status === 'COMPLETED' || p.status === 'DISCONTINUED');
  if (programmes.isError) return <ErrorAlert error={programmes.error} />;
  if (!ended) return null;
  return (
    <section className="stack" aria-labelledby="programme-end-heading">
      <Heading level={2} data-size="sm" id="programme-end-heading">
        {t('programmeEnd.heading')}
      </Heading>
      <EndedProgramme programmeId={ended.id} canWrite={can([...roles], 'programmes.write')} />
    </section>
  );
}

function EndedProgramme({ programmeId, canWrite }: { programmeId: string; canWrite: boolean }) {
  const outcome = useQuery(outcomeQueryOptions(programmeId));
  const goals = useQuery(goalsQueryOptions(programmeId));
  if (outcome.isPending || goals.isPending) return <LoadingIndicator />;
  if (outcome.isError) return <ErrorAlert error={outcome.error} />;
  if (goals.isError) return <ErrorAlert error={goals.error} />;
  return (
    <>
      <OutcomeForm view={outcome.data} canWrite={canWrite} />
      <AlternativeGoals programmeId={programmeId} goals={goals.data.items} canWrite={canWrite} />
    </>
  );
}
