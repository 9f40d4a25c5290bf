import { Injectable } from '@nestjs/common';
import type { CaseloadList, DeadlineList, ListCaseloadQuerySchema, ListDeadlinesQuerySchema } from '@ankomst/contracts';
import { addDays } from '@ankomst/regimes';
import type { z } from 'zod';
import { hasRole, type Actor } from '../../core/access/actor';
import { AuditService } from '../../core/audit/audit.service';
import { Clock } from '../../core/clock/clock';
import { toCaseloadItem, toDeadlineItem } from './caseload.mapper';
import { CaseloadRepository } from './caseload.repository';

const LIST_FIELDS = ['name', 'birthDate', 'regime', 'status', 'nextDeadline'];

/** "Mine deltakere" and "Frister": programmes in the actor's need-to-know scope, with their next deadline. */
@Injectable()
export class CaseloadService {
  constructor(
    private readonly caseload: CaseloadRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async list(actor: Actor, q: z.output<typeof ListCaseloadQuerySchema>): Promise<CaseloadList> {
    const today = this.clock.today();
    const where = this.caseload.where(actor, {
      mine: q.mine,
      regime: q.regime,
      status: q.status,
      search: q.search,
      deadlineOnOrBefore: q.deadlineWithinDays !== undefined ? addDays(today, q.deadlineWithinDays) : undefined,
      deadlineBefore: q.overdue ? today : undefined,
    });
    const { rows, total } = await this.caseload.page(actor, where, !q.mine, q.sort, q.page, q.pageSize);
    await this.audit.recordMany(
      actor,
      rows.map((r) => ({
        action: q.search ? 'SEARCH' : 'READ',
        operation: 'caseload.list',
        entityType: 'programme',
        entityId: r.id,
        personId: r.personId,
        fields: LIST_FIELDS,
      })),
    );
    return {
      items: rows.map((r) => toCaseloadItem(r, actor.userId, today)),
      page: q.page,
      pageSize: q.pageSize,
      total,
    };
  }

  async deadlines(actor: Actor, q: z.output<typeof ListDeadlinesQuerySchema>): Promise<DeadlineList> {
    const today = this.clock.today();
    // A consultant starts with their own caseload, a manager with the whole municipality.
    const scope = q.scope ?? (hasRole(actor, 'CONSULTANT') ? 'mine' : 'all');
    const filter = {
      mine: scope === 'mine',
      regime: q.regime,
      kind: q.kind,
      requireDeadline: true,
      deadlineOnOrBefore: q.withinDays !== undefined ? addDays(today, q.withinDays) : undefined,
      deadlineBefore: q.overdue ? today : undefined,
    };
    const where = this.caseload.where(actor, filter);
    const overdueWhere = this.caseload.where(actor, { ...filter, deadlineBefore: today });
    const { rows, total, overdueCount } = await this.caseload.deadlines(where, overdueWhere, q.page, q.pageSize);
    await this.audit.recordMany(
      actor,
      rows.map((r) => ({
        action: 'READ',
        operation: 'deadlines.list',
        entityType: 'programme',
        entityId: r.id,
        personId: r.personId,
        fields: [...LIST_FIELDS, 'deadlines'],
      })),
    );
    const items = rows.map((r) => toDeadlineItem(r, actor.userId, today)).filter((i) => i !== null);
    return { items, page: q.page, pageSize: q.pageSize, total, overdueCount };
  }
}
