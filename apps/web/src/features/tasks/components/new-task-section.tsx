import type { Task } from '@ankomst/contracts';
import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LiveAlert } from '../../../components/form';
import { FormDialog } from '../../../components/form-dialog';
import { NewTaskForm } from './new-task-form';

interface NewTaskSectionProps {
  personId: string;
  personName: string;
  currentUserId: string;
  /** After a task was given (e.g. to refresh the participant's timeline, which tells of it). */
  onCreated?: (task: Task) => void;
}

/**
 * "Oppgaver" on a participant's page: "Ny oppgave" opens a dialog that gives a task about the participant to
 * someone in the refugee service, Nav or adult education who works with them. Closing the dialog returns focus to
 * the button; the outcome is announced in a polite live region.
 */
export function NewTaskSection({ personId, personName, currentUserId, onCreated }: NewTaskSectionProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);

  return (
    <section aria-labelledby="participant-tasks-heading" className="stack">
      <Heading level={2} data-size="sm" id="participant-tasks-heading">
        {t('tasks.newTask.sectionHeading')}
      </Heading>
      <Paragraph data-size="sm">{t('tasks.newTask.intro')}</Paragraph>
      <div className="button-row">
        <Button
          type="button"
          variant="secondary"
          onClick={() => {
            setNotice(null);
            setOpen(true);
          }}
        >
          {t('tasks.newTask.open')}
        </Button>
      </div>
      <LiveAlert text={notice} color="success" />
      <FormDialog open={open} heading={t('tasks.newTask.heading', { name: personName })} onClose={() => setOpen(false)}>
        <NewTaskForm
          personId={personId}
          currentUserId={currentUserId}
          onCreated={(task) => {
            setOpen(false);
            setNotice(t('tasks.newTask.created', { title: task.title, name: task.assignee.name }));
            onCreated?.(task);
          }}
          onCancel={() => setOpen(false)}
        />
      </FormDialog>
    </section>
  );
}
