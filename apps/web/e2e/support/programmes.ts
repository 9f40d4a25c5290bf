import type { Programme } from '@ankomst/contracts';
import type { Page } from 'playwright-core';
import { apiPost } from './api';

/**
 * Arranged through the API (the household and settlement screens have their own spec): a quota refugee with upper
 * secondary, permit 20 Nov 2025, settled 10 Feb 2026, whose programme (end goal work) starts 16 Mar 2026. The
 * engine derives integreringsloven: 6 months. Returns the person's id.
 */
export async function settledParticipantWithProgramme(page: Page, name: { firstName: string; lastName: string }) {
  const household = await apiPost<{ id: string; version: number; members: { personId: string }[] }>(
    page,
    '/households',
    {
      name: `Familien ${name.lastName}`,
      imdiRequestDate: '2026-01-05',
      members: [
        {
          ...name,
          birthDate: '1994-04-02',
          sex: null,
          countryOfBirth: null,
          languages: [],
          interpreterNeeded: false,
          permitBasis: 'RESETTLEMENT',
          permitGrantedDate: '2025-11-20',
          permitGrantedAbroad: true,
          arrivalCategory: 'RESETTLEMENT',
          arrivalDate: '2026-02-10',
          nusLevel: 4,
          relation: 'HEAD',
        },
      ],
    },
  );
  const personId = household.members[0]?.personId;
  if (!personId) throw new Error('The household was registered without a member');
  let version = household.version;
  for (const [to, effectiveDate] of [
    ['ACCEPTED', '2026-01-20'],
    ['ARRIVED', '2026-02-10'],
    ['SETTLED', '2026-02-10'],
  ] as const) {
    const moved = await apiPost<{ version: number }>(page, `/households/${household.id}/transitions`, {
      to,
      effectiveDate,
      version,
      ...(to === 'SETTLED' ? { housingType: 'MUNICIPAL' } : {}),
    });
    version = moved.version;
  }
  await apiPost<Programme>(page, `/persons/${personId}/programmes`, {
    endGoal: 'WORK',
    decisionDate: '2026-03-02',
    startDate: '2026-03-16',
  });
  return personId;
}
