import type { Person, PersonHousehold, PersonListItem, PersonView } from '@ankomst/contracts';
import type { Actor } from '../../core/access/actor';
import type { PersonDetailRow, PersonListRow } from './persons.repository';
import { isoDate } from '../../core/database/date-column';

/** The person fields a view may show; name and birth date are always shown to anyone with the person in scope. */
type Field = Exclude<keyof Person, 'id' | 'view' | 'addressHidden' | 'withheldFields' | 'version'>;

const ALL_FIELDS: readonly Field[] = [
  'firstName',
  'lastName',
  'birthDate',
  'sex',
  'countryOfBirth',
  'languages',
  'interpreterNeeded',
  'interpreterLanguage',
  'arrivalCategory',
  'permitBasis',
  'permitGrantedDate',
  'permitGrantedAbroad',
  'protectionApplicationDate',
  'arrivalDate',
  'settlementDate',
  'settledByAgreement',
  'nusLevel',
  'addressProtection',
  'address',
  'postalCode',
  'postalTown',
  'phone',
  'email',
  'caseworker',
  'households',
];

/**
 * DOMAIN.md § 6.4, default access. Nav (shared participants): identity, household, the regime facts and contact
 * details, but no address and no asylum history. Adult education (own learners): name, birth date, languages,
 * interpreter need and the dates Norwegian training rights hang on; no contact or permit details.
 */
const VIEW_FIELDS: Record<PersonView, ReadonlySet<Field>> = {
  FULL: new Set(ALL_FIELDS),
  NAV: new Set<Field>([
    'firstName',
    'lastName',
    'birthDate',
    'sex',
    'countryOfBirth',
    'languages',
    'interpreterNeeded',
    'interpreterLanguage',
    'arrivalCategory',
    'permitBasis',
    'permitGrantedDate',
    'arrivalDate',
    'settlementDate',
    'nusLevel',
    'phone',
    'email',
    'caseworker',
    'households',
  ]),
  EDUCATION: new Set<Field>([
    'firstName',
    'lastName',
    'birthDate',
    'languages',
    'interpreterNeeded',
    'interpreterLanguage',
    'arrivalDate',
    'settlementDate',
    'nusLevel',
    'caseworker',
    'households',
  ]),
};

const ADDRESS_FIELDS: readonly Field[] = ['address', 'postalCode', 'postalTown', 'phone', 'email'];

/** The widest view among the actor's roles (consultants and managers see the full case). */
export function viewFor(actor: Pick<Actor, 'roles'>): PersonView {
  if (actor.roles.includes('CONSULTANT') || actor.roles.includes('MANAGER')) return 'FULL';
  if (actor.roles.includes('NAV_ADVISER')) return 'NAV';
  return 'EDUCATION';
}

/** Which fields the actor gets, after the view and the protected address. */
export function visibleFields(view: PersonView, addressVisible: boolean): Field[] {
  return ALL_FIELDS.filter((f) => VIEW_FIELDS[view].has(f) && (addressVisible || !ADDRESS_FIELDS.includes(f)));
}

function toHousehold(m: PersonDetailRow['memberships'][number]): PersonHousehold {
  return {
    householdId: m.household.id,
    name: m.household.name,
    relation: m.relation,
    settlementStatus: m.household.settlementStatus,
    arrivalDate: isoDate(m.household.arrivalDate),
    settlementDate: isoDate(m.household.settlementDate),
    housingType: m.household.housingType,
  };
}

/** Maps a person for one reader: withheld fields are null (or empty) and listed in `withheldFields`. */
export function toPerson(row: PersonDetailRow, view: PersonView, addressVisible: boolean): Person {
  const shown = new Set(visibleFields(view, addressVisible));
  const show = <T>(field: Field, value: T): T | null => (shown.has(field) ? value : null);
  return {
    id: row.id,
    view,
    firstName: row.firstName,
    lastName: row.lastName,
    birthDate: isoDate(row.birthDate),
    sex: show('sex', row.sex),
    countryOfBirth: show('countryOfBirth', row.countryOfBirth),
    languages: shown.has('languages') ? row.languages : [],
    interpreterNeeded: row.interpreterNeeded,
    interpreterLanguage: show('interpreterLanguage', row.interpreterLanguage),
    arrivalCategory: show('arrivalCategory', row.arrivalCategory),
    permitBasis: show('permitBasis', row.permitBasis),
    permitGrantedDate: show('permitGrantedDate', isoDate(row.permitGrantedDate)),
    permitGrantedAbroad: show('permitGrantedAbroad', row.permitGrantedAbroad),
    protectionApplicationDate: show('protectionApplicationDate', isoDate(row.protectionApplicationDate)),
    arrivalDate: show('arrivalDate', isoDate(row.arrivalDate)),
    settlementDate: show('settlementDate', isoDate(row.settlementDate)),
    settledByAgreement: show('settledByAgreement', row.settledByAgreement),
    nusLevel: show('nusLevel', row.nusLevel),
    addressProtection: show('addressProtection', row.addressProtection),
    addressHidden: !addressVisible,
    address: show('address', row.address),
    postalCode: show('postalCode', row.postalCode),
    postalTown: show('postalTown', row.postalTown),
    phone: show('phone', row.phone),
    email: show('email', row.email),
    caseworker: shown.has('caseworker') && row.caseworker ? { id: row.caseworker.id, name: row.caseworker.name } : null,
    households: shown.has('households') ? row.memberships.map(toHousehold) : [],
    withheldFields: ALL_FIELDS.filter((f) => !shown.has(f)),
    version: row.version,
  };
}

/** A search row: never address or contact details. */
export function toPersonListItem(row: PersonListRow): PersonListItem {
  return {
    id: row.id,
    firstName: row.firstName,
    lastName: row.lastName,
    birthDate: isoDate(row.birthDate),
    arrivalCategory: row.arrivalCategory,
    settlementDate: isoDate(row.settlementDate),
    caseworker: row.caseworker ? { id: row.caseworker.id, name: row.caseworker.name } : null,
    households: row.memberships.map((m) => ({
      householdId: m.household.id,
      name: m.household.name,
      relation: m.relation,
    })),
  };
}

export const PERSON_LIST_FIELDS = [
  'firstName',
  'lastName',
  'birthDate',
  'arrivalCategory',
  'settlementDate',
  'caseworker',
  'households',
];
