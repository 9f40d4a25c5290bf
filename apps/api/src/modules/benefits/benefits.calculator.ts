import { Injectable } from '@nestjs/common';
import {
  BenefitErrorCode,
  OtherBenefitKindSchema,
  type MonthlyBenefit,
  type OtherBenefitKind,
} from '@ankomst/contracts';
import { ageOn, calculateMonthlyBenefit, type MonthlyBenefitInput, type Regime } from '@ankomst/regimes';
import type { Actor } from '../../core/access/actor';
import type { Tx } from '../../core/database/prisma.service';
import { PrismaService } from '../../core/database/prisma.service';
import { absenceFacts, careFactsForAbsence, type CareFactsForAbsence } from '../attendance/absence-facts';
import { historyStart, monthRange, unauthorisedDays, type LedgerRow } from '../attendance/absence-ledger';
import { BenefitsRepository, type ProgrammeMonthRow } from './benefits.repository';
import { isoDate as iso } from '../../core/database/date-column';
import { regimeInForce } from '../programmes/regime-in-force';

export interface ProgrammeMonthResult {
  programme: ProgrammeMonthRow;
  regime: Regime;
  input: MonthlyBenefitInput;
  calculation: MonthlyBenefit | null;
  problem: { code: string; message: string } | null;
}

/**
 * Builds each programme's month facts from the database (programme, person, unpaid leave, the absence ledger
 * replayed through the absence rules, other benefits) and hands them to `calculateMonthlyBenefit`. The rules
 * are the engine's; this class only gathers facts, with a fixed number of queries whatever the head count.
 */
@Injectable()
export class BenefitsCalculator {
  constructor(
    private readonly repo: BenefitsRepository,
    private readonly prisma: PrismaService,
  ) {}

  async computeMonth(
    actor: Actor,
    month: string,
    options: { programmeId?: string; tx?: Tx } = {},
  ): Promise<ProgrammeMonthResult[]> {
    const { first, last } = monthRange(month);
    const programmes = await this.repo.programmesInMonth(actor, first, last, options.programmeId, options.tx);
    if (programmes.length === 0) return [];
    const personIds = options.programmeId ? programmes.map((p) => p.personId) : undefined;
    // In a caller's transaction the queries share one connection, so they run one after the other.
    const absence = await this.repo.absenceRows(actor.municipalityId, historyStart(first), last, personIds, options.tx);
    const external = await this.repo.externalBenefitsInMonth(actor.municipalityId, first, personIds, options.tx);
    const ledger = new Map<string, LedgerRow[]>();
    const withChildIllness = new Set<string>();
    for (const r of absence) {
      const rows = ledger.get(r.personId) ?? [];
      rows.push({
        date: iso(r.date),
        plannedHours: Number(r.plannedHours),
        presentHours: Number(r.presentHours),
        absenceKind: r.absenceKind,
      });
      ledger.set(r.personId, rows);
      if (r.absenceKind === 'CHILD_ILLNESS') withChildIllness.add(r.personId);
    }
    const others = new Map<string, { kind: OtherBenefitKind; amount: number }[]>();
    for (const e of external) {
      const kind = OtherBenefitKindSchema.safeParse(e.kind);
      if (!kind.success) continue;
      const list = others.get(e.personId) ?? [];
      list.push({ kind: kind.data, amount: Number(e.amount) });
      others.set(e.personId, list);
    }
    const care = await careFactsForAbsence(
      options.tx ?? this.prisma,
      actor.municipalityId,
      [...withChildIllness],
      first,
    );
    const cache = new Map<string, MonthlyBenefit>();
    return programmes.map((p) =>
      this.computeOne(
        p,
        month,
        first,
        last,
        ledger.get(p.personId) ?? [],
        others.get(p.personId) ?? [],
        care.get(p.personId),
        cache,
      ),
    );
  }

  private computeOne(
    p: ProgrammeMonthRow,
    month: string,
    first: string,
    last: string,
    ledger: LedgerRow[],
    otherBenefits: { kind: OtherBenefitKind; amount: number }[],
    care: CareFactsForAbsence | undefined,
    cache: Map<string, MonthlyBenefit>,
  ): ProgrammeMonthResult {
    const regime = regimeInForce(p);
    const programmeStart = iso(p.startDate!);
    const programmeEnd = p.endDate ? iso(p.endDate) : null;
    const unpaidLeave = p.leaves.map((l) => ({ from: iso(l.fromDate), to: iso(l.toDate) }));
    // Leave without benefit registered in the ledger is unpaid as well, day by day.
    for (const r of ledger)
      if (r.absenceKind === 'LEAVE_WITHOUT_BENEFIT' && r.date >= first && r.date <= last && r.presentHours === 0)
        unpaidLeave.push({ from: r.date, to: r.date });
    const paid = (date: string) =>
      date >= programmeStart &&
      (!programmeEnd || date <= programmeEnd) &&
      !unpaidLeave.some((l) => l.from <= date && date <= l.to);
    const unauthorised =
      ledger.length === 0
        ? []
        : unauthorisedDays(ledger, absenceFacts({ regime, programmeStart }, care), first, last)
            .filter((u) => paid(u.date))
            .map((u) => ({ date: u.date, hours: u.hours }));
    const input: MonthlyBenefitInput = {
      month,
      regime,
      birthDate: iso(p.person.birthDate),
      livesWithParents: p.livesWithParents,
      childlessCoupleBothParticipating: p.childlessCoupleBothParticipating,
      programmeStart,
      programmeEnd,
      unpaidLeave,
      unauthorisedAbsence: unauthorised,
      otherBenefits,
      // Chapter 6A: the programme's flag decides (C-9); under A and B deductions always apply.
      deductionsApply: regime === 'INTEGRERINGSLOVEN_KAP6A' ? p.deductionsApply : null,
    };
    try {
      const key = sameMonthKey(input, first, last);
      let calculation = key === null ? undefined : cache.get(key);
      if (!calculation) {
        calculation = calculateMonthlyBenefit(input) as MonthlyBenefit;
        if (key !== null) cache.set(key, calculation);
      }
      return { programme: p, regime, input, calculation, problem: null };
    } catch (error) {
      return {
        programme: p,
        regime,
        input,
        calculation: null,
        problem: { code: BenefitErrorCode.CALCULATION_FAILED, message: (error as Error).message },
      };
    }
  }
}

/**
 * Participants whose month facts are the same get the same calculation, so the engine runs once per distinct
 * set of facts (a municipality's month has few). The key leaves out what cannot change the month's result:
 * the birth date when no birthday falls in the month (only the age counts then), a start before the month
 * (every day of it is in the programme) and an end after it. A birthday within the month: no key, computed alone.
 */
export function sameMonthKey(input: MonthlyBenefitInput, first: string, last: string): string | null {
  const age = ageOn(input.birthDate, first);
  if (ageOn(input.birthDate, last) !== age) return null;
  const clip = (l: { from: string; to: string }) => ({
    from: l.from < first ? first : l.from,
    to: l.to > last ? last : l.to,
  });
  return JSON.stringify([
    input.regime,
    age,
    input.livesWithParents,
    input.childlessCoupleBothParticipating ?? null,
    input.programmeStart < first ? first : input.programmeStart,
    input.programmeEnd && input.programmeEnd <= last ? input.programmeEnd : null,
    (input.unpaidLeave ?? []).map(clip),
    input.unauthorisedAbsence ?? [],
    input.otherBenefits ?? [],
    input.deductionsApply ?? null,
  ]);
}
