import './programmes.css';
import { can, type Role } from '@ankomst/contracts';
import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { LiveAlert } from '../../../components/form';
import { LoadingIndicator } from '../../../components/loading-indicator';
import { currentProgramme, programmesQueryOptions } from '../api/programmes';
import { ChangeConsultantDialog } from './change-consultant-dialog';
import { EngineConclusions, ProgrammeDeadlines, ProgrammeOverview, ProgrammeStatusTag } from './programme-details';
import { ProgrammeActions, StartProgrammeForm } from './programme-forms';
import { formatDate } from './format';

interface ProgrammeSectionProps {
  personId: string;
  /** The reader's roles: consultants (programmes.write) get the forms; consultants and managers may move the programme. */
  roles: readonly Role[];
}

/**
 * The participant's introduction programme: the regime the rules engine derived (and any override with its
 * reason), the dates, every statutory deadline with its rule, the engine's conclusions with their reasons, and
 * the consultant's actions (start, edit, status, extension, leave, override, re-evaluate).
 */
export function ProgrammeSection({ personId, roles }: ProgrammeSectionProps) {
  const { t, i18n } = useTranslation();
  const programmes = useQuery(programmesQueryOptions(personId));
  const canWrite = can(roles, 'programmes.write');
  const canReassign = can(roles, 'programmes.reassign');
  const [changingConsultant, setChangingConsultant] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const current = programmes.data ? currentProgramme(programmes.data.items) : undefined;
  const earlier = programmes.data?.items.filter((p) => p.id !== current?.id) ?? [];
  const open =
    current && (current.status === 'PLANNED' || current.status === 'ACTIVE' || current.status === 'ON_LEAVE');

  return (
    <section aria-labelledby="programme-heading" className="stack programme-section">
      <Heading level={2} data-size="sm" id="programme-heading">
        {t('programmes.section.heading')}
      </Heading>
      {programmes.isPending && <LoadingIndicator />}
      {programmes.isError && <ErrorAlert error={programmes.error} />}
      {programmes.data && !current && <Paragraph>{t('programmes.section.none')}</Paragraph>}
      {current && (
        <>
          <ProgrammeOverview programme={current} />
          <LiveAlert text={notice} color="success" />
          {open && canReassign && (
            <>
              <div className="button-row">
                <Button
                  type="button"
                  variant="secondary"
                  data-size="sm"
                  onClick={() => {
                    setNotice(null);
                    setChangingConsultant(true);
                  }}
                >
                  {t('programmes.consultant.open')}
                </Button>
              </div>
              <ChangeConsultantDialog
                programme={current}
                open={changingConsultant}
                onClose={() => setChangingConsultant(false)}
                onChanged={(name) => {
                  setChangingConsultant(false);
                  setNotice(t('programmes.consultant.saved', { name }));
                }}
                onReload={() => void programmes.refetch()}
              />
            </>
          )}
          <ProgrammeDeadlines programme={current} />
          <EngineConclusions programme={current} />
          {canWrite && <ProgrammeActions programme={current} onReload={() => void programmes.refetch()} />}
        </>
      )}
      {programmes.data && canWrite && !open && <StartProgrammeForm personId={personId} />}
      {earlier.length > 0 && (
        <div className="stack">
          <Heading level={3} data-size="xs">
            {t('programmes.section.earlier')}
          </Heading>
          <ul className="programme-list">
            {earlier.map((p) => (
              <li key={p.id}>
                {t(`programmes.regime.${p.regime}`)}, {formatDate(p.startDate, i18n.language)}–
                {formatDate(p.endDate, i18n.language)} <ProgrammeStatusTag status={p.status} />
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
