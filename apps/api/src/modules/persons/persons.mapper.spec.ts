import { toPerson, viewFor, visibleFields } from './persons.mapper';
import type { PersonDetailRow } from './persons.repository';

const d = (s: string) => new Date(`${s}T00:00:00Z`);
const row = (overrides: Partial<PersonDetailRow> = {}): PersonDetailRow =>
  ({
    id: '11111111-1111-4111-8111-111111111111',
    municipalityId: 'm',
    firstName: 'Amina',
    lastName: 'Haddad',
    birthDate: d('1990-05-17'),
    sex: 'FEMALE',
    countryOfBirth: 'SY',
    languages: ['ar'],
    interpreterNeeded: true,
    interpreterLanguage: 'ar',
    arrivalCategory: 'RESETTLEMENT',
    permitBasis: 'RESETTLEMENT',
    permitGrantedDate: d('2023-09-01'),
    permitGrantedAbroad: true,
    protectionApplicationDate: null,
    arrivalDate: d('2023-11-20'),
    immigrationDate: null,
    settlementDate: d('2023-11-20'),
    settledByAgreement: true,
    nusLevel: 3,
    addressProtection: 'NONE',
    address: 'Storgata 1',
    postalCode: '9500',
    postalTown: 'Alta',
    phone: '+47 912 34 567',
    email: 'a@example.test',
    sponsorId: null,
    referencePersonSettledDate: null,
    familyApplicationDate: null,
    caseworkerId: 'c',
    leftMunicipalityDate: null,
    version: 2,
    createdAt: new Date(),
    updatedAt: new Date(),
    caseworker: { id: '22222222-2222-4222-8222-222222222222', name: 'Kari' },
    memberships: [],
    ...overrides,
  }) as PersonDetailRow;

describe('viewFor', () => {
  it.each([
    [['CONSULTANT'], 'FULL'],
    [['MANAGER'], 'FULL'],
    [['NAV_ADVISER'], 'NAV'],
    [['TEACHER'], 'EDUCATION'],
    [['TEACHER', 'NAV_ADVISER'], 'NAV'],
    [['TEACHER', 'CONSULTANT'], 'FULL'],
  ] as const)('%j sees the %s view', (roles, view) => {
    expect(viewFor({ roles: [...roles] })).toBe(view);
  });
});

describe('toPerson', () => {
  it.each([
    ['FULL', true, ['address', 'phone', 'permitGrantedAbroad'], []],
    ['FULL', false, ['permitGrantedAbroad'], ['address', 'postalCode', 'postalTown', 'phone', 'email']],
    [
      'NAV',
      true,
      ['phone', 'email', 'permitBasis', 'permitGrantedDate'],
      [
        'address',
        'postalCode',
        'postalTown',
        'permitGrantedAbroad',
        'protectionApplicationDate',
        'settledByAgreement',
        'addressProtection',
      ],
    ],
    ['NAV', false, ['permitBasis'], ['address', 'phone', 'email']],
    [
      'EDUCATION',
      true,
      ['languages', 'interpreterLanguage', 'arrivalDate', 'settlementDate', 'nusLevel'],
      ['phone', 'email', 'address', 'permitBasis', 'permitGrantedDate', 'countryOfBirth', 'arrivalCategory', 'sex'],
    ],
  ] as const)(
    'the %s view (address visible: %s) shows %j and withholds %j',
    (view, addressVisible, shown, withheld) => {
      const person = toPerson(row(), view, addressVisible);
      for (const f of shown) expect(person[f]).not.toBeNull();
      for (const f of withheld) {
        expect(person.withheldFields).toContain(f);
        expect(person[f]).toBeNull();
      }
      expect(visibleFields(view, addressVisible).some((f) => (withheld as readonly string[]).includes(f))).toBe(false);
      expect(person.addressHidden).toBe(!addressVisible);
    },
  );

  it('maps calendar dates without a time-zone shift', () => {
    expect(toPerson(row({ birthDate: d('2000-12-31') }), 'FULL', true).birthDate).toBe('2000-12-31');
  });
});
