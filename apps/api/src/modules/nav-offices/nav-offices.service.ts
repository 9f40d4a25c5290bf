import { Injectable } from '@nestjs/common';
import { NavOfficeErrorCode, type NavOffice, type NavOfficeList } from '@ankomst/contracts';
import type { Actor } from '../../core/access/actor';
import { AuditService } from '../../core/audit/audit.service';
import { PrismaService } from '../../core/database/prisma.service';
import { AppError, ConflictError, NotFoundError } from '../../core/errors/app-error';
import { toNavOffice } from './nav-offices.mapper';
import { NavOfficesRepository } from './nav-offices.repository';

const isUniqueViolation = (error: unknown) => (error as { code?: string } | null)?.code === 'P2002';

/** The municipality's Nav offices (admin-managed), and which Nav advisers work at each. */
@Injectable()
export class NavOfficesService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly offices: NavOfficesRepository,
    private readonly audit: AuditService,
  ) {}

  async list(actor: Actor): Promise<NavOfficeList> {
    return { items: (await this.offices.list(actor.municipalityId)).map(toNavOffice) };
  }

  async create(actor: Actor, name: string): Promise<NavOffice> {
    return this.prisma
      .$transaction(async (tx) => {
        const row = await this.offices.create(tx, actor.municipalityId, name);
        await this.audit.record(
          actor,
          {
            action: 'CREATE',
            operation: 'navOffices.create',
            entityType: 'navOffice',
            entityId: row.id,
            fields: ['name'],
          },
          tx,
        );
        return toNavOffice(row);
      })
      .catch((error: unknown) => {
        if (isUniqueViolation(error))
          throw new ConflictError(NavOfficeErrorCode.NAME_TAKEN, `A Nav office named "${name}" already exists`);
        throw error;
      });
  }

  async rename(actor: Actor, navOfficeId: string, name: string): Promise<NavOffice> {
    return this.prisma
      .$transaction(async (tx) => {
        if (!(await this.offices.rename(tx, actor.municipalityId, navOfficeId, name)))
          throw new NotFoundError(NavOfficeErrorCode.NOT_FOUND, 'The Nav office');
        await this.audit.record(
          actor,
          {
            action: 'UPDATE',
            operation: 'navOffices.rename',
            entityType: 'navOffice',
            entityId: navOfficeId,
            fields: ['name'],
          },
          tx,
        );
        return toNavOffice((await this.offices.find(actor.municipalityId, navOfficeId, tx))!);
      })
      .catch((error: unknown) => {
        if (isUniqueViolation(error))
          throw new ConflictError(NavOfficeErrorCode.NAME_TAKEN, `A Nav office named "${name}" already exists`);
        throw error;
      });
  }

  async delete(actor: Actor, navOfficeId: string): Promise<void> {
    await this.prisma.$transaction(async (tx) => {
      if (!(await this.offices.find(actor.municipalityId, navOfficeId, tx)))
        throw new NotFoundError(NavOfficeErrorCode.NOT_FOUND, 'The Nav office');
      const handovers = await this.offices.countHandovers(tx, actor.municipalityId, navOfficeId);
      if (handovers > 0)
        throw new ConflictError(
          NavOfficeErrorCode.IN_USE,
          `The Nav office has ${handovers} handover(s) and cannot be deleted`,
        );
      await this.offices.delete(tx, actor.municipalityId, navOfficeId);
      await this.audit.record(
        actor,
        { action: 'DELETE', operation: 'navOffices.delete', entityType: 'navOffice', entityId: navOfficeId },
        tx,
      );
    });
  }

  /** Puts a NAV_ADVISER user at this office (moving them from any other); they then receive its handovers. */
  async addAdviser(actor: Actor, navOfficeId: string, userId: string): Promise<NavOffice> {
    return this.prisma.$transaction(async (tx) => {
      if (!(await this.offices.find(actor.municipalityId, navOfficeId, tx)))
        throw new NotFoundError(NavOfficeErrorCode.NOT_FOUND, 'The Nav office');
      const user = await this.offices.findUser(tx, actor.municipalityId, userId);
      if (!user) throw new NotFoundError('USER_NOT_FOUND', 'The user');
      if (!user.roles.includes('NAV_ADVISER')) {
        throw new AppError(
          NavOfficeErrorCode.USER_NOT_NAV_ADVISER,
          'Only users with the NAV_ADVISER role can work at a Nav office',
          400,
          [{ path: 'userId', code: NavOfficeErrorCode.USER_NOT_NAV_ADVISER, message: 'The user is not a Nav adviser' }],
        );
      }
      await this.offices.setUserOffice(tx, actor.municipalityId, userId, navOfficeId);
      await this.audit.record(
        actor,
        {
          action: 'UPDATE',
          operation: 'navOffices.addAdviser',
          entityType: 'user',
          entityId: userId,
          fields: ['navOfficeId'],
        },
        tx,
      );
      return toNavOffice((await this.offices.find(actor.municipalityId, navOfficeId, tx))!);
    });
  }

  async removeAdviser(actor: Actor, navOfficeId: string, userId: string): Promise<NavOffice> {
    return this.prisma.$transaction(async (tx) => {
      if (!(await this.offices.find(actor.municipalityId, navOfficeId, tx)))
        throw new NotFoundError(NavOfficeErrorCode.NOT_FOUND, 'The Nav office');
      const user = await this.offices.findUser(tx, actor.municipalityId, userId);
      if (!user || user.navOfficeId !== navOfficeId)
        throw new NotFoundError('USER_NOT_FOUND', 'The adviser at this office');
      await this.offices.setUserOffice(tx, actor.municipalityId, userId, null);
      await this.audit.record(
        actor,
        {
          action: 'UPDATE',
          operation: 'navOffices.removeAdviser',
          entityType: 'user',
          entityId: userId,
          fields: ['navOfficeId'],
        },
        tx,
      );
      return toNavOffice((await this.offices.find(actor.municipalityId, navOfficeId, tx))!);
    });
  }
}
