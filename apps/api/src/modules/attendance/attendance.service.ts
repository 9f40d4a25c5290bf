import { Injectable } from '@nestjs/common';
import {
  PROGRAMME_ACTIVITY,
  type AbsenceCheckResult,
  type AttendanceWriteResult,
  type ClassAttendanceDay,
  type CreateAttendanceBody,
  type ParticipantAttendanceMonth,
  type SaveClassAttendanceBody,
  type SaveClassAttendanceResult,
  type UpdateAttendanceBody,
} from '@ankomst/contracts';
import { eachDay, isWeekday } from '@ankomst/regimes';
import type { Actor } from '../../core/access/actor';
import { AuditService } from '../../core/audit/audit.service';
import { PrismaService } from '../../core/database/prisma.service';
import { StaleVersionError, ValidationError } from '../../core/errors/app-error';
import { mayReadFamilyMatters } from '../../core/access/person-scope';
import { absenceFacts, careFactsForAbsence } from './absence-facts';
import { checkRegistration, historyStart, monthRange, unauthorisedDays, type LedgerRow } from './absence-ledger';
import {
  AlreadyRegisteredError,
  AttendancePersonNotFoundError,
  AttendanceRecordNotFoundError,
  ClassNotFoundError,
  NoWorkingDaysError,
} from './attendance.errors';
import { toAttendanceRecord, toLedgerRow } from './attendance.mapper';
import { AttendanceRepository } from './attendance.repository';
import { isoDate as isoDay } from '../../core/database/date-column';
import { regimeInForce } from '../programmes/regime-in-force';

const RECORD_FIELDS = ['plannedHours', 'presentHours', 'absenceKind', 'note'];

/**
 * The attendance ledger: teachers fill in a class/day grid for the classes they teach, consultants register
 * and reclassify per participant. Each absence is checked by the rules engine against the participant's
 * history under their regime; the answer (warnings, days that become unauthorised) comes back with the save.
 */
@Injectable()
export class AttendanceService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly repo: AttendanceRepository,
    private readonly audit: AuditService,
  ) {}

  async listClasses(actor: Actor, onDate: string) {
    const rows = await this.repo.listClasses(actor, onDate);
    return {
      items: rows.map((c) => ({
        id: c.id,
        name: c.name,
        courseName: c.course.name,
        hoursPerDay: Number(c.hoursPerDay),
        learnerCount: c._count.enrolments,
      })),
    };
  }

  async getClassDay(actor: Actor, classId: string, date: string): Promise<ClassAttendanceDay> {
    const day = await this.classDay(actor, classId, date);
    await this.audit.recordMany(
      actor,
      day.learners.map((l) => ({
        action: 'READ' as const,
        operation: 'attendance.getClassDay',
        entityType: 'attendance_record',
        entityId: l.record?.id ?? null,
        personId: l.personId,
        fields: RECORD_FIELDS,
      })),
    );
    return day;
  }

  private async classDay(actor: Actor, classId: string, date: string): Promise<ClassAttendanceDay> {
    const cls = await this.repo.findClass(actor, classId);
    if (!cls) throw new ClassNotFoundError();
    const [learners, records] = await Promise.all([
      this.repo.learners(actor, classId, date),
      this.repo.recordsForClassDay(actor.municipalityId, classId, date),
    ]);
    const byPerson = new Map(records.map((r) => [r.personId, r]));
    return {
      classId: cls.id,
      className: cls.name,
      courseName: cls.course.name,
      date,
      hoursPerDay: Number(cls.hoursPerDay),
      learners: learners.map(({ person }) => {
        const record = byPerson.get(person.id);
        return {
          personId: person.id,
          firstName: person.firstName,
          lastName: person.lastName,
          record: record ? toAttendanceRecord(record) : null,
        };
      }),
    };
  }

  async saveClassDay(
    actor: Actor,
    classId: string,
    date: string,
    body: SaveClassAttendanceBody,
  ): Promise<SaveClassAttendanceResult> {
    const cls = await this.repo.findClass(actor, classId);
    if (!cls) throw new ClassNotFoundError();
    await this.prisma.$transaction(async (tx) => {
      const enrolled = new Set((await this.repo.learners(actor, classId, date, tx)).map((l) => l.person.id));
      const notEnrolled = body.rows.flatMap((r, i) => (enrolled.has(r.personId) ? [] : [i]));
      if (notEnrolled.length > 0) {
        throw new ValidationError(
          notEnrolled.map((i) => ({
            path: `rows.${i}.personId`,
            code: 'ATTENDANCE_NOT_ENROLLED',
            message: 'Not enrolled in this class on this date',
          })),
          'Some rows are for people not enrolled in the class on this date',
        );
      }
      const saved = [];
      for (const row of body.rows) saved.push(await this.repo.upsertClassRow(tx, actor, classId, date, row));
      await this.audit.recordMany(
        actor,
        saved.map((r) => ({
          action: 'UPDATE' as const,
          operation: 'attendance.saveClassDay',
          entityType: 'attendance_record',
          entityId: r.id,
          personId: r.personId,
          fields: RECORD_FIELDS,
        })),
        tx,
      );
    });
    const absent = body.rows.filter((r) => r.absenceKind);
    const checks = await this.checks(
      actor,
      date,
      absent.map((r) => ({
        personId: r.personId,
        kind: r.absenceKind!,
        from: date,
        to: date,
        hoursPerDay: r.plannedHours - r.presentHours,
      })),
    );
    return { day: await this.classDay(actor, classId, date), checks };
  }

  /** Runs the absence checker for new registrations, with each person's ledger and regime. */
  private async checks(
    actor: Actor,
    onDate: string,
    entries: {
      personId: string;
      kind: NonNullable<LedgerRow['absenceKind']>;
      from: string;
      to: string;
      hoursPerDay: number;
    }[],
  ): Promise<AbsenceCheckResult[]> {
    if (entries.length === 0) return [];
    const personIds = [...new Set(entries.map((e) => e.personId))];
    const latest = entries.reduce((m, e) => (e.to > m ? e.to : m), onDate);
    const childIllness = [...new Set(entries.filter((e) => e.kind === 'CHILD_ILLNESS').map((e) => e.personId))];
    const [programmes, rows, care] = await Promise.all([
      this.repo.programmesOn(actor.municipalityId, personIds, onDate),
      this.repo.absenceRows(actor.municipalityId, personIds, historyStart(onDate), latest),
      careFactsForAbsence(this.prisma, actor.municipalityId, childIllness, onDate),
    ]);
    const familyMatters = mayReadFamilyMatters(actor);
    const programmeOf = new Map(programmes.map((p) => [p.personId, p])); // latest start wins (ordered ascending)
    const results: AbsenceCheckResult[] = [];
    for (const e of entries) {
      const p = programmeOf.get(e.personId);
      if (!p?.startDate) continue; // not in a programme: no benefit, nothing to check
      const facts = absenceFacts(
        { regime: regimeInForce(p), programmeStart: isoDay(p.startDate) },
        care.get(e.personId),
      );
      const ledger = rows.filter((r) => r.personId === e.personId).map(toLedgerRow);
      const check = checkRegistration(
        ledger,
        { kind: e.kind, from: e.from, to: e.to, hoursPerDay: e.hoursPerDay > 0 ? e.hoursPerDay : null },
        facts,
      );
      results.push({
        personId: e.personId,
        kind: e.kind,
        from: e.from,
        to: e.to,
        warnings: check.warnings.map((w) =>
          // The child-illness quota reveals the care situation (special category): consultants only.
          w.code === 'ABSENCE_CHILD_ILLNESS_QUOTA_EXCEEDED' && !familyMatters
            ? {
                code: w.code,
                severity: w.severity,
                message: `Barns sykdom: ${w.days.length === 1 ? '1 dag går' : `${w.days.length} dager går`} ut over kvoten. Integreringskonsulenten kjenner omsorgsforholdene og vurderer fraværet.`,
                days: w.days,
                rule: {
                  id: w.rule.id,
                  text: 'Barns sykdom: kvoten avhenger av omsorgsforholdene.',
                  source: w.rule.source,
                },
              }
            : { code: w.code, severity: w.severity, message: w.message, days: w.days, rule: w.rule },
        ),
        unauthorisedDays: check.unauthorisedDays.map((u) => ({ date: u.date, hours: u.hours, reason: u.reason })),
      });
    }
    return results;
  }

  async personMonth(actor: Actor, personId: string, month: string): Promise<ParticipantAttendanceMonth> {
    const person = await this.repo.findPerson(actor, personId);
    if (!person) throw new AttendancePersonNotFoundError();
    const { first, last } = monthRange(month);
    const [records, programme, ledgerRows] = await Promise.all([
      this.repo.recordsForMonth(actor.municipalityId, personId, first, last),
      this.repo
        .programmeOn(actor.municipalityId, personId, last)
        .then((p) => p ?? this.repo.programmeOn(actor.municipalityId, personId, first)),
      this.repo.absenceRows(actor.municipalityId, [personId], historyStart(first), last),
    ]);
    const classIds = [...new Set(records.flatMap((r) => (r.classId ? [r.classId] : [])))];
    const classes = new Map(
      (await this.repo.classNames(actor.municipalityId, classIds)).map((c) => [c.id, `${c.course.name} – ${c.name}`]),
    );
    let ruled: ParticipantAttendanceMonth['unauthorisedDays'] = [];
    const regime = programme ? regimeInForce(programme) : null;
    if (programme?.startDate && regime) {
      const care = ledgerRows.some((r) => r.absenceKind === 'CHILD_ILLNESS')
        ? await careFactsForAbsence(this.prisma, actor.municipalityId, [personId], first)
        : new Map();
      ruled = unauthorisedDays(
        ledgerRows.map(toLedgerRow),
        absenceFacts({ regime, programmeStart: isoDay(programme.startDate) }, care.get(personId)),
        first,
        last,
      );
    }
    const mapped = records.map((r) => ({
      ...toAttendanceRecord(r),
      activityName:
        r.activityKey === PROGRAMME_ACTIVITY ? PROGRAMME_ACTIVITY : (classes.get(r.activityKey) ?? r.activityKey),
    }));
    await this.audit.record(actor, {
      action: 'READ',
      operation: 'attendance.personMonth',
      entityType: 'attendance_record',
      personId,
      fields: RECORD_FIELDS,
    });
    const sum = (xs: number[]) => Math.round(xs.reduce((a, b) => a + b, 0) * 100) / 100;
    return {
      personId,
      firstName: person.firstName,
      lastName: person.lastName,
      month,
      regime,
      records: mapped,
      unauthorisedDays: ruled,
      totals: {
        plannedHours: sum(mapped.map((r) => r.plannedHours)),
        presentHours: sum(mapped.map((r) => r.presentHours)),
        unauthorisedHours: sum(ruled.map((r) => r.hours)),
      },
    };
  }

  async createForPerson(actor: Actor, personId: string, body: CreateAttendanceBody): Promise<AttendanceWriteResult> {
    const person = await this.repo.findPerson(actor, personId);
    if (!person) throw new AttendancePersonNotFoundError();
    const activityKey = body.activityKey;
    let classId: string | null = null;
    if (activityKey !== PROGRAMME_ACTIVITY) {
      const isUuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(activityKey);
      if (!isUuid || !(await this.repo.isEnrolled(actor.municipalityId, personId, activityKey))) {
        throw new ValidationError([
          {
            path: 'activityKey',
            code: 'ATTENDANCE_NOT_ENROLLED',
            message: 'Must be "programme" or a class the participant is enrolled in',
          },
        ]);
      }
      classId = activityKey;
    }
    const to = body.to ?? body.from;
    const dates = eachDay(body.from, to).filter(isWeekday);
    if (dates.length === 0) throw new NoWorkingDaysError();
    if (dates.length > 62)
      throw new ValidationError([{ path: 'to', code: 'too_big', message: 'At most 62 working days at once' }]);
    const records = await this.prisma.$transaction(async (tx) => {
      const existing = await this.repo.existingOnDays(actor.municipalityId, personId, activityKey, dates, tx);
      if (existing.length > 0)
        throw new AlreadyRegisteredError(
          existing.map((e) => isoDay(e.date)),
          activityKey,
        );
      const created = await this.repo.createRecords(tx, actor, personId, dates, { ...body, activityKey, classId });
      await this.audit.record(
        actor,
        {
          action: 'CREATE',
          operation: 'attendance.createForPerson',
          entityType: 'attendance_record',
          personId,
          fields: RECORD_FIELDS,
        },
        tx,
      );
      return created;
    });
    const [check] = body.absenceKind
      ? await this.checks(actor, body.from, [
          { personId, kind: body.absenceKind, from: body.from, to, hoursPerDay: body.plannedHours - body.presentHours },
        ])
      : [];
    return { records: records.map(toAttendanceRecord), check: check ?? null };
  }

  async update(actor: Actor, recordId: string, body: UpdateAttendanceBody): Promise<AttendanceWriteResult> {
    const { version, ...changes } = body;
    const record = await this.prisma.$transaction(async (tx) => {
      const before = await this.repo.findRecord(actor, recordId, tx);
      if (!before) throw new AttendanceRecordNotFoundError();
      const ok = await this.repo.updateVersioned(tx, actor, recordId, version, changes);
      if (!ok) throw new StaleVersionError('The attendance record', before.version);
      await this.audit.record(
        actor,
        {
          action: 'UPDATE',
          operation: 'attendance.update',
          entityType: 'attendance_record',
          entityId: recordId,
          personId: before.personId,
          fields: Object.keys(changes),
        },
        tx,
      );
      return (await this.repo.findRecord(actor, recordId, tx))!;
    });
    const date = isoDay(record.date);
    const [check] = changes.absenceKind
      ? await this.checks(actor, date, [
          {
            personId: record.personId,
            kind: changes.absenceKind,
            from: date,
            to: date,
            hoursPerDay: changes.plannedHours - changes.presentHours,
          },
        ])
      : [];
    return { records: [toAttendanceRecord(record)], check: check ?? null };
  }
}
