import type { CreateHouseholdBodySchema, HouseholdRelation, NewHouseholdMember } from '@ankomst/contracts';
import type { z } from 'zod';

/** What the registration form holds (the contract's input); the resolver turns it into the request body. */
export type HouseholdFormInput = z.input<typeof CreateHouseholdBodySchema>;

export { languagesValue, nullIfEmpty, nusLevelValue } from '../../../lib/form-values';

export function emptyMember(relation: HouseholdRelation, lastName = ''): NewHouseholdMember {
  return {
    firstName: '',
    lastName,
    birthDate: '',
    sex: null,
    countryOfBirth: null,
    languages: [],
    interpreterNeeded: false,
    permitBasis: null,
    permitGrantedDate: null,
    permitGrantedAbroad: false,
    arrivalCategory: null,
    arrivalDate: null,
    nusLevel: null,
    relation,
  };
}

/** The member fields in the order they appear, for the error summary. */
export const MEMBER_FIELDS = [
  'firstName',
  'lastName',
  'birthDate',
  'relation',
  'sex',
  'countryOfBirth',
  'languages',
  'nusLevel',
  'permitBasis',
  'permitGrantedDate',
  'arrivalCategory',
  'arrivalDate',
] as const satisfies readonly (keyof NewHouseholdMember)[];

export const HOUSEHOLD_FIELDS = ['name', 'imdiReference', 'imdiRequestDate', 'expectedArrivalDate', 'notes'] as const;
