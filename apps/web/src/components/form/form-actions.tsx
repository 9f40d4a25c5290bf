import { Button } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

interface FormActionsProps {
  submitLabel: string;
  /** The request is under way: the submit button shows it and cannot be pressed again. */
  pending: boolean;
  /** Disables the submit button (defaults to `pending`). */
  disabled?: boolean;
  onCancel: () => void;
}

/** The submit and cancel buttons under a form. */
export function FormActions({ submitLabel, pending, disabled = pending, onCancel }: FormActionsProps) {
  const { t } = useTranslation();
  return (
    <div className="button-row">
      <Button type="submit" loading={pending} disabled={disabled}>
        {submitLabel}
      </Button>
      <Button type="button" variant="secondary" onClick={onCancel}>
        {t('forms.cancel')}
      </Button>
    </div>
  );
}
