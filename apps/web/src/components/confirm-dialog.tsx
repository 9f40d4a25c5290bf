import { Alert, Button, Dialog, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';

interface ConfirmDialogProps {
  open: boolean;
  /** The question, e.g. "Ta Omar Haddad ut av husstanden?". */
  heading: string;
  /** What will happen, read out together with the heading. */
  description: string;
  confirmLabel: string;
  /** The action is under way: the confirm button shows it and cannot be pressed again. */
  pending: boolean;
  /** Why the action failed, shown in the dialog. */
  error?: string | null;
  onConfirm: () => void;
  onClose: () => void;
}

/**
 * Asks before a destructive action. A modal alert dialog named by its heading and described by its text; focus
 * starts on "Avbryt" (the safe choice), Tab stays inside, Escape or the close button cancels, and the browser
 * returns focus to the button that opened it.
 */
export function ConfirmDialog({
  open,
  heading,
  description,
  confirmLabel,
  pending,
  error,
  onConfirm,
  onClose,
}: ConfirmDialogProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const descriptionId = useId();
  const cancelRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    // Dialog's own effect (a child's, so it runs first) has opened the modal; now the cancel button can take focus.
    if (open) cancelRef.current?.focus();
  }, [open]);
  return (
    <Dialog
      open={open}
      onClose={onClose}
      role="alertdialog"
      closeButton={t('dialog.close')}
      aria-labelledby={headingId}
      aria-describedby={descriptionId}
      closedby="closerequest"
    >
      <Dialog.Block>
        <Heading level={2} data-size="sm" id={headingId}>
          {heading}
        </Heading>
      </Dialog.Block>
      <Dialog.Block className="stack">
        <Paragraph id={descriptionId}>{description}</Paragraph>
        <div aria-live="assertive">
          {error && (
            <Alert data-color="danger">
              <Paragraph>{error}</Paragraph>
            </Alert>
          )}
        </div>
        <div className="button-row">
          <Button type="button" data-color="danger" loading={pending} disabled={pending} onClick={onConfirm}>
            {confirmLabel}
          </Button>
          <Button ref={cancelRef} type="button" variant="secondary" onClick={onClose}>
            {t('forms.cancel')}
          </Button>
        </div>
      </Dialog.Block>
    </Dialog>
  );
}
