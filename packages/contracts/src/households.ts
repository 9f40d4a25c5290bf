import { z } from 'zod';
import { IsoDateSchema, pageOf, PageQuerySchema, VersionSchema } from './common';
import {
  ArrivalCategorySchema,
  CountryCodeSchema,
  HouseholdRelationSchema,
  HousingTypeSchema,
  LanguageCodeSchema,
  NusLevelSchema,
  PermitBasisSchema,
  SettlementStatusSchema,
  SexSchema,
  type SettlementStatus,
} from './persons';

/** Households IMDi asks the municipality to settle, their members, and their way through settlement. */

const NameSchema = z.string().trim().min(1, { error: 'Skriv navnet' }).max(100, { error: 'Navnet er for langt' });

/** One member registered together with the household (a new person). */
export const NewHouseholdMemberSchema = z
  .object({
    firstName: NameSchema,
    lastName: NameSchema,
    birthDate: IsoDateSchema,
    sex: SexSchema.nullable(),
    countryOfBirth: CountryCodeSchema.nullable(),
    languages: z.array(LanguageCodeSchema).max(10),
    interpreterNeeded: z.boolean(),
    interpreterLanguage: LanguageCodeSchema.nullable().optional(),
    permitBasis: PermitBasisSchema.nullable(),
    permitGrantedDate: IsoDateSchema.nullable(),
    permitGrantedAbroad: z.boolean(),
    arrivalCategory: ArrivalCategorySchema.nullable(),
    arrivalDate: IsoDateSchema.nullable(),
    /** Highest completed education as NUS 0–8; null = unknown. */
    nusLevel: NusLevelSchema,
    relation: HouseholdRelationSchema,
  })
  .superRefine((m, ctx) => {
    if (m.permitGrantedDate && m.permitGrantedDate < m.birthDate) {
      ctx.addIssue({
        code: 'custom',
        path: ['permitGrantedDate'],
        message: 'Tillatelsen kan ikke være gitt før fødselsdatoen',
      });
    }
    if (m.arrivalDate && m.arrivalDate < m.birthDate) {
      ctx.addIssue({ code: 'custom', path: ['arrivalDate'], message: 'Ankomstdatoen kan ikke være før fødselsdatoen' });
    }
    if (m.interpreterNeeded && m.languages.length === 0 && !m.interpreterLanguage) {
      ctx.addIssue({ code: 'custom', path: ['languages'], message: 'Oppgi språket det trengs tolk på' });
    }
  });
export type NewHouseholdMember = z.infer<typeof NewHouseholdMemberSchema>;

/** POST /households: the household and all its members in one request (one transaction). */
export const CreateHouseholdBodySchema = z
  .object({
    name: z.string().trim().min(1, { error: 'Skriv et navn på husstanden' }).max(120),
    imdiReference: z.string().trim().max(50).nullable().optional(),
    imdiRequestDate: IsoDateSchema.nullable().optional(),
    expectedArrivalDate: IsoDateSchema.nullable().optional(),
    notes: z.string().trim().max(2000).nullable().optional(),
    /** The consultant responsible for the adults; the registering consultant when left out. */
    caseworkerId: z.uuid().nullable().optional(),
    members: z.array(NewHouseholdMemberSchema).min(1, { error: 'Legg til minst ett medlem' }).max(20),
  })
  .superRefine((h, ctx) => {
    const heads = h.members.filter((m) => m.relation === 'HEAD').length;
    if (heads > 1)
      ctx.addIssue({ code: 'custom', path: ['members'], message: 'En husstand kan ha bare én hovedperson' });
  });
export type CreateHouseholdBody = z.infer<typeof CreateHouseholdBodySchema>;

/** PATCH /households/:householdId: the household's own facts (status moves through /transitions). */
export const UpdateHouseholdBodySchema = z
  .object({
    name: z.string().trim().min(1).max(120).optional(),
    imdiReference: z.string().trim().max(50).nullable().optional(),
    imdiRequestDate: IsoDateSchema.nullable().optional(),
    expectedArrivalDate: IsoDateSchema.nullable().optional(),
    housingType: HousingTypeSchema.nullable().optional(),
    schoolPlaces: z.number().int().min(0).max(20).optional(),
    kindergartenPlaces: z.number().int().min(0).max(20).optional(),
    notes: z.string().trim().max(2000).nullable().optional(),
    version: VersionSchema,
  })
  .strict();
export type UpdateHouseholdBody = z.infer<typeof UpdateHouseholdBodySchema>;

/** Adds a new person to the household (the web form's body). */
export const AddNewHouseholdMemberBodySchema = z
  .object({ version: VersionSchema, member: NewHouseholdMemberSchema })
  .strict();
export type AddNewHouseholdMemberBody = z.infer<typeof AddNewHouseholdMemberBodySchema>;

/**
 * Adds a person already registered (the web dialog's body). A person may belong to several households: one who
 * is a member elsewhere stays a member there too, until they are removed from it.
 */
export const AddRegisteredHouseholdMemberBodySchema = z
  .object({ version: VersionSchema, personId: z.uuid(), relation: HouseholdRelationSchema })
  .strict();
export type AddRegisteredHouseholdMemberBody = z.infer<typeof AddRegisteredHouseholdMemberBodySchema>;

/** POST /households/:householdId/members: a new person, or a person already registered, with the relation. */
export const AddHouseholdMemberBodySchema = z.union([
  AddRegisteredHouseholdMemberBodySchema,
  AddNewHouseholdMemberBodySchema,
]);
export type AddHouseholdMemberBody = z.infer<typeof AddHouseholdMemberBodySchema>;

/** DELETE /households/:householdId/members/:personId?version=n */
export const RemoveHouseholdMemberQuerySchema = z.object({ version: z.coerce.number().int().min(0) });

/**
 * The settlement state machine: IMDi asks (REQUESTED), the municipality decides (ACCEPTED/DECLINED), the family
 * arrives (ARRIVED) and is settled (SETTLED). A request can be CANCELLED until the family has arrived.
 */
export const SETTLEMENT_TRANSITIONS: Readonly<Record<SettlementStatus, readonly SettlementStatus[]>> = {
  REQUESTED: ['ACCEPTED', 'DECLINED', 'CANCELLED'],
  ACCEPTED: ['ARRIVED', 'CANCELLED'],
  DECLINED: [],
  ARRIVED: ['SETTLED'],
  SETTLED: [],
  CANCELLED: [],
};

export function allowedSettlementTransitions(from: SettlementStatus): readonly SettlementStatus[] {
  return SETTLEMENT_TRANSITIONS[from];
}

/**
 * POST /households/:householdId/transitions: move to the next state with its legal date (decision date for
 * ACCEPTED/DECLINED, arrival date for ARRIVED, settlement date for SETTLED). Settling needs the housing type.
 */
export const SettlementTransitionBodySchema = z
  .object({
    to: SettlementStatusSchema,
    effectiveDate: IsoDateSchema,
    version: VersionSchema,
    note: z.string().trim().max(1000).nullable().optional(),
    housingType: HousingTypeSchema.nullable().optional(),
    schoolPlaces: z.number().int().min(0).max(20).optional(),
    kindergartenPlaces: z.number().int().min(0).max(20).optional(),
  })
  .strict()
  .superRefine((b, ctx) => {
    if (b.to === 'SETTLED' && !b.housingType) {
      ctx.addIssue({ code: 'custom', path: ['housingType'], message: 'Velg boligtype' });
    }
  });
export type SettlementTransitionBody = z.infer<typeof SettlementTransitionBodySchema>;

export const HouseholdMemberSchema = z.object({
  personId: z.uuid(),
  firstName: z.string(),
  lastName: z.string(),
  birthDate: IsoDateSchema,
  /** Age in whole years on the household's `asOf` date. */
  age: z.number().int(),
  adult: z.boolean(),
  relation: HouseholdRelationSchema,
  sex: SexSchema.nullable(),
  settlementDate: IsoDateSchema.nullable(),
});
export type HouseholdMember = z.infer<typeof HouseholdMemberSchema>;

export const SettlementStatusChangeSchema = z.object({
  id: z.uuid(),
  fromStatus: SettlementStatusSchema.nullable(),
  toStatus: SettlementStatusSchema,
  effectiveDate: IsoDateSchema.nullable(),
  note: z.string().nullable(),
  actorName: z.string().nullable(),
  occurredAt: z.string(),
});
export type SettlementStatusChange = z.infer<typeof SettlementStatusChangeSchema>;

export const HouseholdSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  settlementStatus: SettlementStatusSchema,
  imdiReference: z.string().nullable(),
  imdiRequestDate: IsoDateSchema.nullable(),
  decisionDate: IsoDateSchema.nullable(),
  expectedArrivalDate: IsoDateSchema.nullable(),
  arrivalDate: IsoDateSchema.nullable(),
  settlementDate: IsoDateSchema.nullable(),
  housingType: HousingTypeSchema.nullable(),
  schoolPlaces: z.number().int(),
  kindergartenPlaces: z.number().int(),
  notes: z.string().nullable(),
  /** The date ages are computed for. */
  asOf: IsoDateSchema,
  /** Members the caller may see (need-to-know); `hiddenMemberCount` counts the others. */
  members: z.array(HouseholdMemberSchema),
  hiddenMemberCount: z.number().int(),
  history: z.array(SettlementStatusChangeSchema),
  /** The states the household may move to next. */
  nextStatuses: z.array(SettlementStatusSchema),
  version: z.number().int(),
  createdAt: z.string(),
});
export type Household = z.infer<typeof HouseholdSchema>;

/** GET /households/:householdId?asOf=YYYY-MM-DD (default today). */
export const GetHouseholdQuerySchema = z.object({ asOf: IsoDateSchema.optional() });

export const HouseholdListItemSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  settlementStatus: SettlementStatusSchema,
  memberCount: z.number().int(),
  expectedArrivalDate: IsoDateSchema.nullable(),
  settlementDate: IsoDateSchema.nullable(),
  createdAt: z.string(),
});
export type HouseholdListItem = z.infer<typeof HouseholdListItemSchema>;
export const HouseholdListSchema = pageOf(HouseholdListItemSchema);
export type HouseholdList = z.infer<typeof HouseholdListSchema>;

export const ListHouseholdsQuerySchema = PageQuerySchema.extend({
  status: SettlementStatusSchema.optional(),
});

export const HouseholdErrorCode = {
  NOT_FOUND: 'HOUSEHOLD_NOT_FOUND',
  /** The message names both states: "cannot move from REQUESTED to SETTLED". */
  TRANSITION_NOT_ALLOWED: 'HOUSEHOLD_TRANSITION_NOT_ALLOWED',
  MEMBER_EXISTS: 'HOUSEHOLD_MEMBER_EXISTS',
  MEMBER_NOT_FOUND: 'HOUSEHOLD_MEMBER_NOT_FOUND',
  LAST_MEMBER: 'HOUSEHOLD_LAST_MEMBER',
  HEAD_EXISTS: 'HOUSEHOLD_HEAD_EXISTS',
  DATE_BEFORE_PREVIOUS_STEP: 'HOUSEHOLD_DATE_BEFORE_PREVIOUS_STEP',
} as const;
