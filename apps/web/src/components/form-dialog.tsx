import { Dialog, Heading } from '@digdir/designsystemet-react';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface FormDialogProps {
  open: boolean;
  heading: string;
  onClose: () => void;
  children: ReactNode;
}

/** A modal dialog named by its heading; Escape and the close button call `onClose`. */
export function FormDialog({ open, heading, onClose, children }: FormDialogProps) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <Dialog
      open={open}
      onClose={onClose}
      closeButton={t('dialog.close')}
      aria-labelledby={headingId}
      closedby="closerequest"
    >
      <Dialog.Block>
        <Heading level={2} data-size="sm" id={headingId}>
          {heading}
        </Heading>
      </Dialog.Block>
      <Dialog.Block>{open && children}</Dialog.Block>
    </Dialog>
  );
}
