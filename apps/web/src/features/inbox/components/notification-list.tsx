import './inbox.css';
import type { Notification } from '@ankomst/contracts';
import { Button, Card, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMarkRead } from '../api/notifications';

function formatInstant(iso: string, language: string): string {
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nb-NO', {
    timeZone: 'Europe/Oslo',
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(new Date(iso));
}

function formatDate(isoDate: string, language: string): string {
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nb-NO', {
    timeZone: 'UTC',
    dateStyle: 'medium',
  }).format(new Date(`${isoDate}T00:00:00Z`));
}

/** The translated text of a notification; params that are dates or codes are formatted first. */
function useNotificationText() {
  const { t, i18n } = useTranslation();
  return (n: Notification) => {
    const p = n.params;
    const values: Record<string, string | number> = {};
    for (const [key, value] of Object.entries(p)) if (value !== null && typeof value !== 'boolean') values[key] = value;
    if (typeof p.scheduledAt === 'string') values.scheduledAt = formatInstant(p.scheduledAt, i18n.language);
    if (typeof p.dueDate === 'string') values.dueDate = formatDate(p.dueDate, i18n.language);
    if (typeof p.deadlineDate === 'string') values.deadlineDate = formatDate(p.deadlineDate, i18n.language);
    if (typeof p.type === 'string') values.type = t([`inbox.meetingTypes.${p.type}`, 'inbox.meetingTypes.OTHER']);
    if (typeof p.deadlineKind === 'string')
      values.deadlineKind = t([`inbox.deadlineKinds.${p.deadlineKind}`, 'inbox.deadlineKinds.other'], {
        kind: p.deadlineKind,
      });
    // Day counts choose the singular or plural text ("1 dag", "3 dager").
    if (typeof p.daysLeft === 'number') values.count = p.daysLeft;
    if (typeof p.daysOverdue === 'number') values.count = p.daysOverdue;
    const key = n.kind.replace(/\./g, '_');
    const variant = n.kind === 'task.assigned' && !p.dueDate ? `${key}_noDue` : key;
    return t([`inbox.kinds.${variant}`, `inbox.kinds.${key}`, 'inbox.kinds.other'], values);
  };
}

export function NotificationList({ items }: { items: readonly Notification[] }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const markRead = useMarkRead();
  const text = useNotificationText();

  return (
    <ul className="inbox-list">
      {items.map((n) => (
        <li key={n.id}>
          <Card data-color={n.readAt ? 'neutral' : 'accent'} variant={n.readAt ? 'default' : 'tinted'}>
            <Heading level={2} data-size="2xs">
              {!n.readAt && <Tag data-color="info">{t('inbox.unread')}</Tag>} {text(n)}
            </Heading>
            <Paragraph data-size="sm">
              {n.personName ? `${n.personName} · ` : ''}
              {formatInstant(n.createdAt, i18n.language)}
            </Paragraph>
            <div className="button-row">
              {n.link && (
                <Button
                  type="button"
                  variant="secondary"
                  data-size="sm"
                  onClick={() => {
                    if (!n.readAt) markRead.mutate(n.id);
                    void navigate(n.link ?? '/');
                  }}
                >
                  {t('inbox.open')}
                </Button>
              )}
              {!n.readAt && (
                <Button
                  type="button"
                  variant="tertiary"
                  data-size="sm"
                  loading={markRead.isPending && markRead.variables === n.id}
                  onClick={() => markRead.mutate(n.id)}
                >
                  {t('inbox.markRead')}
                </Button>
              )}
            </div>
          </Card>
        </li>
      ))}
    </ul>
  );
}
