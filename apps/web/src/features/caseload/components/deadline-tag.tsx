import { Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { formatDate } from './format';

/** The next deadline: its kind, date and how far away (red when overdue, amber within two weeks). */
export function DeadlineTag({
  deadline,
}: {
  deadline: { kind: string; date: string; overdue: boolean; daysLeft: number } | null;
}) {
  const { t, i18n } = useTranslation();
  if (!deadline) return <>–</>;
  const color = deadline.overdue ? 'danger' : deadline.daysLeft <= 14 ? 'warning' : 'neutral';
  const when = deadline.overdue
    ? t('caseload.overdue', { count: -deadline.daysLeft })
    : deadline.daysLeft === 0
      ? t('caseload.today')
      : t('caseload.daysLeft', { count: deadline.daysLeft });
  return (
    <span>
      {t(`caseload.deadlineKind.${deadline.kind}`)}: {formatDate(deadline.date, i18n.language)}{' '}
      <Tag data-color={color} data-size="sm">
        {when}
      </Tag>
    </span>
  );
}
