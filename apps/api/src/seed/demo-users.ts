import type { Role } from '@ankomst/contracts';
import type { PrismaClient } from '../generated/prisma/client';
import { hashPassword } from '../core/auth/passwords';

/** The demo municipality and one user per role. Passwords are public: this is demo data, never production. */
export const DEMO_PASSWORD = 'Demo-passord-2026';
export const DEMO_MUNICIPALITY = { name: 'Demo kommune', municipalityNumber: '9999' };
export const DEMO_NAV_OFFICE = 'Nav Demo';

export const DEMO_USERS: ReadonlyArray<{ email: string; name: string; roles: Role[] }> = [
  { email: 'konsulent@demo.ankomst.no', name: 'Kari Konsulent', roles: ['CONSULTANT'] },
  { email: 'nav@demo.ankomst.no', name: 'Nils Navveileder', roles: ['NAV_ADVISER'] },
  { email: 'laerer@demo.ankomst.no', name: 'Line Lærer', roles: ['TEACHER'] },
  { email: 'leder@demo.ankomst.no', name: 'Lars Leder', roles: ['MANAGER'] },
  { email: 'admin@demo.ankomst.no', name: 'Anne Admin', roles: ['ADMIN'] },
];

/** Idempotent: creates what is missing and leaves existing users (and changed passwords) alone. */
export async function seedDemoUsers(prisma: PrismaClient): Promise<{ municipalityId: string; created: number }> {
  const municipality = await prisma.municipality.upsert({
    where: { municipalityNumber: DEMO_MUNICIPALITY.municipalityNumber },
    create: DEMO_MUNICIPALITY,
    update: {},
  });
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  let created = 0;
  for (const u of DEMO_USERS) {
    const existing = await prisma.user.findUnique({ where: { email: u.email } });
    if (existing) continue;
    await prisma.user.create({
      data: { ...u, municipalityId: municipality.id, passwordHash, passwordChangedAt: new Date() },
    });
    created += 1;
  }
  // The demo Nav office, with the demo Nav adviser working there (handovers are sent to an office).
  const navOffice = await prisma.navOffice.upsert({
    where: { municipalityId_name: { municipalityId: municipality.id, name: DEMO_NAV_OFFICE } },
    create: { municipalityId: municipality.id, name: DEMO_NAV_OFFICE },
    update: {},
  });
  await prisma.user.updateMany({
    where: { email: 'nav@demo.ankomst.no', municipalityId: municipality.id, navOfficeId: null },
    data: { navOfficeId: navOffice.id },
  });
  return { municipalityId: municipality.id, created };
}
