import { OutcomeBreakdownSchema } from '@ankomst/contracts';
import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '../../components/error-alert';
import { ListPagination } from '../../components/list-pagination';
import { LoadingIndicator } from '../../components/loading-indicator';
import { PageHeading } from '../../components/page-heading';
import {
  EMPTY_FILTERS,
  IndicatorChart,
  OutcomeFilters,
  OutcomeParticipantsTable,
  PARTICIPANTS_PAGE_SIZE,
  ProgrammeKpisPanel,
  indicatorsExportUrl,
  indicatorsQueryOptions,
  outcomeParticipantsQueryOptions,
  programmeKpisQueryOptions,
  type OutcomeFilterValues,
} from '../../features/outcomes';

type DrillKind = 'OVERDUE_DEADLINE' | 'LATE_START' | 'END_GOAL_NOT_REACHED' | 'OVER_MAXIMUM';

/** "Resultater": the manager's outcomes dashboard. Aggregates only; no ranking of municipalities or advisers. */
export function OutcomesRoute() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const breakdown = OutcomeBreakdownSchema.safeParse(params.get('inndeling'));
  const filters: OutcomeFilterValues = {
    ...EMPTY_FILTERS,
    breakdown: breakdown.success ? breakdown.data : 'none',
    category: params.get('kategori') ?? '',
    sex: params.get('kjonn') ?? '',
    regime: params.get('regelverk') ?? '',
    cohortFrom: params.get('fra') ?? '',
    cohortTo: params.get('til') ?? '',
  };
  const setFilters = (f: OutcomeFilterValues) => {
    const next = new URLSearchParams();
    const pairs: Array<[string, string]> = [
      ['inndeling', f.breakdown === 'none' ? '' : f.breakdown],
      ['kategori', f.category],
      ['kjonn', f.sex],
      ['regelverk', f.regime],
      ['fra', f.cohortFrom],
      ['til', f.cohortTo],
    ];
    for (const [k, v] of pairs) if (v) next.set(k, v);
    setParams(next, { replace: true });
  };
  const indicators = useQuery(indicatorsQueryOptions(filters));
  const kpis = useQuery(programmeKpisQueryOptions(filters));
  const [drill, setDrill] = useState<{ kind: DrillKind; page: number } | null>(null);
  const participants = useQuery({
    ...outcomeParticipantsQueryOptions(drill?.kind ?? 'OVERDUE_DEADLINE', drill?.page ?? 1),
    enabled: drill !== null,
  });

  return (
    <div className="stack">
      <PageHeading>{t('outcomes.title')}</PageHeading>
      <Paragraph>{t('outcomes.intro')}</Paragraph>
      <OutcomeFilters value={filters} onChange={setFilters} />
      <div className="button-row">
        <Link href={indicatorsExportUrl(filters, 'csv')} download>
          {t('outcomes.export.csv')}
        </Link>
        <Link href={indicatorsExportUrl(filters, 'xlsx')} download>
          {t('outcomes.export.xlsx')}
        </Link>
      </div>
      {(indicators.isPending || kpis.isPending) && <LoadingIndicator />}
      {indicators.isError && <ErrorAlert error={indicators.error} />}
      {indicators.data && <IndicatorChart data={indicators.data} stale={indicators.isPlaceholderData} />}
      {kpis.isError && <ErrorAlert error={kpis.error} />}
      {kpis.data && <ProgrammeKpisPanel data={kpis.data} onDrillDown={(kind) => setDrill({ kind, page: 1 })} />}
      {drill && (
        <section className="stack" aria-labelledby="outcome-drill">
          <Heading level={2} data-size="sm" id="outcome-drill">
            {t(`outcomes.drill.${drill.kind}`)}
          </Heading>
          {participants.isPending && <LoadingIndicator />}
          {participants.isError && <ErrorAlert error={participants.error} />}
          {participants.data && (
            <>
              <Paragraph role="status">
                {t('outcomes.participants.count', { count: participants.data.total })}
              </Paragraph>
              {participants.data.items.length > 0 && (
                <OutcomeParticipantsTable items={participants.data.items} caption={t(`outcomes.drill.${drill.kind}`)} />
              )}
              <ListPagination
                page={drill.page}
                totalPages={Math.max(1, Math.ceil(participants.data.total / PARTICIPANTS_PAGE_SIZE))}
                onPageChange={(page: number) => setDrill({ kind: drill.kind, page })}
              />
            </>
          )}
        </section>
      )}
    </div>
  );
}
