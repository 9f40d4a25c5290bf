import { Injectable } from '@nestjs/common';
import {
  PlanErrorCode,
  ProgrammeErrorCode,
  type CreatePlanRevisionBody,
  type IntegrationPlan,
  type PlanWarning,
} from '@ankomst/contracts';
import type { Actor } from '../../core/access/actor';
import { AuditService } from '../../core/audit/audit.service';
import { PrismaService, type Tx } from '../../core/database/prisma.service';
import { ConflictError, NotFoundError, StaleVersionError } from '../../core/errors/app-error';
import { TimelineWriter } from '../timeline/timeline.writer';
import { dbDate, storedEvaluation } from '../programmes/programmes.mapper';
import { regimeInForce } from '../programmes/regime-in-force';
import { planWarnings } from './plan-warnings';
import { toPlan } from './plans.mapper';
import { PlansRepository, type PlanRow } from './plans.repository';

type ProgrammeForPlan = NonNullable<Awaited<ReturnType<PlansRepository['findProgramme']>>>;

/**
 * The integration plan: every revision is kept, the newest is current. A revision names the plan version it
 * was based on; the plan's version is bumped in the same transaction, so of two consultants saving at once one
 * wins and the other gets 409 STALE_VERSION.
 */
@Injectable()
export class PlansService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly plans: PlansRepository,
    private readonly audit: AuditService,
    private readonly timeline: TimelineWriter,
  ) {}

  async get(actor: Actor, programmeId: string): Promise<IntegrationPlan> {
    const programme = await this.plans.findProgramme(actor, programmeId);
    if (!programme) throw new NotFoundError(PlanErrorCode.PROGRAMME_NOT_FOUND, 'The programme');
    const plan = await this.plans.findPlan(actor.municipalityId, programmeId);
    await this.audit.record(actor, {
      action: 'READ',
      operation: 'plans.get',
      entityType: 'integrationPlan',
      entityId: plan?.id ?? null,
      personId: programme.personId,
      fields: ['revisions', 'elements', 'participantWishes', 'endGoal'],
    });
    return this.toContract(actor, programme, plan);
  }

  async revise(actor: Actor, programmeId: string, input: CreatePlanRevisionBody): Promise<IntegrationPlan> {
    const { programme } = await this.prisma
      .$transaction(async (tx) => {
        const found = await this.plans.findProgramme(actor, programmeId, tx);
        if (!found) throw new NotFoundError(PlanErrorCode.PROGRAMME_NOT_FOUND, 'The programme');
        if (found.status === 'COMPLETED' || found.status === 'DISCONTINUED') {
          throw new ConflictError(
            ProgrammeErrorCode.CLOSED,
            `The programme is ${found.status.toLowerCase()}; its plan can no longer be revised`,
          );
        }
        const planId = await this.claimVersion(tx, actor, programmeId, input.version);
        const revisionNumber = await this.plans.nextRevisionNumber(tx, planId);
        const revision = await this.plans.createRevision(
          tx,
          {
            municipalityId: actor.municipalityId,
            planId,
            revisionNumber,
            endGoal: input.endGoal,
            languageTargetLevel: input.languageTargetLevel,
            participantWishes: input.participantWishes,
            reason: input.reason,
            validFrom: dbDate(input.validFrom),
            includesSelfStudy: input.includesSelfStudy ?? false,
            createdById: actor.userId,
          },
          input.elements.map((e) => ({
            kind: e.kind,
            hoursPerWeek: e.hoursPerWeek,
            description: e.description ?? null,
            provider: e.provider ?? null,
            fromDate: dbDate(e.fromDate),
            toDate: dbDate(e.toDate),
          })),
        );
        await this.audit.record(
          actor,
          {
            action: 'CREATE',
            operation: 'plans.revise',
            entityType: 'integrationPlanRevision',
            entityId: revision.id,
            personId: found.personId,
            fields: Object.keys(input).filter((k) => k !== 'version'),
          },
          tx,
        );
        await this.timeline.record(tx, actor, {
          personId: found.personId,
          service: 'REFUGEE_SERVICE',
          kind: 'plan.revised',
          params: { programmeId, revisionNumber },
        });
        return { programme: found };
      })
      .catch((error: unknown) => {
        // Two first revisions at once: the plan row's unique programme id lets only one create it.
        if ((error as { code?: string } | null)?.code === 'P2002')
          throw new StaleVersionError(`The integration plan of programme ${programmeId}`);
        throw error;
      });
    return this.toContract(actor, programme, await this.plans.findPlan(actor.municipalityId, programmeId));
  }

  /** Checks the version the caller based the revision on and takes the next one; returns the plan id. */
  private async claimVersion(tx: Tx, actor: Actor, programmeId: string, version: number): Promise<string> {
    const plan = await this.plans.findPlan(actor.municipalityId, programmeId, tx);
    const what = `The integration plan of programme ${programmeId}`;
    if (!plan) {
      if (version !== 0) throw new StaleVersionError(what, 0);
      return (await this.plans.createPlan(tx, actor.municipalityId, programmeId)).id;
    }
    if (!(await this.plans.bumpVersion(tx, actor.municipalityId, plan.id, version)))
      throw new StaleVersionError(what, plan.version);
    return plan.id;
  }

  private async toContract(actor: Actor, programme: ProgrammeForPlan, plan: PlanRow | null): Promise<IntegrationPlan> {
    const ids = [
      ...new Set((plan?.revisions ?? []).map((r) => r.createdById).filter((id): id is string => id !== null)),
    ];
    const names = new Map((await this.plans.userNames(actor.municipalityId, ids)).map((u) => [u.id, u.name] as const));
    const current = plan?.revisions[0];
    let warnings: PlanWarning[] = [];
    if (current) {
      warnings = planWarnings({
        regime: regimeInForce(programme),
        evaluation: storedEvaluation(programme).result,
        elements: current.elements.map((e) => ({ kind: e.kind, hoursPerWeek: Number(e.hoursPerWeek) })),
        includesSelfStudy: current.includesSelfStudy,
        participationPercent: programme.participationPercent,
        validFrom: current.validFrom.toISOString().slice(0, 10),
      });
    }
    return toPlan(programme.id, plan, names, warnings);
  }
}
