import { Inject, Injectable } from '@nestjs/common';
import type {
  OutcomeIndicators,
  OutcomeIndicatorsQuery,
  OutcomeParticipantsQuery,
  ProgrammeKpis,
  ProgrammeKpisQuery,
} from '@ankomst/contracts';
import { BASE_AMOUNTS, baseAmountForYear, suppressShare } from '@ankomst/regimes';
import type { Actor } from '../../core/access/actor';
import { personScope } from '../../core/access/person-scope';
import { AuditService } from '../../core/audit/audit.service';
import { ENV } from '../../core/config/config.module';
import type { Env } from '../../core/config/env';
import { Clock } from '../programmes/clock';
import { AggregateCache } from './outcomes.cache';
import { toIndicatorSeries, toParticipant } from './outcomes.mapper';
import { OutcomesRepository } from './outcomes.repository';

const REGIMES = ['INTRODUKSJONSLOVEN', 'INTEGRERINGSLOVEN', 'INTEGRERINGSLOVEN_KAP6A'] as const;
const END_STATUSES = [
  'WORK_FULL_TIME',
  'WORK_PART_TIME',
  'EDUCATION',
  'WORK_AND_EDUCATION',
  'NAV_MEASURE',
  'OTHER',
  'MOVED',
  'DISCONTINUED',
] as const;
const GOAL_KINDS = [
  'PARENTING',
  'COMMUNITY_PARTICIPATION',
  'SOME_WORK',
  'PARTIAL_CERTIFICATE',
  'NORWEGIAN_LEVEL',
  'HEALTH_STABILISED',
] as const;

/**
 * Outcomes for managers: aggregates only, suppressed under the threshold before they leave the server.
 * Indicators follow the register study (DOMAIN.md § 7.1) through `@ankomst/regimes`; the SQL does the counting.
 */
/** Aggregates are cached per municipality and query for five minutes (see outcomes.cache.ts). */
const CACHE_TTL_MS = 5 * 60 * 1000;

@Injectable()
export class OutcomesService {
  private readonly indicatorCache = new AggregateCache<OutcomeIndicators>(CACHE_TTL_MS);
  private readonly kpiCache = new AggregateCache<ProgrammeKpis>(CACHE_TTL_MS);

  constructor(
    private readonly outcomes: OutcomesRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    @Inject(ENV) private readonly env: Env,
  ) {}

  get threshold(): number {
    return this.env.OUTCOME_SUPPRESSION_THRESHOLD;
  }

  indicators(actor: Actor, q: OutcomeIndicatorsQuery): Promise<OutcomeIndicators> {
    const key = `${actor.municipalityId}|${this.clock.today()}|${JSON.stringify([q.breakdown, q.botidMax, q.category, q.sex, q.regime, q.cohortFrom, q.cohortTo])}`;
    return this.indicatorCache.get(key, () => this.computeIndicators(actor, q));
  }

  private async computeIndicators(actor: Actor, q: OutcomeIndicatorsQuery): Promise<OutcomeIndicators> {
    const lastYear = Number(this.clock.today().slice(0, 4));
    const first = Number(BASE_AMOUNTS[0]?.validFrom.slice(0, 4) ?? 2010);
    const gByYear = Array.from({ length: lastYear - first + 1 }, (_, i) => ({
      year: first + i,
      amount: baseAmountForYear(first + i),
    }));
    const [rows, quality] = await Promise.all([
      this.outcomes.indicatorCounts(actor, q.breakdown, q, q.botidMax, gByYear),
      this.outcomes.quality(actor, q),
    ]);
    const personYears = rows.reduce((a, r) => a + r.n, 0);
    return {
      breakdown: q.breakdown,
      threshold: this.threshold,
      latestYear: quality.latestYear,
      series: toIndicatorSeries(rows, q.botidMax, this.threshold),
      quality: {
        personYears,
        persons: quality.persons,
        educationMissingShare:
          quality.persons >= this.threshold ? Math.round((1000 * quality.missing) / quality.persons) / 1000 : null,
      },
    };
  }

  programmeKpis(actor: Actor, q: ProgrammeKpisQuery): Promise<ProgrammeKpis> {
    const key = `${actor.municipalityId}|${this.clock.today()}|${JSON.stringify([q.category, q.sex, q.regime, q.cohortFrom, q.cohortTo])}`;
    return this.kpiCache.get(key, () => this.computeKpis(actor, q));
  }

  private async computeKpis(actor: Actor, q: ProgrammeKpisQuery): Promise<ProgrammeKpis> {
    const today = this.clock.today();
    const t = this.threshold;
    const k = await this.outcomes.programmeKpis(actor, q, today);
    const byRegime = (regime: string) => k.perRegime.find((r) => r.regime === regime);
    const sum = (f: (r: (typeof k.perRegime)[number]) => number) => k.perRegime.reduce((a, r) => a + f(r), 0);
    const started = sum((r) => r.started);
    const medians = k.perRegime.filter((r) => r.median_days !== null && r.started > 0);
    const endedTotal = k.statuses.reduce((a, s) => a + s.n, 0);
    return {
      threshold: t,
      asOf: today,
      endGoalReached: [
        ...REGIMES.map((regime) => ({
          regime,
          cell: suppressShare(byRegime(regime)?.reached ?? 0, byRegime(regime)?.ended ?? 0, t),
        })),
        {
          regime: 'ALL' as const,
          cell: suppressShare(
            sum((r) => r.reached),
            sum((r) => r.ended),
            t,
          ),
        },
      ],
      startWithinDeadline: {
        cell: suppressShare(
          sum((r) => r.on_time),
          started,
          t,
        ),
        // A weighted mean of the regimes' medians (an approximation when several regimes are mixed), shown only with N ≥ threshold.
        medianDays:
          started >= t && medians.length > 0
            ? Math.round(
                medians.reduce((a, r) => a + (r.median_days as number) * r.started, 0) /
                  medians.reduce((a, r) => a + r.started, 0),
              )
            : null,
      },
      overdueDeadlines: {
        total: sum((r) => r.overdue),
        openProgrammes: sum((r) => r.open),
        byKind: k.overdueKinds.map((o) => ({ kind: o.kind, count: o.n })),
      },
      lengthVsMaximum: REGIMES.map((regime) => {
        const r = byRegime(regime);
        const ended = r?.ended ?? 0;
        const show = ended >= t;
        return {
          regime,
          averageMonths: show && r?.avg_months != null ? Math.round(r.avg_months * 10) / 10 : null,
          averageMaxMonths: show && r?.avg_max != null ? Math.round(r.avg_max * 10) / 10 : null,
          overMaximum: suppressShare(r?.over_max ?? 0, ended, t),
        };
      }),
      directTransition: {
        workOrEducation: suppressShare(
          sum((r) => r.transition_yes),
          sum((r) => r.transition_n),
          t,
        ),
        byStatus: END_STATUSES.map((status) => ({
          status,
          cell: suppressShare(k.statuses.find((s) => s.status === status)?.n ?? 0, endedTotal, t),
        })),
      },
      followUp: [
        { months: 6 as const, workOrEducation: suppressShare(k.followUp.yes6, k.followUp.n6, t) },
        { months: 12 as const, workOrEducation: suppressShare(k.followUp.yes12, k.followUp.n12, t) },
      ],
      alternativeGoals: GOAL_KINDS.map((kind) => {
        const g = k.goals.find((x) => x.kind === kind);
        return { kind, reached: suppressShare(g?.reached ?? 0, g?.n ?? 0, t) };
      }),
    };
  }

  /** The persons behind a KPI, for those who may see them: the person scope decides, and each one shown is audited. */
  async participants(actor: Actor, q: OutcomeParticipantsQuery) {
    const { rows, total } = await this.outcomes.participants(actor, personScope(actor), q, this.clock.today());
    await this.audit.recordMany(
      actor,
      rows.map((r) => ({
        action: 'READ' as const,
        operation: 'outcomes.participants',
        entityType: 'programme',
        entityId: r.id,
        personId: r.personId,
        fields: ['name', 'status', 'regime', 'nextDeadline'],
      })),
    );
    return { items: rows.map(toParticipant), page: q.page, pageSize: q.pageSize, total };
  }

  /** Aggregates only (no person data); the export itself is audited. */
  async recordExport(actor: Actor, format: string, breakdown: string): Promise<void> {
    await this.audit.record(actor, {
      action: 'EXPORT',
      operation: 'outcomes.export',
      entityType: 'outcome_indicators',
      fields: [format, breakdown],
    });
  }
}
