import type { IsoDate } from '../dates';
import type { Regime, RuleRef } from '../rule-types';

/** Why a participant was away (DOMAIN.md 5.5). */
export const ABSENCE_KINDS = [
  'OWN_ILLNESS_SELF_CERTIFIED', // egenmelding
  'OWN_ILLNESS_MEDICAL_CERTIFICATE', // legeerklæring
  'CHILD_ILLNESS', // barns sykdom
  'LEAVE_WITH_BENEFIT', // permisjon med stønad
  'LEAVE_WITHOUT_BENEFIT', // permisjon uten stønad
  'WELFARE', // tvingende velferdsgrunner
  'UNAUTHORISED', // fravær uten gyldig grunn eller tillatelse
  'PREGNANCY', // fri under svangerskapet
  'PREGNANCY_CHECK_UP', // svangerskapskontroll
  'BIRTH_MOTHER', // fri for mor etter fødselen
  'BIRTH_FATHER', // fri for far i forbindelse med fødselen
] as const;
export type AbsenceKind = (typeof ABSENCE_KINDS)[number];

export const OWN_ILLNESS_KINDS: readonly AbsenceKind[] = [
  'OWN_ILLNESS_SELF_CERTIFIED',
  'OWN_ILLNESS_MEDICAL_CERTIFICATE',
];

/** One registered absence, both dates included. `hoursPerDay` defaults to a full programme day (37,5 / 5). */
export interface AbsenceEntry {
  kind: AbsenceKind;
  from: IsoDate;
  to: IsoDate;
  hoursPerDay?: number | null;
}

/** Pregnancy and birth kinds with a quota per pregnancy or birth (integreringsforskriften §§ 11–12). */
export const PREGNANCY_AND_BIRTH_KINDS: readonly AbsenceKind[] = ['PREGNANCY', 'BIRTH_MOTHER', 'BIRTH_FATHER'];

/**
 * What the checker needs to know about the participant. The care facts only matter for CHILD_ILLNESS:
 * `numberOfChildren` is the children under 12 in the participant's care, `soleCarer` whether they are alone with
 * the care, `chronicallyIllChild` whether they care for a chronically ill or disabled child (under 18).
 * `careFactsRecorded` false says the care facts are assumed (nothing recorded), which the warning then says.
 */
export interface AbsenceFacts {
  regime: Regime;
  programmeStart: IsoDate;
  numberOfChildren?: number | null;
  soleCarer?: boolean | null;
  chronicallyIllChild?: boolean | null;
  careFactsRecorded?: boolean | null;
}

export const ABSENCE_WARNING_CODES = [
  'ABSENCE_SELF_CERT_BEFORE_QUALIFYING_PERIOD',
  'ABSENCE_SELF_CERT_MAX_DAYS_EXCEEDED',
  'ABSENCE_SELF_CERT_MAX_EPISODES_EXCEEDED',
  'ABSENCE_SELF_CERT_RELAPSE_SAME_EPISODE',
  'ABSENCE_CHILD_ILLNESS_QUOTA_EXCEEDED',
  'ABSENCE_PREGNANCY_QUOTA_EXCEEDED',
  'ABSENCE_BIRTH_QUOTA_EXCEEDED',
  'ABSENCE_UNAUTHORISED',
  'ABSENCE_LEAVE_WITHOUT_BENEFIT',
  'ABSENCE_OVERLAPS_EXISTING',
] as const;
export type AbsenceWarningCode = (typeof ABSENCE_WARNING_CODES)[number];

export interface AbsenceWarning {
  code: AbsenceWarningCode;
  /** WARNING: a limit is exceeded or the entry conflicts; INFO: how the entry was read. */
  severity: 'WARNING' | 'INFO';
  /** Norwegian text for the adviser. */
  message: string;
  /** The days of the new entry the warning concerns. */
  days: IsoDate[];
  rule: RuleRef;
}

/** A day of the new entry that counts as unauthorised (invalid) absence, ready for the benefit deduction. */
export interface UnauthorisedDay {
  date: IsoDate;
  hours: number;
  reason: AbsenceWarningCode;
}

export interface AbsenceCheck {
  regime: Regime;
  entry: AbsenceEntry;
  /** Days of the entry that count: working days (Mon–Fri) or calendar days, per the DAY_BASIS parameter. */
  countedDays: IsoDate[];
  /** Counted days that stay valid absence. */
  validDays: IsoDate[];
  /** Counted days that become unauthorised, and so are deducted (under 6A only if deductions apply, C-9). */
  unauthorisedDays: UnauthorisedDay[];
  /** For LEAVE_WITHOUT_BENEFIT: the period to pass to the benefit calculation's `unpaidLeave`. */
  unpaidLeave: { from: IsoDate; to: IsoDate } | null;
  warnings: AbsenceWarning[];
  /** Rolling counters after this entry, for the attendance ledger. */
  counters: {
    selfCertifiedEpisodesIn12Months: number;
    childIllnessDaysIn12Months: number;
    childIllnessQuota: number;
    /** For PREGNANCY, BIRTH_MOTHER and BIRTH_FATHER: days of the kind in the pregnancy/birth window, and the quota. */
    pregnancyOrBirthDays: number | null;
    pregnancyOrBirthQuota: number | null;
  };
}
