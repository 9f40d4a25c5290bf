import { toHousehold } from './households.mapper';
import type { HouseholdDetailRow } from './households.repository';

describe('toHousehold', () => {
  const d = (s: string) => new Date(`${s}T00:00:00Z`);
  const member = (relation: 'HEAD' | 'SPOUSE' | 'CHILD', birthDate: string, id: string) => ({
    id: `m${id}`,
    municipalityId: 'm',
    householdId: 'h',
    personId: id,
    relation,
    person: {
      id,
      firstName: 'A',
      lastName: 'B',
      birthDate: d(birthDate),
      sex: null,
      settlementDate: null,
      caseworkerId: null,
    },
  });
  const row = {
    id: 'h',
    municipalityId: 'm',
    name: 'Familien B',
    settlementStatus: 'ARRIVED',
    imdiReference: null,
    imdiRequestDate: null,
    decisionDate: null,
    expectedArrivalDate: null,
    arrivalDate: d('2024-03-05'),
    settlementDate: null,
    housingType: null,
    schoolPlaces: 0,
    kindergartenPlaces: 0,
    notes: null,
    version: 3,
    createdAt: new Date('2024-01-01T00:00:00Z'),
    updatedAt: new Date(),
    members: [
      member('CHILD', '2006-06-15', 'c'),
      member('SPOUSE', '1990-01-01', 's'),
      member('HEAD', '1988-01-01', 'h'),
    ],
    statusChanges: [],
    _count: { members: 4 },
  } as unknown as HouseholdDetailRow;

  it.each([
    ['2024-06-14', 17, false],
    ['2024-06-15', 18, true],
  ])('on %s the child is %i (adult: %s)', (asOf, age, adult) => {
    const h = toHousehold(row, asOf, new Map());
    const child = h.members.find((m) => m.relation === 'CHILD');
    expect(child).toMatchObject({ age, adult });
  });

  it('orders head, spouse, children; counts the members the reader may not see; offers the next steps', () => {
    const h = toHousehold(row, '2024-06-15', new Map());
    expect(h.members.map((m) => m.relation)).toEqual(['HEAD', 'SPOUSE', 'CHILD']);
    expect(h.hiddenMemberCount).toBe(1);
    expect(h.nextStatuses).toEqual(['SETTLED']);
  });
});
