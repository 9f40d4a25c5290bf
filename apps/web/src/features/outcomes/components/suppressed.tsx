import { useTranslation } from 'react-i18next';

/** A hidden cell: "< 30", with "skjult" for screen readers and as a tooltip. */
export function Suppressed({ threshold }: { threshold: number }) {
  const { t } = useTranslation();
  return (
    <span className="outcome-suppressed" title={t('outcomes.suppressedTitle', { threshold })} data-suppressed="true">
      {t('outcomes.suppressed', { threshold })}
      <span className="visually-hidden"> ({t('outcomes.suppressedWord')})</span>
    </span>
  );
}
