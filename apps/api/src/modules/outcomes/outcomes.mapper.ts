import type { IndicatorCellDto, OutcomeIndicators, OutcomeParticipant } from '@ankomst/contracts';
import { suppressCell } from '@ankomst/regimes';
import type { IndicatorCountRow } from './outcomes.repository';
import { isoDate as iso } from '../../core/database/date-column';
import { regimeInForce } from '../programmes/regime-in-force';

/** Count rows → one series per group with a cell for every botid 0..max (empty botids are suppressed cells too). */
export function toIndicatorSeries(
  rows: readonly IndicatorCountRow[],
  botidMax: number,
  threshold: number,
): OutcomeIndicators['series'] {
  const groups = new Map<string, Map<number, IndicatorCountRow>>();
  for (const r of rows) {
    const g = groups.get(r.grp) ?? new Map<number, IndicatorCountRow>();
    g.set(r.botid, r);
    groups.set(r.grp, g);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([group, byBotid]) => ({
      group,
      cells: Array.from({ length: botidMax + 1 }, (_, botid): IndicatorCellDto => {
        const r = byBotid.get(botid);
        const cell = suppressCell(
          {
            n: r?.n ?? 0,
            inWork: r?.in_work ?? 0,
            inEducation: r?.in_education ?? 0,
            inWorkOrEducation: r?.either ?? 0,
          },
          threshold,
        );
        return { botid, ...cell };
      }),
    }));
}

export function toParticipant(r: {
  id: string;
  personId: string;
  status: string;
  derivedRegime: OutcomeParticipant['regime'];
  regimeOverride: OutcomeParticipant['regime'] | null;
  nextDeadlineDate: Date | null;
  nextDeadlineKind: string | null;
  startDate: Date | null;
  endDate: Date | null;
  person: { firstName: string; lastName: string };
  outcome: { endStatus: string } | null;
}): OutcomeParticipant {
  return {
    personId: r.personId,
    name: `${r.person.firstName} ${r.person.lastName}`,
    programmeId: r.id,
    regime: regimeInForce(r),
    status: r.status,
    date: iso(r.nextDeadlineDate ?? r.endDate ?? r.startDate),
    detail: r.nextDeadlineKind ?? r.outcome?.endStatus ?? null,
  };
}
