import { Injectable } from '@nestjs/common';
import type { Role } from '@ankomst/contracts';
import type { Prisma } from '../../generated/prisma/client';
import { PrismaService, type Tx } from '../../core/database/prisma.service';

/** The only place with user queries. Every query is scoped by municipality, except sign-in's e-mail lookup. */
@Injectable()
export class UsersRepository {
  constructor(private readonly prisma: PrismaService) {}

  findForSignIn(email: string) {
    return this.prisma.user.findUnique({ where: { email: email.trim().toLowerCase() } });
  }

  findWithMunicipality(municipalityId: string, userId: string) {
    return this.prisma.user.findFirst({ where: { id: userId, municipalityId }, include: { municipality: true } });
  }

  find(municipalityId: string, userId: string, tx?: Tx) {
    return (tx ?? this.prisma).user.findFirst({ where: { id: userId, municipalityId } });
  }

  async list(municipalityId: string, query: { page: number; pageSize: number; search?: string }) {
    const where: Prisma.UserWhereInput = {
      municipalityId,
      ...(query.search
        ? {
            OR: [
              { name: { contains: query.search, mode: 'insensitive' } },
              { email: { contains: query.search, mode: 'insensitive' } },
            ],
          }
        : {}),
    };
    const [items, total] = await Promise.all([
      this.prisma.user.findMany({
        where,
        orderBy: [{ name: 'asc' }, { id: 'asc' }],
        skip: (query.page - 1) * query.pageSize,
        take: query.pageSize,
      }),
      this.prisma.user.count({ where }),
    ]);
    return { items, total };
  }

  create(tx: Tx, data: { municipalityId: string; email: string; name: string; roles: Role[]; passwordHash: string }) {
    return tx.user.create({ data: { ...data, email: data.email.trim().toLowerCase(), passwordChangedAt: new Date() } });
  }

  /** Updates only if the stored version is `version`; returns false when it was not (stale or missing). */
  async updateVersioned(
    tx: Tx,
    municipalityId: string,
    userId: string,
    version: number,
    data: { name?: string; roles?: Role[]; active?: boolean },
  ): Promise<boolean> {
    const { count } = await tx.user.updateMany({
      where: { id: userId, municipalityId, version },
      data: { ...data, version: { increment: 1 } },
    });
    return count === 1;
  }

  setPassword(tx: Tx, municipalityId: string, userId: string, passwordHash: string) {
    return tx.user.updateMany({
      where: { id: userId, municipalityId },
      data: { passwordHash, passwordChangedAt: new Date(), version: { increment: 1 } },
    });
  }

  endSessions(tx: Tx, municipalityId: string, userId: string, exceptSid?: string) {
    return tx.userSession.deleteMany({
      where: { userId, municipalityId, ...(exceptSid ? { sid: { not: exceptSid } } : {}) },
    });
  }
}
