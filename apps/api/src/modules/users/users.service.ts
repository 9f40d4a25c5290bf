import { Injectable } from '@nestjs/common';
import { UserErrorCode, type CreateUserBody, type UpdateUserBody, type User } from '@ankomst/contracts';
import type { Actor } from '../../core/access/actor';
import { AuditService } from '../../core/audit/audit.service';
import { hashPassword } from '../../core/auth/passwords';
import { PrismaService } from '../../core/database/prisma.service';
import { AppError, ConflictError, NotFoundError, StaleVersionError } from '../../core/errors/app-error';
import { toUser } from './users.mapper';
import { UsersRepository } from './users.repository';

/** An admin manages the users of their own municipality. */
@Injectable()
export class UsersService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly users: UsersRepository,
    private readonly audit: AuditService,
  ) {}

  async list(actor: Actor, query: { page: number; pageSize: number; search?: string }) {
    const { items, total } = await this.users.list(actor.municipalityId, query);
    return { items: items.map(toUser), page: query.page, pageSize: query.pageSize, total };
  }

  async create(actor: Actor, input: CreateUserBody): Promise<User> {
    const passwordHash = await hashPassword(input.password);
    const existing = await this.users.findForSignIn(input.email);
    if (existing) throw new ConflictError(UserErrorCode.EMAIL_TAKEN, 'A user with this e-mail address already exists');
    return this.prisma
      .$transaction(async (tx) => {
        const row = await this.users.create(tx, {
          municipalityId: actor.municipalityId,
          email: input.email,
          name: input.name,
          roles: input.roles,
          passwordHash,
        });
        await this.audit.record(
          actor,
          {
            action: 'CREATE',
            operation: 'users.create',
            entityType: 'user',
            entityId: row.id,
            fields: ['email', 'name', 'roles', 'password'],
          },
          tx,
        );
        return toUser(row);
      })
      .catch((error: unknown) => {
        // Another request created the same e-mail between the check above and this insert (the unique index).
        if ((error as { code?: string } | null)?.code === 'P2002')
          throw new ConflictError(UserErrorCode.EMAIL_TAKEN, 'A user with this e-mail address already exists');
        throw error;
      });
  }

  async update(actor: Actor, userId: string, input: UpdateUserBody): Promise<User> {
    if (input.active === false && userId === actor.userId) {
      throw new AppError(UserErrorCode.CANNOT_DEACTIVATE_SELF, 'You cannot deactivate your own account', 400);
    }
    const { version, ...changes } = input;
    return this.prisma.$transaction(async (tx) => {
      const updated = await this.users.updateVersioned(tx, actor.municipalityId, userId, version, changes);
      const row = await this.users.find(actor.municipalityId, userId, tx);
      if (!row) throw new NotFoundError(UserErrorCode.NOT_FOUND, 'The user');
      if (!updated) throw new StaleVersionError('The user', row.version);
      // Roles or status changed: the user's sessions carry the old roles, so they end here.
      if (changes.roles || changes.active === false) await this.users.endSessions(tx, actor.municipalityId, userId);
      await this.audit.record(
        actor,
        {
          action: 'UPDATE',
          operation: 'users.update',
          entityType: 'user',
          entityId: userId,
          fields: Object.keys(changes),
        },
        tx,
      );
      return toUser(row);
    });
  }

  async resetPassword(actor: Actor, userId: string, newPassword: string): Promise<void> {
    const passwordHash = await hashPassword(newPassword);
    await this.prisma.$transaction(async (tx) => {
      const { count } = await this.users.setPassword(tx, actor.municipalityId, userId, passwordHash);
      if (count === 0) throw new NotFoundError(UserErrorCode.NOT_FOUND, 'The user');
      await this.users.endSessions(tx, actor.municipalityId, userId);
      await this.audit.record(
        actor,
        {
          action: 'UPDATE',
          operation: 'users.resetPassword',
          entityType: 'user',
          entityId: userId,
          fields: ['password'],
        },
        tx,
      );
    });
  }
}
