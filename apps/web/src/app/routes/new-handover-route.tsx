import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { PageHeading } from '../../components/page-heading';
import { HandoverSection } from '../../features/handovers';

/** Start or continue a participant's handover (the same section the participant page shows). */
export function NewHandoverRoute() {
  const { t } = useTranslation();
  const { personId = '' } = useParams();
  return (
    <div className="stack">
      <PageHeading>{t('handovers.newTitle')}</PageHeading>
      <HandoverSection personId={personId} />
    </div>
  );
}
