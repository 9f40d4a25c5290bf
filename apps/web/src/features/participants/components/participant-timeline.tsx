import './participants.css';
import type { TimelineEvent } from '@ankomst/contracts';
import { Button, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { LoadingIndicator } from '../../../components/loading-indicator';
import { timelineQueryOptions } from '../api/participants';
import { formatDate, formatDateTime } from './format';

/**
 * Where other features keep the texts of the timeline kinds they write: `<namespace>.timeline.<kind>` in their
 * own locale files, e.g. `programmes.timeline.programme.started`. This feature's own kinds are under
 * `participants.timeline.kinds`. Unknown kinds fall back to a generic line.
 */
const TIMELINE_NAMESPACES = [
  'programmes',
  'plans',
  'caseload',
  'meetings',
  'tasks',
  'groups',
  'handovers',
  'education',
  'attendance',
  'benefits',
  'payments',
  'nir',
  'programmeEnd',
];

function useEventText() {
  const { t, i18n } = useTranslation();
  return (event: TimelineEvent) => {
    const params = Object.fromEntries(
      Object.entries(event.params).map(([k, v]) => [
        k,
        typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? formatDate(v, i18n.language) : v,
      ]),
    );
    const status = (key: string) =>
      typeof event.params[key] === 'string' ? t(`participants.settlementStatus.${String(event.params[key])}`) : '';
    return t(
      [
        `participants.timeline.kinds.${event.kind}`,
        ...TIMELINE_NAMESPACES.map((ns) => `${ns}.timeline.${event.kind}`),
        'participants.timeline.unknownKind',
      ],
      {
        ...params,
        fromLabel: status('from'),
        toLabel: status('to'),
        relationLabel:
          typeof event.params.relation === 'string' ? t(`participants.relation.${event.params.relation}`) : '',
        kind: event.kind,
      },
    );
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
