import { Alert, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../lib/api-error';
import { errorMessage } from '../lib/error-messages';

/** Shows a failed request's message by error code, with the request id for support. */
export function ErrorAlert({ error }: { error: unknown }) {
  const { t } = useTranslation();
  return (
    <Alert data-color="danger" role="alert">
      <Paragraph>{errorMessage(t, error)}</Paragraph>
      {isApiError(error) && error.requestId && (
        <Paragraph data-size="sm">{t('errors.reference', { requestId: error.requestId })}</Paragraph>
      )}
    </Alert>
  );
}
