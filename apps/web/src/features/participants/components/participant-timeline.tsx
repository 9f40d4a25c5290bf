import './participants.css';
import type { TimelineEvent } from '@ankomst/contracts';
import { Button, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { LoadingIndicator } from '../../../components/loading-indicator';
import { timelineQueryOptions } from '../api/participants';
import { timelineTextKeys } from '../timeline-text-keys';
import { formatDate, formatDateTime } from './format';

const SKILLS = ['READING', 'LISTENING', 'WRITING', 'ORAL'];

/** A date or an instant among an event's values, as the reader's language writes it; other values as they are. */
function readable(value: TimelineEvent['params'][string], language: string) {
  if (typeof value !== 'string') return value;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(value, language);
  if (/^\d{4}-\d{2}-\d{2}T/.test(value)) return formatDateTime(value, language);
  return value;
}

function useEventText() {
  const { t, i18n } = useTranslation();
  return (event: TimelineEvent) => {
    const params = Object.fromEntries(Object.entries(event.params).map(([k, v]) => [k, readable(v, i18n.language)]));
    const status = (key: string) =>
      typeof event.params[key] === 'string' ? t(`participants.settlementStatus.${String(event.params[key])}`) : '';
    // An assessment's levels per skill, e.g. "Lesing A2, Muntlig B1".
    const levels = SKILLS.filter((skill) => typeof event.params[skill] === 'string')
      .map((skill) => `${t(`education.skill.${skill}`)} ${String(event.params[skill])}`)
      .join(', ');
    return t([...timelineTextKeys(event.kind), 'participants.timeline.unknownKind'], {
      ...params,
      fromLabel: status('from'),
      toLabel: status('to'),
      relationLabel:
        typeof event.params.relation === 'string' ? t(`participants.relation.${event.params.relation}`) : '',
      levels,
      kind: event.kind,
    });
  };
}

/** The shared timeline, newest first; restricted events (refugee service only) are marked. */
export function ParticipantTimeline({ personId }: { personId: string }) {
  const { t, i18n } = useTranslation();
  const timeline = useInfiniteQuery(timelineQueryOptions(personId));
  const text = useEventText();
  const events = timeline.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <section aria-labelledby="participant-timeline-heading" className="stack">
      <Heading level={2} data-size="sm" id="participant-timeline-heading">
        {t('participants.timeline.heading')}
      </Heading>
      {timeline.isPending && <LoadingIndicator />}
      {timeline.isError && <ErrorAlert error={timeline.error} />}
      {timeline.isSuccess && events.length === 0 && <Paragraph>{t('participants.timeline.empty')}</Paragraph>}
      {events.length > 0 && (
        <ol className="timeline" aria-label={t('participants.timeline.heading')}>
          {events.map((event) => (
            <li key={event.id} className="timeline__item">
              <Paragraph data-size="sm" className="timeline__meta">
                <time dateTime={event.occurredAt}>{formatDateTime(event.occurredAt, i18n.language)}</time>
                {' · '}
                {t(`participants.timeline.service.${event.service}`)}
                {event.actorName ? ` · ${event.actorName}` : ''}
                {event.restricted && (
                  <>
                    {' '}
                    <Tag data-color="warning" data-size="sm">
                      {t('participants.timeline.restricted')}
                    </Tag>
                  </>
                )}
              </Paragraph>
              <Paragraph>{text(event)}</Paragraph>
            </li>
          ))}
        </ol>
      )}
      {timeline.hasNextPage && (
        <div>
          <Button
            type="button"
            variant="secondary"
            loading={timeline.isFetchingNextPage}
            onClick={() => void timeline.fetchNextPage()}
          >
            {t('participants.timeline.more')}
          </Button>
        </div>
      )}
    </section>
  );
}
