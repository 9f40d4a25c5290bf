import { Alert, Paragraph } from '@digdir/designsystemet-react';

interface LiveAlertProps {
  /** Nothing is shown while null. */
  text: string | null | undefined;
  color: 'success' | 'danger';
}

/**
 * The outcome of an action, announced by screen readers: the live region is always in the page, so the alert is
 * read when it appears.
 */
export function LiveAlert({ text, color }: LiveAlertProps) {
  return (
    <div aria-live="polite">
      {text && (
        <Alert data-color={color}>
          <Paragraph>{text}</Paragraph>
        </Alert>
      )}
    </div>
  );
}
