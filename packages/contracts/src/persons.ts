import { z } from 'zod';
import { IsoDateSchema, pageOf, PageQuerySchema, VersionSchema } from './common';

/** Persons: the people the municipality works with (adult participants, children, family members). */

export const SexSchema = z.enum(['FEMALE', 'MALE']);
export type Sex = z.infer<typeof SexSchema>;

/** Arrival category (SSB innvandringsgrunn); Ukrainians on collective protection apart. */
export const ArrivalCategorySchema = z.enum([
  'RESETTLEMENT',
  'ASYLUM',
  'FAMILY_REUNIFICATION',
  'FAMILY_ESTABLISHMENT',
  'COLLECTIVE_PROTECTION',
]);
export type ArrivalCategory = z.infer<typeof ArrivalCategorySchema>;

/** Legal basis of the residence permit (utlendingsloven), as the rules engine names them. */
export const PermitBasisSchema = z.enum([
  'ASYLUM',
  'RESETTLEMENT',
  'RENEWABLE_AFTER_PROTECTION_CLAIM',
  'LIMITED_CHILD_FAMILY',
  'COLLECTIVE_PROTECTION',
  'FAMILY_REUNIFICATION',
  'INDEPENDENT_BASIS',
]);
export type PermitBasis = z.infer<typeof PermitBasisSchema>;

/** Kode 7 (CONFIDENTIAL) and kode 6 (STRICTLY_CONFIDENTIAL). */
export const AddressProtectionSchema = z.enum(['NONE', 'CONFIDENTIAL', 'STRICTLY_CONFIDENTIAL']);
export type AddressProtection = z.infer<typeof AddressProtectionSchema>;

export const HouseholdRelationSchema = z.enum(['HEAD', 'SPOUSE', 'CHILD', 'OTHER']);
export type HouseholdRelation = z.infer<typeof HouseholdRelationSchema>;

export const SettlementStatusSchema = z.enum(['REQUESTED', 'ACCEPTED', 'DECLINED', 'ARRIVED', 'SETTLED', 'CANCELLED']);
export type SettlementStatus = z.infer<typeof SettlementStatusSchema>;

export const HousingTypeSchema = z.enum(['MUNICIPAL', 'PRIVATE', 'SELF_SETTLED']);
export type HousingType = z.infer<typeof HousingTypeSchema>;

/** ISO 3166-1 alpha-2, e.g. "SY". */
export const CountryCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}$/, { error: 'Skriv landkoden med to bokstaver (for eksempel SY)' });
/** ISO 639-1, e.g. "ar". */
export const LanguageCodeSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z]{2,3}$/, { error: 'Skriv språkkoden med to bokstaver (for eksempel ar)' });
/** Highest completed education as a NUS level 0–8; null = unknown. */
export const NusLevelSchema = z
  .number()
  .int()
  .min(0, { error: 'NUS-nivå er 0–8' })
  .max(8, { error: 'NUS-nivå er 0–8' })
  .nullable();

const NameSchema = z.string().trim().min(1, { error: 'Skriv navnet' }).max(100, { error: 'Navnet er for langt' });
const OptionalText = (max: number) => z.string().trim().max(max).nullable();

/**
 * How much of a person the caller sees (DOMAIN.md § 6.4):
 * - FULL: the refugee service (consultants) and managers opening one person (audited);
 * - NAV: what a Nav adviser needs for shared participants (no address, no permit history beyond basis and date);
 * - EDUCATION: what adult education needs for its learners (name, birth date, languages, interpreter need,
 *   the dates Norwegian training rights hang on, education level; no contact or permit details).
 * Fields the caller may not see come back as null and are listed in `withheldFields`.
 */
export const PersonViewSchema = z.enum(['FULL', 'NAV', 'EDUCATION']);
export type PersonView = z.infer<typeof PersonViewSchema>;

export const PersonHouseholdSchema = z.object({
  householdId: z.uuid(),
  name: z.string(),
  relation: HouseholdRelationSchema,
  settlementStatus: SettlementStatusSchema,
  arrivalDate: IsoDateSchema.nullable(),
  settlementDate: IsoDateSchema.nullable(),
  housingType: HousingTypeSchema.nullable(),
});
export type PersonHousehold = z.infer<typeof PersonHouseholdSchema>;

export const PersonSchema = z.object({
  id: z.uuid(),
  view: PersonViewSchema,
  firstName: z.string(),
  lastName: z.string(),
  birthDate: IsoDateSchema,
  sex: SexSchema.nullable(),
  countryOfBirth: z.string().nullable(),
  languages: z.array(z.string()),
  interpreterNeeded: z.boolean(),
  interpreterLanguage: z.string().nullable(),
  arrivalCategory: ArrivalCategorySchema.nullable(),
  permitBasis: PermitBasisSchema.nullable(),
  permitGrantedDate: IsoDateSchema.nullable(),
  permitGrantedAbroad: z.boolean().nullable(),
  protectionApplicationDate: IsoDateSchema.nullable(),
  arrivalDate: IsoDateSchema.nullable(),
  settlementDate: IsoDateSchema.nullable(),
  settledByAgreement: z.boolean().nullable(),
  nusLevel: z.number().int().nullable(),
  addressProtection: AddressProtectionSchema.nullable(),
  /** True when the person has a protected address (kode 6/7) the caller may not see: address and contact are null. */
  addressHidden: z.boolean(),
  address: z.string().nullable(),
  postalCode: z.string().nullable(),
  postalTown: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  caseworker: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  households: z.array(PersonHouseholdSchema),
  /** Fields left out for need-to-know (the view) or the protected address. */
  withheldFields: z.array(z.string()),
  version: z.number().int(),
});
export type Person = z.infer<typeof PersonSchema>;

/** The fields of a protected address (kode 6/7): hidden from everyone but the person's caseworker. */
export const PROTECTED_ADDRESS_FIELDS = ['address', 'postalCode', 'postalTown', 'phone', 'email'] as const;

/** The editable facts of a person (used by create-with-household and update). */
export const PersonFactsSchema = z.object({
  firstName: NameSchema,
  lastName: NameSchema,
  birthDate: IsoDateSchema,
  sex: SexSchema.nullable(),
  countryOfBirth: CountryCodeSchema.nullable(),
  languages: z.array(LanguageCodeSchema).max(10),
  interpreterNeeded: z.boolean(),
  interpreterLanguage: LanguageCodeSchema.nullable(),
  arrivalCategory: ArrivalCategorySchema.nullable(),
  permitBasis: PermitBasisSchema.nullable(),
  permitGrantedDate: IsoDateSchema.nullable(),
  permitGrantedAbroad: z.boolean(),
  protectionApplicationDate: IsoDateSchema.nullable(),
  arrivalDate: IsoDateSchema.nullable(),
  settlementDate: IsoDateSchema.nullable(),
  settledByAgreement: z.boolean(),
  nusLevel: NusLevelSchema,
  addressProtection: AddressProtectionSchema,
  address: OptionalText(200),
  postalCode: z
    .string()
    .trim()
    .regex(/^\d{4}$/, { error: 'Postnummeret har fire sifre' })
    .nullable(),
  postalTown: OptionalText(100),
  phone: z
    .string()
    .trim()
    .regex(/^\+?[0-9 ]{8,20}$/, { error: 'Skriv et gyldig telefonnummer' })
    .nullable(),
  email: z.email({ error: 'Skriv en gyldig e-postadresse' }).max(254).nullable(),
  caseworkerId: z.uuid().nullable(),
});
export type PersonFacts = z.infer<typeof PersonFactsSchema>;

/** PATCH /persons/:personId: any subset of the facts, with the version you loaded. */
export const UpdatePersonBodySchema = PersonFactsSchema.partial()
  .extend({ version: VersionSchema })
  .strict()
  .refine((b) => !b.permitGrantedDate || !b.birthDate || b.permitGrantedDate >= b.birthDate, {
    error: 'Tillatelsen kan ikke være gitt før fødselsdatoen',
    path: ['permitGrantedDate'],
  });
export type UpdatePersonBody = z.infer<typeof UpdatePersonBodySchema>;

/**
 * GET /persons/:personId/caseworker-candidates: the active consultants of the person's municipality, who may own
 * the person's case (`caseworkerId`) or a programme (`consultantId`). Staff names only, no person data.
 */
export const CaseworkerCandidateSchema = z.object({ id: z.uuid(), name: z.string() });
export type CaseworkerCandidate = z.infer<typeof CaseworkerCandidateSchema>;
export const CaseworkerCandidateListSchema = z.object({ items: z.array(CaseworkerCandidateSchema) });
export type CaseworkerCandidateList = z.infer<typeof CaseworkerCandidateListSchema>;

/** A household a search row's person belongs to: enough to tell namesakes apart and to say where they live now. */
export const PersonListHouseholdSchema = PersonHouseholdSchema.pick({ householdId: true, name: true, relation: true });
export type PersonListHousehold = z.infer<typeof PersonListHouseholdSchema>;

/** A row in the consultants' person search. Lists never carry address or contact details. */
export const PersonListItemSchema = z.object({
  id: z.uuid(),
  firstName: z.string(),
  lastName: z.string(),
  birthDate: IsoDateSchema,
  arrivalCategory: ArrivalCategorySchema.nullable(),
  settlementDate: IsoDateSchema.nullable(),
  caseworker: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  /** The households the person is a member of now, newest first. */
  households: z.array(PersonListHouseholdSchema),
});
export type PersonListItem = z.infer<typeof PersonListItemSchema>;
export const PersonListSchema = pageOf(PersonListItemSchema);
export type PersonList = z.infer<typeof PersonListSchema>;

export const PersonSortSchema = z.enum([
  'name',
  '-name',
  'birthDate',
  '-birthDate',
  'settlementDate',
  '-settlementDate',
]);
export type PersonSort = z.infer<typeof PersonSortSchema>;

/** GET /persons?search&mine&page&pageSize&sort: search is matched against first and last name. */
export const ListPersonsQuerySchema = PageQuerySchema.extend({
  search: z.string().trim().max(100).optional(),
  /** Only my own caseload. */
  mine: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true'),
  sort: PersonSortSchema.default('name'),
});

export const PersonErrorCode = {
  NOT_FOUND: 'PERSON_NOT_FOUND',
  ADDRESS_PROTECTED: 'PERSON_ADDRESS_PROTECTED',
  CASEWORKER_INVALID: 'PERSON_CASEWORKER_INVALID',
} as const;
