import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';

interface StaleVersionAlertProps {
  /** Someone else saved first. */
  message: string;
  reloadLabel: string;
  onReload: () => void;
}

/** The warning shown when someone else saved first, with a button that fetches the current version. */
export function StaleVersionAlert({ message, reloadLabel, onReload }: StaleVersionAlertProps) {
  return (
    <Alert data-color="warning" role="alert">
      <Paragraph>{message}</Paragraph>
      <Button type="button" variant="secondary" data-size="sm" onClick={onReload}>
        {reloadLabel}
      </Button>
    </Alert>
  );
}
