import { can } from '@ankomst/contracts';
import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { LoadingIndicator } from '../../../components/loading-indicator';
import { RouterLink } from '../../../components/router-link';
import { useCurrentUser } from '../../auth';
import { handoverListQueryOptions, handoverQueryOptions, useCreateHandover } from '../api/handovers';
import { HandoverStatusTag } from './handover-status-tag';
import { HandoverView } from './handover-view';
import { handoverErrorText } from './texts';

function OpenHandover({ handoverId }: { handoverId: string }) {
  const handover = useQuery(handoverQueryOptions(handoverId));
  if (handover.isPending) return <LoadingIndicator />;
  if (handover.isError) return <ErrorAlert error={handover.error} />;
  return <HandoverView handover={handover.data} />;
}

/**
 * The participant page's handover part: the open handover (the consultant edits and sends the draft here), earlier
 * ones as links, and a button to start one.
 */
export function HandoverSection({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const list = useQuery(handoverListQueryOptions({ personId }));
  const create = useCreateHandover();
  const open = list.data?.items.find((h) => h.status !== 'ACCEPTED');
  const done = list.data?.items.filter((h) => h.status === 'ACCEPTED') ?? [];
  return (
    <section className="stack" aria-labelledby="handover-section-heading">
      <Heading level={2} data-size="md" id="handover-section-heading">
        {t('handovers.section.heading')}
      </Heading>
      {list.isPending && <LoadingIndicator />}
      {list.isError && <ErrorAlert error={list.error} />}
      {list.data && !open && (
        <>
          <Paragraph>{t('handovers.section.none')}</Paragraph>
          {can(user.roles, 'handovers.write') && (
            <div className="button-row">
              <Button disabled={create.isPending} onClick={() => create.mutate(personId)}>
                {t('handovers.section.start')}
              </Button>
            </div>
          )}
          {create.isError && (
            <Alert data-color="danger" role="alert">
              <Paragraph>{handoverErrorText(t, create.error)}</Paragraph>
            </Alert>
          )}
        </>
      )}
      {open && <OpenHandover handoverId={open.id} />}
      {done.length > 0 && (
        <ul>
          {done.map((h) => (
            <li key={h.id}>
              <RouterLink to={`/overforinger/${h.id}`}>
                {t('handovers.section.earlier', { office: h.navOffice?.name ?? '' })}
              </RouterLink>{' '}
              <HandoverStatusTag status={h.status} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
