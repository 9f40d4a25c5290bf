import { Injectable } from '@nestjs/common';
import type { CareFacts, UpdateCareFactsBody } from '@ankomst/contracts';
import { childIllnessQuota } from '@ankomst/regimes';
import type { Actor } from '../../core/access/actor';
import { AuditService } from '../../core/audit/audit.service';
import { isoDate } from '../../core/database/date-column';
import { PrismaService } from '../../core/database/prisma.service';
import { StaleVersionError } from '../../core/errors/app-error';
import { AttendanceRepository } from '../attendance/attendance.repository';
import { absenceFacts, careFacts, CHILD_ILLNESS_AGE_LIMIT } from '../attendance/absence-facts';
import { childrenInCareByPerson } from '../households/households.repository';
import { PersonNotFoundError } from '../persons/persons.errors';
import { regimeInForce } from '../programmes/regime-in-force';
import { CareFactsRepository } from './care-facts.repository';

const FIELDS = ['childrenUnder12', 'soleCarer', 'chronicallyIllChild'];

/**
 * A participant's care situation (children under 12, sole carer, chronically ill or disabled child): special-category
 * family data that consultants record and the absence rules read through attendance/absence-facts.ts. Every read and
 * write is audited; anyone but a consultant of the municipality gets 404.
 */
@Injectable()
export class CareFactsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly repo: CareFactsRepository,
    private readonly attendance: AttendanceRepository,
    private readonly audit: AuditService,
  ) {}

  async get(actor: Actor, personId: string, today: string): Promise<CareFacts> {
    if (!(await this.repo.findPerson(actor, personId))) throw new PersonNotFoundError();
    const facts = await this.view(actor, personId, today);
    await this.audit.record(actor, {
      action: 'READ',
      operation: 'careFacts.get',
      entityType: 'care_fact',
      personId,
      fields: FIELDS,
    });
    return facts;
  }

  /** Records the facts: the first save creates them (version null), later saves name the version they were based on. */
  async update(actor: Actor, personId: string, body: UpdateCareFactsBody, today: string): Promise<CareFacts> {
    const { version, ...data } = body;
    await this.prisma.$transaction(async (tx) => {
      if (!(await this.repo.findPerson(actor, personId, tx))) throw new PersonNotFoundError();
      const before = await this.repo.find(actor.municipalityId, personId, tx);
      if (!before || version === null) {
        if (before || version !== null) throw new StaleVersionError('The care facts', before?.version);
        await this.repo.create(tx, actor.municipalityId, personId, data);
      } else if (!(await this.repo.updateVersioned(tx, actor.municipalityId, personId, version, data))) {
        throw new StaleVersionError('The care facts', before.version);
      }
      await this.audit.record(
        actor,
        {
          action: before ? 'UPDATE' : 'CREATE',
          operation: 'careFacts.update',
          entityType: 'care_fact',
          personId,
          fields: FIELDS,
        },
        tx,
      );
    });
    return this.view(actor, personId, today);
  }

  private async view(actor: Actor, personId: string, today: string): Promise<CareFacts> {
    const [row, household, programme] = await Promise.all([
      this.repo.find(actor.municipalityId, personId),
      childrenInCareByPerson(this.prisma, actor.municipalityId, [personId], today, CHILD_ILLNESS_AGE_LIMIT),
      this.attendance.programmeOn(actor.municipalityId, personId, today),
    ]);
    const inHousehold = household.get(personId) ?? 0;
    const facts = careFacts(row, inHousehold);
    const quota = programme?.startDate
      ? childIllnessQuota(
          absenceFacts({ regime: regimeInForce(programme), programmeStart: isoDate(programme.startDate) }, facts),
          today,
        ).days
      : null;
    return {
      personId,
      recorded: row !== null,
      childrenUnder12: row?.childrenUnder12 ?? null,
      childrenUnder12InHousehold: inHousehold,
      soleCarer: facts.soleCarer ?? false,
      chronicallyIllChild: facts.chronicallyIllChild ?? false,
      childIllnessQuota: quota,
      version: row?.version ?? null,
      updatedAt: row ? row.updatedAt.toISOString() : null,
    };
  }
}
