import { Injectable } from '@nestjs/common';
import { PrismaService, type Tx } from '../../core/database/prisma.service';

const withAdvisers = {
  advisers: { select: { id: true, name: true }, orderBy: [{ name: 'asc' as const }, { id: 'asc' as const }] },
};

/** The only place with Nav office queries; every query is scoped by municipality. */
@Injectable()
export class NavOfficesRepository {
  constructor(private readonly prisma: PrismaService) {}

  list(municipalityId: string) {
    return this.prisma.navOffice.findMany({
      where: { municipalityId },
      include: withAdvisers,
      orderBy: [{ name: 'asc' }, { id: 'asc' }],
    });
  }

  find(municipalityId: string, navOfficeId: string, tx?: Tx) {
    return (tx ?? this.prisma).navOffice.findFirst({
      where: { id: navOfficeId, municipalityId },
      include: withAdvisers,
    });
  }

  create(tx: Tx, municipalityId: string, name: string) {
    return tx.navOffice.create({ data: { municipalityId, name }, include: withAdvisers });
  }

  async rename(tx: Tx, municipalityId: string, navOfficeId: string, name: string): Promise<boolean> {
    const { count } = await tx.navOffice.updateMany({ where: { id: navOfficeId, municipalityId }, data: { name } });
    return count === 1;
  }

  countHandovers(tx: Tx, municipalityId: string, navOfficeId: string) {
    return tx.handover.count({ where: { municipalityId, navOfficeId } });
  }

  async delete(tx: Tx, municipalityId: string, navOfficeId: string): Promise<boolean> {
    await tx.user.updateMany({ where: { municipalityId, navOfficeId }, data: { navOfficeId: null } });
    const { count } = await tx.navOffice.deleteMany({ where: { id: navOfficeId, municipalityId } });
    return count === 1;
  }

  findUser(tx: Tx, municipalityId: string, userId: string) {
    return tx.user.findFirst({
      where: { id: userId, municipalityId },
      select: { id: true, roles: true, navOfficeId: true },
    });
  }

  setUserOffice(tx: Tx, municipalityId: string, userId: string, navOfficeId: string | null) {
    return tx.user.updateMany({
      where: { id: userId, municipalityId },
      data: { navOfficeId, version: { increment: 1 } },
    });
  }
}
