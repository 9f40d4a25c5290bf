/**
 * Generates one municipality's synthetic caseload and history and hands every row to the bulk writer:
 * households with their settlement history, persons, programmes (regime and entitlements from the real rules
 * engine, `evaluate()`), integration plans with revisions and elements, programme outcomes and alternative goals,
 * register outcomes per person-year, classes and enrolments, responsibility groups with meetings and tasks,
 * attendance for the last two full months and an approved payment run for the last one; and the later case
 * history: Norwegian level assessments for enrolled learners, Nav handovers (with their status history and
 * messages, sent to the municipality's Nav office) near or after the programme's end, and the participants'
 * timeline lines with the kinds and params the API writes. Pure function of (seed, municipality, size,
 * reference date): no clock, no Math.random. The later history draws from a stream of its own.
 */
import {
  addDays,
  addMonths,
  ageOn,
  baseAmountOn,
  calculateMonthlyBenefit,
  daysBetween,
  evaluate,
  firstOfMonth,
  fromParts,
  isWeekday,
  lastOfMonth,
  parts,
  programmeDeadlines,
  type CaseFacts,
  type EndGoal,
  type Evaluation,
  type PermitBasis,
} from '@ankomst/regimes';
import {
  HANDOVER_TRANSITIONS,
  programmeStatusEvent,
  SETTLEMENT_STEP_EVENT,
  type HandoverAction,
  type HandoverStatus,
  type Service,
  type SettlementStatus,
  type TimelineKind,
  type TimelineParams,
} from '@ankomst/contracts';
import { ACTION_EVENT } from '../modules/handovers/handover-rules';
import type { BulkWriter, Cell } from './bulk-writer';
import {
  COHORT_WEIGHTS,
  LANGUAGES,
  STREETS,
  drawAdultAge,
  drawCategory,
  drawChildren,
  drawCountry,
  drawNus,
  femaleShare,
  missingEducationShare,
  namesFor,
  partnerShare,
  type Category,
} from './distributions';
import {
  CEFR,
  HANDOVER_COMMENTS,
  HANDOVER_QUESTIONS,
  SKILLS,
  assessedLevel,
  expectedLevel,
  handoverNote,
  languageProfile,
  type Cefr,
  type LanguageProfile,
} from './case-history';
import { educationShare, workOrEducationProbability } from './outcome-model';
import { normalCdf, type Prng } from './prng';
import * as T from './tables';

export const CASELOAD_SIZE = 20;

export interface MunicipalityTarget {
  id: string;
  /** Used in generated users' e-mail addresses: konsulent2@<domain>. */
  emailDomain: string;
  postalCode: string;
  postalTown: string;
  persons: number;
  /** Existing users the generator assigns work to before creating new ones (the demo users). */
  consultants: string[];
  managerId: string | null;
  teacherId: string | null;
  navAdviserId: string | null;
  /** The municipality's Nav office (the demo's existing one); created by the generator when null. */
  navOffice: { id: string; name: string } | null;
}

export interface GenerationContext {
  writer: BulkWriter;
  rng: Prng;
  refDate: string;
  passwordHash: string;
  /** Called after each household with the number of persons written so far in this municipality. */
  onProgress: (persons: number) => void;
}

const FIRST_NAMES_STAFF = [
  'Ingrid',
  'Ola',
  'Kari',
  'Per',
  'Silje',
  'Jonas',
  'Marte',
  'Anders',
  'Hanne',
  'Eirik',
  'Nora',
  'Sindre',
  'Tone',
  'Håkon',
  'Ida',
  'Magnus',
];
const LAST_NAMES_STAFF = [
  'Hansen',
  'Johansen',
  'Olsen',
  'Larsen',
  'Andersen',
  'Pedersen',
  'Nilsen',
  'Kristiansen',
  'Jensen',
  'Karlsen',
  'Berg',
  'Haugen',
  'Bakken',
  'Lie',
];

interface AdultTraits {
  female: boolean;
  age: number;
  partner: boolean;
  children: number;
  nus: number | null;
}

interface Member {
  id: string;
  relation: 'HEAD' | 'SPOUSE' | 'CHILD' | 'OTHER';
  female: boolean;
  birthDate: string;
  firstName: string;
  category: Category;
  permitBasis: PermitBasis;
  permitDate: string;
  permitAbroad: boolean;
  applicationDate: string | null;
  arrivalDate: string;
  immigrationDate: string;
  settlementDate: string;
  settledByAgreement: boolean;
  nus: number | null;
  sponsorId: string | null;
  sponsorSettled: string | null;
  familyApplication: string | null;
  adult: boolean;
  partner: boolean;
}

const ts = (date: string, hour = 9): string => `${date}T${String(hour).padStart(2, '0')}:00:00Z`;
const minDate = (a: string, b: string): string => (a < b ? a : b);

export class MunicipalityGenerator {
  private readonly w: BulkWriter;
  private readonly rng: Prng;
  private readonly ref: string;
  private readonly refYear: number;
  private readonly shift: number;
  private readonly consultants: { id: string; load: number }[] = [];
  private readonly teachers: string[] = [];
  private readonly navAdvisers: string[] = [];
  private staffSerial = 1;
  private courseId: string | null = null;
  private currentClass: { id: string; name: string; size: number; teacher: string } | null = null;
  private classCount = 0;
  private groupCount = 0;
  private readonly paymentLines: Array<{
    personId: string;
    programmeId: string;
    input: Parameters<typeof calculateMonthlyBenefit>[0];
  }> = [];
  private readonly attendanceMonths: Array<{ first: string; last: string }>;
  /** The later case history (timeline, assessments, handovers) draws from its own stream, so the rows the
   * generator wrote before it existed keep their values for the same seed. */
  private readonly h: Prng;
  private readonly navOffice: { id: string; name: string };
  personsWritten = 0;

  constructor(
    private readonly m: MunicipalityTarget,
    private readonly ctx: GenerationContext,
  ) {
    this.w = ctx.writer;
    this.rng = ctx.rng;
    this.ref = ctx.refDate;
    this.refYear = parts(ctx.refDate).year;
    // The municipality effect on the logit scale: sd 0.2 gives ≈ 1–2 % of the variance in work-or-education.
    this.shift = 0.2 * this.rng.normal();
    this.h = this.rng.fork('case-history');
    this.navOffice = m.navOffice ?? { id: this.h.uuid(), name: `Nav ${m.postalTown}` };
    for (const id of m.consultants) this.consultants.push({ id, load: 0 });
    if (m.teacherId) this.teachers.push(m.teacherId);
    if (m.navAdviserId) this.navAdvisers.push(m.navAdviserId);
    const lastFull = addMonths(firstOfMonth(ctx.refDate), -1);
    const before = addMonths(lastFull, -1);
    this.attendanceMonths = [before, lastFull].map((first) => ({ first, last: lastOfMonth(first) }));
  }

  async run(): Promise<void> {
    if (!this.m.navOffice) await this.w.add(T.NAV_OFFICE.table, [this.navOffice.id, this.m.id, this.navOffice.name]);
    while (this.personsWritten < this.m.persons) {
      await this.household();
      this.ctx.onProgress(this.personsWritten);
    }
    await this.paymentRun();
  }

  // ───────────────────────────── staff ─────────────────────────────

  private async newUser(
    kind: 'konsulent' | 'laerer' | 'nav',
    role: 'CONSULTANT' | 'TEACHER' | 'NAV_ADVISER',
    rng: Prng = this.rng,
  ): Promise<string> {
    const id = rng.uuid();
    this.staffSerial += 1;
    const name = `${rng.pick(FIRST_NAMES_STAFF)} ${rng.pick(LAST_NAMES_STAFF)}`;
    const email = `${kind}${this.staffSerial}@${this.m.emailDomain}`;
    await this.w.add(T.USER.table, [
      id,
      this.m.id,
      email,
      name,
      role,
      this.ctx.passwordHash,
      ts(this.ref),
      ts(this.ref),
      ts(this.ref),
      role === 'NAV_ADVISER' ? this.navOffice.id : null,
    ]);
    return id;
  }

  /** A Nav adviser of the municipality's office (the demo's own first), created when there is none yet. */
  private async navAdviser(): Promise<string> {
    const first = this.navAdvisers[0];
    if (first) return first;
    const id = await this.newUser('nav', 'NAV_ADVISER', this.h);
    this.navAdvisers.push(id);
    return id;
  }

  /** One line on the participant's shared timeline, with the kind and params the API writes for the same step. */
  private async event(
    personId: string,
    at: string,
    service: Service,
    kind: TimelineKind,
    params: TimelineParams,
    actorId: string | null,
  ): Promise<void> {
    await this.w.add(T.TIMELINE_EVENT.table, [
      this.h.uuid(),
      this.m.id,
      personId,
      at,
      service,
      kind,
      JSON.stringify(params),
      false,
      actorId,
    ]);
  }

  /** A consultant with room for `n` more open programmes (caseloads of ≈ 20), created when everyone is full. */
  private async consultantFor(n: number): Promise<string> {
    let c = this.consultants.find((x) => x.load + n <= CASELOAD_SIZE) ?? null;
    if (!c) {
      c = { id: await this.newUser('konsulent', 'CONSULTANT'), load: 0 };
      this.consultants.push(c);
    }
    c.load += n;
    return c.id;
  }

  private formerConsultant(): string | null {
    return this.consultants.length > 0 ? this.rng.pick(this.consultants).id : null;
  }

  // ───────────────────────────── households ─────────────────────────────

  private drawCohort(): number {
    const weights: Array<readonly [number, number]> = [...COHORT_WEIGHTS];
    // Arrivals continue after the last reference cohort up to the reference date, so the live caseload is real.
    for (let y = 2026; y <= this.refYear; y += 1) weights.push([y, 8]);
    return this.rng.weighted(weights.filter(([y]) => y <= this.refYear));
  }

  private dayIn(year: number, from = `${year}-01-01`): string {
    const latest = minDate(`${year}-12-31`, addDays(this.ref, -21));
    const span = Math.max(0, daysBetween(from, latest));
    return addDays(from, this.rng.int(0, span));
  }

  private async household(): Promise<void> {
    const r = this.rng;
    let cohort = this.drawCohort();
    let category = drawCategory(r, cohort);
    if (category === 'COLLECTIVE_PROTECTION' && cohort < 2022) category = 'ASYLUM';
    const country = drawCountry(r, category, cohort);
    const names = namesFor(country);
    const lastName = r.pick(names.last);
    const members: Member[] = [];

    // Dates by pathway. Immigration = first registered residence (the permit, for those who applied in Norway).
    const immigration =
      category === 'COLLECTIVE_PROTECTION' ? this.dayIn(cohort, `${Math.max(cohort, 2022)}-03-15`) : this.dayIn(cohort);
    cohort = parts(immigration).year;
    const adultFemaleShare = femaleShare(category, cohort);
    const partner = r.chance(partnerShare(category, cohort));
    const children =
      category === 'FAMILY_ESTABLISHMENT' ? (r.chance(0.8) ? 0 : 1) : drawChildren(r, category, cohort, partner);
    const headFemale = partner ? r.chance(0.15) : r.chance(adultFemaleShare);
    const headAge = drawAdultAge(r, category);

    const pathway = (
      cat: Category,
      imm: string,
    ): Pick<
      Member,
      | 'permitBasis'
      | 'permitDate'
      | 'permitAbroad'
      | 'applicationDate'
      | 'arrivalDate'
      | 'immigrationDate'
      | 'settlementDate'
      | 'settledByAgreement'
    > => {
      switch (cat) {
        case 'RESETTLEMENT':
          return {
            permitBasis: 'RESETTLEMENT',
            permitDate: addDays(imm, -r.int(30, 180)),
            permitAbroad: true,
            applicationDate: null,
            arrivalDate: imm,
            immigrationDate: imm,
            settlementDate: imm,
            settledByAgreement: true,
          };
        case 'COLLECTIVE_PROTECTION': {
          const arrival = addDays(imm, -r.int(10, 60));
          return {
            permitBasis: 'COLLECTIVE_PROTECTION',
            permitDate: imm,
            permitAbroad: false,
            applicationDate: addDays(arrival, r.int(0, 5)),
            arrivalDate: arrival,
            immigrationDate: imm,
            settlementDate: minDate(addDays(imm, r.int(14, 150)), addDays(this.ref, -7)),
            settledByAgreement: r.chance(0.8),
          };
        }
        case 'ASYLUM': {
          const arrival = addDays(imm, -r.int(120, 420));
          return {
            permitBasis: r.chance(0.85) ? 'ASYLUM' : 'RENEWABLE_AFTER_PROTECTION_CLAIM',
            permitDate: imm,
            permitAbroad: false,
            applicationDate: addDays(arrival, r.int(0, 3)),
            arrivalDate: arrival,
            immigrationDate: imm,
            settlementDate: minDate(addDays(imm, r.int(30, 240)), addDays(this.ref, -7)),
            settledByAgreement: r.chance(0.95),
          };
        }
        default:
          return {
            permitBasis: 'FAMILY_REUNIFICATION',
            permitDate: addDays(imm, -r.int(30, 120)),
            permitAbroad: true,
            applicationDate: null,
            arrivalDate: imm,
            immigrationDate: imm,
            settlementDate: minDate(addDays(imm, r.int(0, 20)), addDays(this.ref, -7)),
            settledByAgreement: false,
          };
      }
    };

    const person = (
      relation: Member['relation'],
      female: boolean,
      age: number,
      cat: Category,
      imm: string,
      adult: boolean,
      extra: Partial<Member> = {},
    ): Member => {
      const p = pathway(cat, imm);
      const birthDate = addDays(addDays(p.immigrationDate, -age * 365 - Math.floor(age / 4)), -r.int(0, 364));
      const nus = adult && !r.chance(missingEducationShare(cat, parts(imm).year)) ? drawNus(r, cat) : null;
      return {
        id: r.uuid(),
        relation,
        female,
        birthDate,
        firstName: r.pick(female ? names.female : names.male),
        category: cat,
        ...p,
        nus,
        sponsorId: null,
        sponsorSettled: null,
        familyApplication: null,
        adult,
        partner: false,
        ...extra,
      };
    };

    let householdSettlement: string;
    if (category === 'FAMILY_REUNIFICATION' || category === 'FAMILY_ESTABLISHMENT') {
      // The sponsor came earlier as an asylum seeker; the family follows 1–3 years later into the same household.
      const sponsorImm = this.dayIn(Math.max(2008, cohort - r.int(1, 3)));
      const sponsorImmDate = sponsorImm < immigration ? sponsorImm : addDays(immigration, -400);
      const sponsor = person('HEAD', false, Math.max(20, headAge + r.int(0, 6)), 'ASYLUM', sponsorImmDate, true, {
        partner: true,
      });
      members.push(sponsor);
      const spouse = person('SPOUSE', true, headAge, category, immigration, true, {
        partner: true,
        sponsorId: sponsor.id,
        sponsorSettled: sponsor.settlementDate,
        familyApplication: addDays(immigration, -r.int(150, 500)),
      });
      if (spouse.settlementDate < sponsor.settlementDate) spouse.settlementDate = addDays(sponsor.settlementDate, 1);
      if (spouse.arrivalDate > spouse.settlementDate) spouse.settlementDate = spouse.arrivalDate;
      members.push(spouse);
      householdSettlement = sponsor.settlementDate;
    } else {
      const head = person('HEAD', headFemale, headAge, category, immigration, true, { partner });
      members.push(head);
      if (partner)
        members.push({
          ...person('SPOUSE', !headFemale, Math.max(18, headAge + r.int(-7, 3)), category, immigration, true, {
            partner: true,
          }),
          ...pathwayShared(head),
        });
      if (category === 'COLLECTIVE_PROTECTION' && r.chance(0.12))
        members.push({
          ...person('OTHER', r.chance(0.7), 60 + r.int(0, 20), category, immigration, true),
          ...pathwayShared(head),
        });
      householdSettlement = head.settlementDate;
    }
    const parents = members.filter((x) => x.relation === 'HEAD' || x.relation === 'SPOUSE');
    const youngestParentAge = Math.min(...parents.map((x) => ageOn(x.birthDate, immigration)));
    const childTemplate = members[members.length > 1 && category.startsWith('FAMILY') ? 1 : 0] as Member;
    for (let i = 0; i < children; i += 1) {
      const maxAge = Math.max(0, Math.min(17, youngestParentAge - 17));
      const child = person('CHILD', r.chance(0.5), r.int(0, maxAge), category, immigration, false);
      members.push({
        ...child,
        ...pathwayShared(childTemplate),
        sponsorId: childTemplate.sponsorId,
        sponsorSettled: childTemplate.sponsorSettled,
        familyApplication: childTemplate.familyApplication,
      });
    }
    const childrenUnder18 = members.filter((x) => !x.adult).length;

    // Secondary migration: the family may move away (annual hazard by category); outcomes drop them from then.
    const hazard = category === 'COLLECTIVE_PROTECTION' ? 0.08 : category === 'ASYLUM' ? 0.06 : 0.035;
    const yearsUntilMove = -Math.log(1 - r.next()) / hazard;
    const moved = addDays(householdSettlement, Math.round(yearsUntilMove * 365));
    const leftDate = moved < addDays(this.ref, -1) ? moved : null;

    // Programmes first (they pick the consultant), then the rows in parent-first order.
    const householdId = r.uuid();
    const plans = members.filter((x) => x.adult).map((x) => this.programmeFor(x, childrenUnder18, leftDate, members));
    const open = plans.filter(
      (p) => p && (p.status === 'ACTIVE' || p.status === 'PLANNED' || p.status === 'ON_LEAVE'),
    ).length;
    const consultant = open > 0 ? await this.consultantFor(open) : null;
    const former = this.formerConsultant();

    const settlementSteps = await this.householdRows(
      householdId,
      lastName,
      category,
      householdSettlement,
      members,
      childrenUnder18,
    );
    const postal = this.m;
    for (const x of members) {
      const langs = LANGUAGES[country] ?? ['en'];
      const protection = r.chance(0.004) ? 'CONFIDENTIAL' : r.chance(0.001) ? 'STRICTLY_CONFIDENTIAL' : 'NONE';
      const row: Cell[] = [
        x.id,
        this.m.id,
        x.firstName,
        lastName,
        x.birthDate,
        x.female ? 'FEMALE' : 'MALE',
        country,
        langs.join(','),
        x.adult && r.chance(0.8),
        x.adult ? (langs[0] ?? null) : null,
        x.category,
        x.permitBasis,
        x.permitDate,
        x.permitAbroad,
        x.applicationDate,
        x.arrivalDate,
        x.immigrationDate,
        x.settlementDate,
        x.settledByAgreement,
        x.nus,
        `${r.pick(STREETS)} ${r.int(1, 120)}`,
        postal.postalCode,
        postal.postalTown,
        protection,
        x.sponsorId,
        x.sponsorSettled,
        x.familyApplication,
        consultant,
        leftDate,
        ts(x.settlementDate),
        ts(x.settlementDate),
      ];
      await this.w.add(T.PERSON.table, row);
      await this.w.add(T.HOUSEHOLD_MEMBER.table, [r.uuid(), this.m.id, householdId, x.id, x.relation]);
      this.personsWritten += 1;
    }
    // The timeline as the API writes it, after the person rows it references: registered with the household,
    // then each settlement step, for every member.
    const registrar = consultant ?? former;
    for (const x of members) {
      for (const [from, to, stepDate] of settlementSteps) {
        const date = stepDate < x.birthDate ? x.birthDate : stepDate;
        if (from === null)
          await this.event(x.id, ts(date, 9), 'REFUGEE_SERVICE', 'household.registered', { householdId }, registrar);
        else
          await this.event(
            x.id,
            ts(date, 10),
            'REFUGEE_SERVICE',
            SETTLEMENT_STEP_EVENT[to as Exclude<SettlementStatus, 'REQUESTED'>],
            { householdId, from, to, date },
            registrar,
          );
      }
    }
    for (let i = 0; i < members.length; i += 1) {
      const x = members[i] as Member;
      if (!x.adult) continue;
      const traits: AdultTraits = {
        female: x.female,
        age: ageOn(x.birthDate, x.immigrationDate),
        partner: x.partner,
        children: childrenUnder18,
        nus: x.nus,
      };
      await this.registerOutcomes(x, traits, leftDate);
      const plan = plans[members.filter((y, j) => y.adult && j < i).length];
      if (plan)
        await this.programmeRows(
          x,
          traits,
          plan,
          plan.status === 'COMPLETED' || plan.status === 'DISCONTINUED' ? former : consultant,
          members,
        );
    }

    function pathwayShared(from: Member): Partial<Member> {
      const {
        permitBasis,
        permitDate,
        permitAbroad,
        applicationDate,
        arrivalDate,
        immigrationDate,
        settlementDate,
        settledByAgreement,
      } = from;
      return {
        permitBasis,
        permitDate,
        permitAbroad,
        applicationDate,
        arrivalDate,
        immigrationDate,
        settlementDate,
        settledByAgreement,
      };
    }
  }

  private async householdRows(
    id: string,
    lastName: string,
    category: Category,
    settlement: string,
    members: Member[],
    children: number,
  ): Promise<Array<[string | null, string, string]>> {
    const r = this.rng;
    const arrival = members.reduce(
      (a, x) => (x.arrivalDate < a ? x.arrivalDate : a),
      members[0]?.arrivalDate ?? settlement,
    );
    const request = addDays(settlement, -r.int(60, 200));
    const decision = addDays(request, r.int(7, 40));
    const housing =
      category === 'COLLECTIVE_PROTECTION' && !members[0]?.settledByAgreement
        ? 'SELF_SETTLED'
        : r.chance(0.7)
          ? 'MUNICIPAL'
          : 'PRIVATE';
    const school = members.filter((x) => !x.adult && ageOn(x.birthDate, settlement) >= 6).length;
    const kinder = children - school;
    await this.w.add(T.HOUSEHOLD.table, [
      id,
      this.m.id,
      `Familien ${lastName}`,
      'SETTLED',
      `IMDI-${parts(settlement).year}-${r.int(10000, 99999)}`,
      request,
      decision,
      arrival < settlement ? arrival : settlement,
      arrival < settlement ? arrival : settlement,
      settlement,
      housing,
      school,
      kinder,
      ts(request),
      ts(settlement),
    ]);
    const steps: Array<[string | null, string, string]> = [
      [null, 'REQUESTED', request],
      ['REQUESTED', 'ACCEPTED', decision],
      ['ACCEPTED', 'ARRIVED', minDate(arrival, settlement)],
      ['ARRIVED', 'SETTLED', settlement],
    ];
    for (const [from, to, date] of steps)
      await this.w.add(T.SETTLEMENT_CHANGE.table, [r.uuid(), this.m.id, id, from, to, date, ts(date, 10)]);
    return steps;
  }

  // ───────────────────────────── programmes ─────────────────────────────

  private programmeFor(x: Member, children: number, leftDate: string | null, members: Member[]): ProgrammeDraft | null {
    const r = this.rng;
    const ageAtSettlement = ageOn(x.birthDate, x.settlementDate);
    if (ageAtSettlement < 18 || ageAtSettlement > 67) return null;
    const late = r.chance(0.1);
    const decision = addDays(x.settlementDate, late ? r.int(92, 150) : r.int(20, 85));
    const decided = decision <= this.ref;
    const upperSecondary = x.nus !== null && x.nus >= 4;
    const age = ageOn(x.birthDate, decision);
    const endGoal: EndGoal = upperSecondary
      ? r.chance(0.7)
        ? 'WORK'
        : 'HIGHER_EDUCATION'
      : age < 25
        ? 'COMPLETE_UPPER_SECONDARY'
        : r.chance(0.7)
          ? 'WORK'
          : 'PRIMARY_OR_PART_UPPER_SECONDARY';
    const adultsInProgramme = members.filter((m) => m.adult && m.relation !== 'OTHER').length;
    const facts: CaseFacts = {
      asOf: decided ? decision : this.ref,
      birthDate: x.birthDate,
      permitBasis: x.permitBasis,
      permitGrantedDate: x.permitDate,
      arrivalDate: x.arrivalDate,
      settlementDate: x.settlementDate,
      settledByAgreement: x.settledByAgreement,
      claimDate: null,
      hasUpperSecondaryEducation: upperSecondary,
      endGoal,
      livesWithParents: false,
      childlessCoupleBothParticipating: children === 0 && adultsInProgramme === 2,
      hasChildrenUnder18: children > 0,
      referencePersonSettledDate: x.sponsorSettled,
      familyApplicationDate: x.familyApplication,
      programmeDecisionDate: decided ? decision : null,
    };
    const ev = evaluate(facts);
    const p = ev.programme;
    const joins = p.right
      ? r.chance(ev.regime === 'INTEGRERINGSLOVEN_KAP6A' ? 0.8 : 0.95)
      : p.municipalityMayOffer
        ? r.chance(0.25)
        : false;
    if (!joins) return null;
    const regime = ev.regime;
    const goal = regime === 'INTRODUKSJONSLOVEN' ? null : regime === 'INTEGRERINGSLOVEN_KAP6A' ? 'WORK' : endGoal;
    const maxMonths = p.maxMonths ?? 24;
    const start = addDays(decision, r.int(0, 21));
    const plannedEnd = addDays(addMonths(start, maxMonths), -1);
    if (!decided || start > this.ref) {
      return {
        facts,
        ev,
        regime,
        goal,
        status: 'PLANNED',
        decision: decided ? decision : null,
        start: null,
        plannedEnd: null,
        end: null,
        extension: 0,
        endKind: null,
      };
    }
    const roll = r.next();
    let months: number;
    let endKind: ProgrammeDraft['endKind'] = 'COMPLETED';
    let extension = 0;
    if (regime === 'INTEGRERINGSLOVEN_KAP6A') months = r.int(6, maxMonths);
    else months = Math.round(maxMonths * (0.6 + 0.4 * r.next()));
    if (roll < 0.08) {
      endKind = 'DISCONTINUED';
      months = r.int(2, Math.max(2, Math.round(maxMonths * 0.7)));
    } else if (
      regime === 'INTEGRERINGSLOVEN' &&
      roll < 0.23 &&
      p.maxMonthsWithExtension &&
      p.maxMonthsWithExtension > maxMonths
    ) {
      extension = r.int(1, p.maxMonthsWithExtension - maxMonths);
      months = maxMonths + extension;
    }
    let end = addDays(addMonths(start, Math.max(1, months)), -1);
    if (leftDate && leftDate > start && leftDate < end) {
      end = leftDate;
      endKind = 'MOVED';
    }
    const status =
      end < this.ref
        ? endKind === 'DISCONTINUED'
          ? 'DISCONTINUED'
          : 'COMPLETED'
        : r.chance(0.04)
          ? 'ON_LEAVE'
          : 'ACTIVE';
    return {
      facts,
      ev,
      regime,
      goal,
      status,
      decision,
      start,
      plannedEnd,
      end: end < this.ref ? end : null,
      extension,
      endKind: end < this.ref ? endKind : null,
    };
  }

  private async programmeRows(
    x: Member,
    t: AdultTraits,
    d: ProgrammeDraft,
    consultant: string | null,
    members: Member[],
  ): Promise<void> {
    const r = this.rng;
    const id = r.uuid();
    const mapping = d.decision
      ? addDays(x.settlementDate, r.int(7, Math.max(7, daysBetween(x.settlementDate, d.decision))))
      : null;
    const guidance =
      d.decision && d.regime === 'INTEGRERINGSLOVEN'
        ? minDate(addDays(mapping as string, r.int(3, 30)), d.decision)
        : null;
    const partTime = d.regime === 'INTEGRERINGSLOVEN_KAP6A' && r.chance(0.3) ? r.pick([50, 60, 80]) : 100;
    const plannedEndWithExtension =
      d.plannedEnd && d.extension > 0 ? addMonths(d.plannedEnd, d.extension) : d.plannedEnd;
    const open = d.status === 'ACTIVE' || d.status === 'ON_LEAVE';
    // The next deadline as the app computes it (overdue ones included), so caseload sorting sees real data.
    const nirOn = d.start ? addDays(d.start, r.int(5, r.chance(0.9) ? 55 : 90)) : null;
    const dl = programmeDeadlines(
      d.ev,
      {
        settlementDate: x.settlementDate,
        decisionDate: d.decision,
        startDate: d.start,
        endDate: d.end,
        nirRegisteredOn: nirOn && nirOn <= this.ref ? nirOn : null,
        extensions: d.extension > 0 ? [{ months: d.extension }] : [],
        leaves: [],
      },
      this.ref,
    );
    const deadline = dl.next?.date ?? null;
    const deadlineKind = dl.next?.kind ?? null;
    const evaluation = JSON.stringify({ ...d.ev, facts: d.facts });
    const created = d.decision ?? x.settlementDate;
    await this.w.add(T.PROGRAMME.table, [
      id,
      this.m.id,
      x.id,
      d.regime,
      evaluation,
      d.facts.asOf,
      d.status,
      mapping,
      guidance,
      d.decision,
      d.start,
      d.goal,
      plannedEndWithExtension,
      d.end,
      false,
      partTime,
      d.regime !== 'INTEGRERINGSLOVEN_KAP6A',
      deadline,
      deadlineKind,
      consultant,
      ts(created),
      ts(d.end ?? created),
    ]);
    if (d.extension > 0 && d.plannedEnd) {
      await this.w.add(T.EXTENSION.table, [
        r.uuid(),
        this.m.id,
        id,
        d.extension,
        addMonths(d.plannedEnd, -1),
        'Sluttmålet er innen rekkevidde med forlengelse (§ 13 femte ledd).',
        ts(addMonths(d.plannedEnd, -1)),
      ]);
    }
    if (d.start && nirOn && nirOn <= this.ref) {
      await this.w.add(T.NIR_REGISTRATION.table, [
        r.uuid(),
        this.m.id,
        id,
        'PROGRAMME_START',
        addMonths(d.start, 2),
        ts(nirOn, 11),
        consultant,
      ]);
    }
    const plan = d.decision && d.start ? await this.planRows(id, t, d, consultant) : null;
    const outcome = d.end && d.endKind && d.start ? await this.outcomeRows(id, x, t, d) : null;
    await this.alternativeGoals(id, t, d);
    const assessments = open && d.start ? await this.caseWork(id, x, t, d, consultant, partTime, members) : [];

    // The programme's steps on the timeline, as the programmes, plans and programme-end modules write them.
    const programmeId = id;
    const lines: Array<[at: string, kind: TimelineKind, params: TimelineParams]> = [
      [ts(created, 9), 'programme.created', { programmeId, regime: d.regime }],
    ];
    if (d.decision) lines.push([ts(d.decision, 11), 'programme.decided', { programmeId, decisionDate: d.decision }]);
    for (const rev of plan?.revisions ?? [])
      lines.push([ts(rev.validFrom, 12), 'plan.revised', { programmeId, revisionNumber: rev.number }]);
    if (d.start) lines.push([ts(d.start, 8), 'programme.started', { programmeId, date: d.start }]);
    const extendedOn = d.extension > 0 && d.plannedEnd ? addMonths(d.plannedEnd, -1) : null;
    if (extendedOn && extendedOn <= this.ref)
      lines.push([
        ts(extendedOn, 13),
        'programme.extended',
        { programmeId, months: d.extension, decisionDate: extendedOn },
      ]);
    if (d.end && (d.status === 'COMPLETED' || d.status === 'DISCONTINUED'))
      lines.push([ts(d.end, 15), programmeStatusEvent('ACTIVE', d.status), { programmeId, date: d.end }]);
    if (outcome && d.end)
      lines.push([
        ts(minDate(addDays(d.end, 14), this.ref), 14),
        'programmeEnd.outcomeRecorded',
        { programmeId, endStatus: outcome.status, endGoalReached: outcome.reached },
      ]);
    for (const [at, kind, params] of lines) await this.event(x.id, at, 'REFUGEE_SERVICE', kind, params, consultant);
    if (d.start && consultant)
      await this.handover(x, t, d, programmeId, consultant, plannedEndWithExtension, plan, assessments);
  }

  private async planRows(
    programmeId: string,
    t: AdultTraits,
    d: ProgrammeDraft,
    author: string | null,
  ): Promise<PlanSummary> {
    const r = this.rng;
    const planId = r.uuid();
    const from = d.decision as string;
    const to = d.end ?? d.plannedEnd;
    const target = t.nus === null || t.nus <= 1 ? (t.nus === 0 ? 'A2' : 'B1') : t.nus >= 4 ? 'B2' : 'B1';
    const revisions = r.chance(0.2) && addDays(from, 120) < minDate(to ?? this.ref, this.ref) ? 2 : 1;
    await this.w.add(T.PLAN.table, [planId, this.m.id, programmeId, revisions - 1, ts(from), ts(from)]);
    const summary: PlanSummary = {
      revisions: [],
      wishes: null,
      practice: null,
      target: d.regime === 'INTRODUKSJONSLOVEN' ? null : target,
    };
    for (let n = 1; n <= revisions; n += 1) {
      const revId = r.uuid();
      const validFrom = n === 1 ? from : addDays(from, r.int(90, 120));
      const goal = n === 2 && d.goal === 'HIGHER_EDUCATION' ? 'WORK' : d.goal;
      const wishes =
        n === 1
          ? r.pick([
              'Vil jobbe i helse og omsorg',
              'Vil ta fagbrev',
              'Ønsker å lære norsk raskt',
              'Vil bli sjåfør',
              'Ønsker høyere utdanning',
            ])
          : null;
      summary.revisions.push({ number: n, validFrom });
      if (wishes) summary.wishes = wishes;
      await this.w.add(T.PLAN_REVISION.table, [
        revId,
        this.m.id,
        planId,
        n,
        goal,
        d.regime === 'INTRODUKSJONSLOVEN' ? null : target,
        wishes,
        n === 1 ? null : 'Mål justert etter kartlegging og praksis',
        validFrom,
        author,
        ts(validFrom),
      ]);
      const elements: Array<[string, number, string]> = [
        ['NORWEGIAN', d.regime === 'INTEGRERINGSLOVEN_KAP6A' ? 10 : 15, 'Voksenopplæringen'],
      ];
      if (d.regime !== 'INTEGRERINGSLOVEN_KAP6A') elements.push(['SOCIAL_STUDIES', 2, 'Voksenopplæringen']);
      if (d.regime === 'INTEGRERINGSLOVEN') elements.push(['LIFE_SKILLS', 2, 'Flyktningtjenesten']);
      if (t.children > 0 && d.regime !== 'INTRODUKSJONSLOVEN')
        elements.push(['PARENTAL_GUIDANCE', 1, 'Familiesenteret']);
      if (goal === 'WORK' || goal === null)
        elements.push([
          'WORK_PRACTICE',
          7.5,
          r.pick(['Kiwi', 'Sykehjemmet', 'Rema 1000', 'Barnehagen', 'Kommunalteknikk']),
        ]);
      if (
        goal === 'COMPLETE_UPPER_SECONDARY' ||
        goal === 'PRIMARY_OR_PART_UPPER_SECONDARY' ||
        goal === 'HIGHER_EDUCATION'
      )
        elements.push(['EDUCATION', 10, 'Voksenopplæringen']);
      for (const [kind, hours, provider] of elements) {
        if (kind === 'WORK_PRACTICE') summary.practice = provider;
        await this.w.add(T.PLAN_ELEMENT.table, [
          r.uuid(),
          this.m.id,
          revId,
          kind,
          hours,
          null,
          provider,
          validFrom,
          to,
        ]);
      }
    }
    return summary;
  }

  private endStatusAt(t: AdultTraits, x: Member, date: string): string {
    const r = this.rng;
    const botid = parts(date).year - parts(x.immigrationDate).year - 1 + 0.5;
    const p = workOrEducationProbability(
      {
        category: x.category,
        female: t.female,
        ageAtArrival: t.age,
        children: t.children,
        partner: t.partner,
        nus: t.nus,
        cohort: parts(x.immigrationDate).year,
      },
      botid,
      this.shift,
    );
    if (r.next() < p) {
      const edu = r.next() < educationShare(botid, t.age);
      if (edu) return r.chance(0.15) ? 'WORK_AND_EDUCATION' : 'EDUCATION';
      return r.chance(0.6) ? 'WORK_FULL_TIME' : 'WORK_PART_TIME';
    }
    return r.chance(0.6) ? 'NAV_MEASURE' : 'OTHER';
  }

  private async outcomeRows(
    programmeId: string,
    x: Member,
    t: AdultTraits,
    d: ProgrammeDraft,
  ): Promise<{ status: string; reached: boolean }> {
    const end = d.end as string;
    const status =
      d.endKind === 'DISCONTINUED' ? 'DISCONTINUED' : d.endKind === 'MOVED' ? 'MOVED' : this.endStatusAt(t, x, end);
    const work = status.startsWith('WORK');
    const edu = status === 'EDUCATION' || status === 'WORK_AND_EDUCATION';
    const reached = d.goal === 'WORK' ? work : d.goal === null ? work || edu : edu;
    const f6 = addMonths(end, 6) <= this.ref && status !== 'MOVED' ? this.endStatusAt(t, x, addMonths(end, 6)) : null;
    const f12 =
      addMonths(end, 12) <= this.ref && status !== 'MOVED' ? this.endStatusAt(t, x, addMonths(end, 12)) : null;
    await this.w.add(T.PROGRAMME_OUTCOME.table, [
      this.rng.uuid(),
      this.m.id,
      programmeId,
      status,
      reached,
      f6,
      f12,
      ts(addDays(end, 14)),
    ]);
    return { status, reached };
  }

  private async alternativeGoals(programmeId: string, t: AdultTraits, d: ProgrammeDraft): Promise<void> {
    const r = this.rng;
    const candidate = (t.female && t.children >= 3) || t.age >= 50 || t.nus === 0;
    if (!candidate || !d.start || !r.chance(0.35)) return;
    const kinds =
      t.children > 0
        ? ['PARENTING', 'COMMUNITY_PARTICIPATION', 'SOME_WORK', 'NORWEGIAN_LEVEL']
        : ['COMMUNITY_PARTICIPATION', 'SOME_WORK', 'NORWEGIAN_LEVEL', 'HEALTH_STABILISED', 'PARTIAL_CERTIFICATE'];
    const n = r.int(1, 2);
    const chosen = new Set<string>();
    while (chosen.size < n) chosen.add(r.pick(kinds));
    for (const kind of chosen) {
      const status = d.end ? (r.chance(0.55) ? 'REACHED' : 'NOT_REACHED') : r.chance(0.6) ? 'IN_PROGRESS' : 'PLANNED';
      await this.w.add(T.ALTERNATIVE_GOAL.table, [
        r.uuid(),
        this.m.id,
        programmeId,
        kind,
        status,
        d.end ?? d.start,
        null,
      ]);
    }
  }

  // ───────────────────────────── register outcomes ─────────────────────────────

  /** Person-years from the first year after immigration to the year before the reference date (register lag), until they leave. */
  private async registerOutcomes(x: Member, t: AdultTraits, leftDate: string | null): Promise<void> {
    const r = this.rng;
    const immYear = parts(x.immigrationDate).year;
    const lastYear = Math.min(this.refYear - 1, leftDate ? parts(leftDate).year : 9999);
    const personLatent = r.normal();
    const cohortTraits = {
      category: x.category,
      female: t.female,
      ageAtArrival: t.age,
      children: t.children,
      partner: t.partner,
      nus: t.nus,
      cohort: immYear,
    };
    for (let year = Math.max(immYear + 1, 2010); year <= lastYear; year += 1) {
      const age = year - parts(x.birthDate).year;
      if (age < 18 || age > 72) continue;
      const botid = year - immYear - 1;
      const p = workOrEducationProbability(cohortTraits, botid, this.shift) * (age >= 67 ? 0.3 : 1);
      const active = normalCdf(0.8 * personLatent + 0.6 * r.normal()) < p;
      const g = baseAmountOn(fromParts(year, 5, 1)).amount;
      let income = 0;
      let education = false;
      if (active) {
        education = r.next() < educationShare(botid, t.age);
        const work = !education || r.chance(0.25);
        income = work
          ? Math.round(g * Math.max(1.02, Math.exp(Math.log(2.4) + 0.06 * botid + 0.45 * r.normal())))
          : Math.round(g * 0.9 * r.next() * (r.chance(0.5) ? 1 : 0));
      } else if (r.chance(0.3)) {
        income = Math.round(g * 0.95 * r.next());
      }
      await this.w.add(T.REGISTER_OUTCOME.table, [r.uuid(), this.m.id, x.id, year, income, education, 'SYNTHETIC']);
    }
  }

  // ───────────────────────────── live case work ─────────────────────────────

  private async caseWork(
    programmeId: string,
    x: Member,
    t: AdultTraits,
    d: ProgrammeDraft,
    consultant: string | null,
    partTime: number,
    members: Member[],
  ): Promise<Assessment[]> {
    const r = this.rng;
    const start = d.start as string;
    // Norwegian class: 15 learners per class, a teacher per four classes.
    if (!this.courseId) {
      this.courseId = r.uuid();
      await this.w.add(T.COURSE.table, [
        this.courseId,
        this.m.id,
        'Norsk og samfunnskunnskap',
        'NORWEGIAN',
        2,
        ts(this.ref),
      ]);
    }
    if (!this.currentClass || this.currentClass.size >= 15) {
      this.classCount += 1;
      const teacher =
        this.classCount <= 3 && this.teachers[0]
          ? this.teachers[0]
          : this.classCount % 4 === 1 || this.teachers.length === 0
            ? await this.newUser('laerer', 'TEACHER')
            : (this.teachers[this.teachers.length - 1] as string);
      if (!this.teachers.includes(teacher)) this.teachers.push(teacher);
      this.currentClass = { id: r.uuid(), name: `Norsk spor 2 – gruppe ${this.classCount}`, size: 0, teacher };
      const classStart = addMonths(firstOfMonth(this.ref), -r.int(2, 10));
      await this.w.add(T.COURSE_CLASS.table, [
        this.currentClass.id,
        this.m.id,
        this.courseId,
        this.currentClass.name,
        classStart,
        null,
        5,
      ]);
      await this.w.add(T.CLASS_TEACHER.table, [this.m.id, this.currentClass.id, teacher]);
    }
    this.currentClass.size += 1;
    await this.w.add(T.ENROLMENT.table, [
      r.uuid(),
      this.m.id,
      this.currentClass.id,
      x.id,
      start,
      null,
      d.regime === 'INTEGRERINGSLOVEN_KAP6A' ? null : 600,
    ]);
    await this.event(
      x.id,
      ts(start, 10),
      'REFUGEE_SERVICE',
      'education.enrolled',
      { className: this.currentClass.name, courseName: 'Norsk og samfunnskunnskap', fromDate: start },
      consultant,
    );
    const assessments = await this.assessments(x, d, this.currentClass.teacher);

    // A responsibility group with meetings and a task for about a third of the open programmes.
    if (consultant && r.chance(0.35)) {
      this.groupCount += 1;
      const groupId = r.uuid();
      await this.w.add(T.GROUP.table, [groupId, this.m.id, x.id, ts(start)]);
      await this.w.add(T.GROUP_MEMBER.table, [
        r.uuid(),
        this.m.id,
        groupId,
        consultant,
        null,
        null,
        'CONSULTANT',
        ts(start),
      ]);
      let nav: string | null = null;
      if (this.groupCount % 2 === 1) {
        nav =
          this.navAdvisers.length > 0 && (this.groupCount <= 15 || this.groupCount % 60 !== 1)
            ? (this.navAdvisers[this.navAdvisers.length - 1] as string)
            : await this.newUser('nav', 'NAV_ADVISER');
        if (!this.navAdvisers.includes(nav)) this.navAdvisers.push(nav);
        await this.w.add(T.GROUP_MEMBER.table, [
          r.uuid(),
          this.m.id,
          groupId,
          nav,
          null,
          null,
          'NAV_ADVISER',
          ts(start),
        ]);
      }
      await this.w.add(T.GROUP_MEMBER.table, [
        r.uuid(),
        this.m.id,
        groupId,
        this.currentClass.teacher,
        null,
        null,
        'TEACHER',
        ts(start),
      ]);
      if (t.children > 0)
        await this.w.add(T.GROUP_MEMBER.table, [
          r.uuid(),
          this.m.id,
          groupId,
          null,
          'Helsesykepleier',
          'Helsestasjonen',
          'HEALTH',
          ts(start),
        ]);
      const held = addDays(this.ref, -r.int(10, 80));
      const planned = addDays(this.ref, r.int(3, 40));
      if (held > start) {
        const meetingId = r.uuid();
        const type = 'RESPONSIBILITY_GROUP';
        await this.event(
          x.id,
          ts(held, 8),
          'REFUGEE_SERVICE',
          'meeting.scheduled',
          { meetingId, type, scheduledAt: `${held}T10:00:00.000Z` },
          consultant,
        );
        await this.event(x.id, ts(held, 12), 'REFUGEE_SERVICE', 'meeting.held', { meetingId, type }, consultant);
        await this.w.add(T.MEETING.table, [
          meetingId,
          this.m.id,
          groupId,
          'RESPONSIBILITY_GROUP',
          'HELD',
          ts(held, 10),
          'Flyktningtjenesten, møterom 2',
          'Status i planen; praksisplass; norsk',
          true,
          'Gjennomgang av plan og fremdrift. Praksis videreføres.',
          consultant,
          ts(held, 8),
          ts(held, 12),
        ]);
      }
      const meetingId = r.uuid();
      const type = nav ? 'TRIANGLE' : 'RESPONSIBILITY_GROUP';
      await this.event(
        x.id,
        ts(this.ref, 8),
        'REFUGEE_SERVICE',
        'meeting.scheduled',
        { meetingId, type, scheduledAt: `${planned}T10:00:00.000Z` },
        consultant,
      );
      await this.w.add(T.MEETING.table, [
        meetingId,
        this.m.id,
        groupId,
        type,
        'PLANNED',
        ts(planned, 10),
        'Flyktningtjenesten, møterom 1',
        'Oppfølging av sluttmål',
        true,
        null,
        consultant,
        ts(this.ref, 8),
        ts(this.ref, 8),
      ]);
      const due = addDays(this.ref, r.int(-10, 20));
      await this.w.add(T.TASK.table, [
        r.uuid(),
        this.m.id,
        x.id,
        r.pick([
          'Følg opp praksisplass',
          'Bestill tolk til neste møte',
          'Avklar barnehageplass',
          'Send søknad om forlengelse',
          'Registrer fravær i NIR',
        ]),
        consultant,
        consultant,
        due,
        'OPEN',
        null,
        ts(addDays(due, -14)),
      ]);
    }

    if (d.status !== 'ACTIVE' || !consultant) return assessments;
    // Attendance for the last two full months, and what the payment run for the last one needs.
    const planned = Math.round(7.5 * partTime) / 100;
    const hasChildren = t.children > 0;
    const unauthorised: Array<{ date: string; hours: number }> = [];
    for (const month of this.attendanceMonths) {
      for (let day = month.first; day <= month.last; day = addDays(day, 1)) {
        if (!isWeekday(day) || day < start) continue;
        const roll = r.next();
        let present = planned;
        let kind: string | null = null;
        if (roll < 0.025) [present, kind] = [0, 'OWN_ILLNESS_SELF_CERTIFIED'];
        else if (roll < 0.04 && hasChildren) [present, kind] = [0, 'CHILD_ILLNESS'];
        else if (roll < 0.05) [present, kind] = [0, 'WELFARE'];
        else if (roll < 0.065) [present, kind] = [r.chance(0.5) ? 0 : planned / 2, 'UNAUTHORISED'];
        if (kind === 'UNAUTHORISED' && month === this.attendanceMonths[1])
          unauthorised.push({ date: day, hours: planned - present });
        await this.w.add(T.ATTENDANCE.table, [
          r.uuid(),
          this.m.id,
          x.id,
          day,
          'programme',
          planned,
          present,
          kind,
          consultant,
          ts(day, 16),
        ]);
      }
    }
    const lastMonth = this.attendanceMonths[1] as { first: string; last: string };
    if (start <= lastMonth.last) {
      const couple = members.filter((m) => m.adult && m.relation !== 'OTHER').length === 2 && t.children === 0;
      this.paymentLines.push({
        personId: x.id,
        programmeId,
        input: {
          month: lastMonth.first.slice(0, 7),
          regime: d.regime,
          birthDate: x.birthDate,
          livesWithParents: false,
          childlessCoupleBothParticipating: couple,
          programmeStart: start,
          programmeEnd: null,
          unauthorisedAbsence: unauthorised,
          deductionsApply: d.regime !== 'INTEGRERINGSLOVEN_KAP6A',
        },
      });
    }
    return assessments;
  }

  // ───────────────────────────── Norwegian levels ─────────────────────────────

  private profile(x: Member): LanguageProfile {
    return languageProfile(this.h, x.nus, x.category === 'ASYLUM');
  }

  /**
   * Norwegian levels per skill for an enrolled learner, recorded by the class teacher: a mapping in the first
   * weeks, then a progress assessment every four to six months, with Norskprøven once the learner has had a year.
   */
  private async assessments(x: Member, d: ProgrammeDraft, teacher: string): Promise<Assessment[]> {
    const h = this.h;
    const start = d.start as string;
    const profile = this.profile(x);
    const previous: Record<string, number> = {};
    const out: Assessment[] = [];
    let date = addDays(start, h.int(3, 14));
    let testedOnce = false;
    while (date <= addDays(this.ref, -2)) {
      const months = daysBetween(start, date) / 30.4;
      const testName =
        out.length === 0
          ? 'Kartlegging'
          : months >= 11 && !testedOnce && h.chance(0.6)
            ? 'Norskprøven'
            : 'Underveisvurdering';
      if (testName === 'Norskprøven') testedOnce = true;
      const levels = {} as Record<(typeof SKILLS)[number], Cefr>;
      for (const skill of SKILLS) {
        const level = assessedLevel(h, profile, skill, months, previous[skill] ?? 0);
        previous[skill] = level;
        levels[skill] = CEFR[level] as Cefr;
        await this.w.add(T.LANGUAGE_ASSESSMENT.table, [
          h.uuid(),
          this.m.id,
          x.id,
          date,
          skill,
          levels[skill],
          testName,
          teacher,
          ts(date, 14),
        ]);
      }
      out.push({ date, levels });
      await this.event(
        x.id,
        ts(date, 14),
        'ADULT_EDUCATION',
        'education.assessed',
        { assessedOn: date, testName, ...levels },
        teacher,
      );
      date = addDays(date, h.int(120, 180));
    }
    return out;
  }

  // ───────────────────────────── Nav handover ─────────────────────────────

  /**
   * The handover to Nav for participants near or past the programme's end: a draft some months before the end,
   * then submitted, received, perhaps a question and its answer, and accepted. Open programmes ending within six
   * months are spread over the states by how close the end is; programmes ended within the last two years were
   * mostly accepted. Every step is a status change by the side whose step it is, and a timeline line.
   */
  private async handover(
    x: Member,
    t: AdultTraits,
    d: ProgrammeDraft,
    programmeId: string,
    consultant: string,
    plannedEnd: string | null,
    plan: PlanSummary | null,
    assessments: Assessment[],
  ): Promise<void> {
    const h = this.h;
    const start = d.start as string;
    const open = d.status === 'ACTIVE' || d.status === 'ON_LEAVE';
    let final: HandoverStatus;
    let endOn: string;
    if (open) {
      if (!plannedEnd || plannedEnd < this.ref || plannedEnd > addMonths(this.ref, 6) || !h.chance(0.8)) return;
      endOn = plannedEnd;
      const monthsLeft = daysBetween(this.ref, plannedEnd) / 30.4;
      final =
        monthsLeft > 4
          ? h.weighted<HandoverStatus>({ DRAFT: 6, SUBMITTED: 2, RECEIVED: 2, INFO_REQUESTED: 0, ACCEPTED: 0 })
          : monthsLeft > 2
            ? h.weighted<HandoverStatus>({ DRAFT: 2, SUBMITTED: 2, RECEIVED: 3, INFO_REQUESTED: 1.5, ACCEPTED: 1.5 })
            : h.weighted<HandoverStatus>({
                DRAFT: 0.5,
                SUBMITTED: 1,
                RECEIVED: 2.5,
                INFO_REQUESTED: 1.5,
                ACCEPTED: 4.5,
              });
    } else {
      if (!d.end || d.endKind === 'MOVED' || d.end < addMonths(this.ref, -24)) return;
      if (!h.chance(d.endKind === 'DISCONTINUED' ? 0.4 : 0.8)) return;
      endOn = d.end;
      final = h.chance(0.92) ? 'ACCEPTED' : 'RECEIVED';
    }
    const nav = await this.navAdviser();

    // The steps, each a few days to weeks after the one before, ending no later than the reference date.
    const asks = (final === 'ACCEPTED' || final === 'RECEIVED') && h.chance(0.3);
    const path: Array<{ action: HandoverAction; days: number }> = [];
    const reach = HANDOVER_ORDER.indexOf(final);
    if (reach >= 1) path.push({ action: 'SUBMIT', days: h.int(5, 21) });
    if (reach >= 2) path.push({ action: 'RECEIVE', days: h.int(1, 6) });
    if (final === 'INFO_REQUESTED' || asks) path.push({ action: 'REQUEST_INFO', days: h.int(2, 10) });
    if (asks) path.push({ action: 'ANSWER', days: h.int(1, 7) });
    if (final === 'ACCEPTED') path.push({ action: 'ACCEPT', days: h.int(3, 14) });
    const total = path.reduce((a, s) => a + s.days, 0);
    const latest = minDate(addDays(this.ref, -total - 1), open ? this.ref : addDays(endOn, 20 - total));
    const earliest = addDays(endOn, -h.int(60, 150));
    let created = latest > earliest ? addDays(earliest, h.int(0, daysBetween(earliest, latest))) : latest;
    if (created < start) created = start;
    if (addDays(created, total) > this.ref) return;

    // The note from the participant's facts: levels as of the draft (the latest assessment, or the expected ones).
    const latestTest = [...assessments].reverse().find((a) => a.date <= created);
    const profile = latestTest ? null : this.profile(x);
    const monthsIn = daysBetween(start, created) / 30.4;
    const weakest = Math.min(
      ...SKILLS.map((skill) =>
        latestTest
          ? CEFR.indexOf(latestTest.levels[skill])
          : expectedLevel(profile as LanguageProfile, skill, monthsIn),
      ),
    );
    const level = CEFR[weakest] as Cefr;
    const note = handoverNote(h, {
      goal: d.goal,
      level,
      target: plan?.target ?? null,
      nus: t.nus,
      practice: plan?.practice ?? null,
      practiceMonths: Math.max(1, Math.min(12, Math.round(monthsIn / 2))),
      monthsLeft: Math.round(daysBetween(created, endOn) / 30.4),
    });
    const filled = final !== 'DRAFT' || h.chance(0.6);
    const consent = filled && h.chance(0.25);
    const id = h.uuid();

    // History: created as a draft, then each step by the side whose step it is.
    let at = created;
    let status: HandoverStatus = 'DRAFT';
    let version = filled ? 1 : 0;
    const changes: Cell[][] = [[h.uuid(), this.m.id, id, null, 'DRAFT', consultant, ts(created, 9)]];
    const messages: Cell[][] = [];
    await this.event(x.id, ts(created, 9), 'REFUGEE_SERVICE', 'handover.created', { handoverId: id }, consultant);
    const question = h.pick(HANDOVER_QUESTIONS);
    for (const step of path) {
      at = addDays(at, step.days);
      const tr = HANDOVER_TRANSITIONS[step.action];
      const actor = tr.side === 'NAV' ? nav : consultant;
      changes.push([h.uuid(), this.m.id, id, status, tr.to, actor, ts(at, 11)]);
      if (step.action === 'REQUEST_INFO')
        messages.push([h.uuid(), this.m.id, id, actor, 'QUESTION', question[0], ts(at, 11)]);
      if (step.action === 'ANSWER') messages.push([h.uuid(), this.m.id, id, actor, 'ANSWER', question[1], ts(at, 11)]);
      await this.event(
        x.id,
        ts(at, 11),
        tr.side,
        ACTION_EVENT[step.action].timeline,
        { handoverId: id, navOffice: this.navOffice.name },
        actor,
      );
      status = tr.to;
      version += 1;
    }
    // Now and then a comment in the thread once Nav has it.
    if (status !== 'DRAFT' && h.chance(0.2)) {
      const on = minDate(addDays(at, h.int(1, 5)), this.ref);
      messages.push([h.uuid(), this.m.id, id, consultant, 'COMMENT', h.pick(HANDOVER_COMMENTS), ts(on, 15)]);
      await this.event(x.id, ts(on, 15), 'REFUGEE_SERVICE', 'handover.commented', { handoverId: id }, consultant);
      version += 1;
    }
    const last = messages.reduce(
      (a, m) => (String(m[6]) > a ? String(m[6]) : a),
      String(changes[changes.length - 1]?.[6]),
    );
    await this.w.add(T.HANDOVER.table, [
      id,
      this.m.id,
      x.id,
      programmeId,
      this.navOffice.id,
      status,
      filled ? note.goalStatus : null,
      level,
      filled ? note.workExperience : null,
      filled ? note.workPracticeResults : null,
      filled ? note.recommendedMeasures : null,
      plan?.wishes ?? null,
      filled ? (consent ? 'CONSENT' : 'INTEGRATION_ACT_SECTION_42') : null,
      consent ? addDays(created, -h.int(0, 14)) : null,
      consultant,
      version,
      ts(created, 9),
      last,
    ]);
    for (const row of changes) await this.w.add(T.HANDOVER_STATUS_CHANGE.table, row);
    for (const row of messages) await this.w.add(T.HANDOVER_MESSAGE.table, row);
  }

  /** An approved payment run for the last full month: prepared by a consultant, approved by the manager. */
  private async paymentRun(): Promise<void> {
    if (this.paymentLines.length === 0) return;
    const r = this.rng;
    const runId = r.uuid();
    const month = (this.attendanceMonths[1] as { first: string }).first;
    const preparedOn = minDate(addDays(addMonths(month, 1), 7), this.ref);
    const approvedOn = minDate(addDays(preparedOn, 2), this.ref);
    const preparer = (this.consultants[0] as { id: string }).id;
    const approver = this.m.managerId ?? (this.consultants[1] ?? this.consultants[0])?.id ?? preparer;
    await this.w.add(T.PAYMENT_RUN.table, [
      runId,
      this.m.id,
      month,
      1,
      'APPROVED',
      preparer,
      ts(preparedOn),
      approver,
      ts(approvedOn, 14),
    ]);
    for (const line of this.paymentLines) {
      const result = calculateMonthlyBenefit(line.input);
      await this.w.add(T.PAYMENT_LINE.table, [
        r.uuid(),
        this.m.id,
        runId,
        line.personId,
        line.programmeId,
        result.gross,
        result.deductions,
        result.offsets,
        result.net,
        result.flags.decisionRequired,
        JSON.stringify(result),
      ]);
    }
  }
}

interface Assessment {
  date: string;
  levels: Record<(typeof SKILLS)[number], Cefr>;
}

interface PlanSummary {
  revisions: Array<{ number: number; validFrom: string }>;
  wishes: string | null;
  practice: string | null;
  target: Cefr | null;
}

const HANDOVER_ORDER: readonly HandoverStatus[] = ['DRAFT', 'SUBMITTED', 'RECEIVED', 'INFO_REQUESTED', 'ACCEPTED'];

interface ProgrammeDraft {
  facts: CaseFacts;
  ev: Evaluation;
  regime: Evaluation['regime'];
  goal: EndGoal | null;
  status: 'PLANNED' | 'ACTIVE' | 'ON_LEAVE' | 'COMPLETED' | 'DISCONTINUED';
  decision: string | null;
  start: string | null;
  plannedEnd: string | null;
  end: string | null;
  extension: number;
  endKind: 'COMPLETED' | 'DISCONTINUED' | 'MOVED' | null;
}
