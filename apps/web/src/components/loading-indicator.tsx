import { Spinner } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

export function LoadingIndicator() {
  const { t } = useTranslation();
  return (
    <div className="loading-indicator" role="status">
      <Spinner aria-label={t('app.loading')} data-size="md" />
    </div>
  );
}
