import type { Person } from '@ankomst/contracts';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { FormDialog } from '../../../components/form-dialog';
import { LoadingIndicator } from '../../../components/loading-indicator';
import { personQueryOptions } from '../api/participants';
import { EditPersonForm } from './edit-person-form';

interface EditPersonDialogProps {
  /** The person to edit; null keeps the dialog closed. */
  personId: string | null;
  /** The name shown in the dialog's heading (the page already shows it). */
  name: string;
  onSaved: (person: Person) => void;
  onClose: () => void;
}

/**
 * "Endre personopplysninger" as a modal dialog, usable from any page that lists the person (the participant page,
 * the household page). It loads the person as the reader may see them, so the form shows only what they may change.
 */
export function EditPersonDialog({ personId, name, onSaved, onClose }: EditPersonDialogProps) {
  const { t } = useTranslation();
  return (
    <FormDialog open={personId !== null} heading={t('participants.edit.heading', { name })} onClose={onClose}>
      {personId && <EditPersonDialogBody personId={personId} onSaved={onSaved} onClose={onClose} />}
    </FormDialog>
  );
}

function EditPersonDialogBody({
  personId,
  onSaved,
  onClose,
}: {
  personId: string;
  onSaved: (person: Person) => void;
  onClose: () => void;
}) {
  const person = useQuery(personQueryOptions(personId));
  if (person.isPending) return <LoadingIndicator />;
  if (person.isError) return <ErrorAlert error={person.error} />;
  return <EditPersonForm person={person.data} onSaved={onSaved} onCancel={onClose} />;
}
