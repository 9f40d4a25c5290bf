import { Injectable } from '@nestjs/common';
import type { AbsenceKind } from '@ankomst/contracts';
import type { Actor } from '../../core/access/actor';
import { hasRole } from '../../core/access/actor';
import { personScope } from '../../core/access/person-scope';
import { PrismaService, type Tx } from '../../core/database/prisma.service';
import type { Prisma } from '../../generated/prisma/client';
import { dateColumn as d } from '../../core/database/date-column';

export const RECORD_SELECT = {
  id: true,
  personId: true,
  date: true,
  activityKey: true,
  classId: true,
  plannedHours: true,
  presentHours: true,
  absenceKind: true,
  note: true,
  version: true,
} as const satisfies Prisma.AttendanceRecordSelect;
export type RecordRow = Prisma.AttendanceRecordGetPayload<{ select: typeof RECORD_SELECT }>;

/** The only place with attendance queries; every query has the municipality and, for persons, the actor's scope. */
@Injectable()
export class AttendanceRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** Teachers see the classes they teach; consultants every class in the municipality. */
  private classScope(actor: Actor): Prisma.CourseClassWhereInput {
    return {
      municipalityId: actor.municipalityId,
      ...(hasRole(actor, 'CONSULTANT') ? {} : { teachers: { some: { userId: actor.userId } } }),
    };
  }

  listClasses(actor: Actor, onDate: string) {
    return this.prisma.courseClass.findMany({
      where: {
        ...this.classScope(actor),
        startDate: { lte: d(onDate) },
        OR: [{ endDate: null }, { endDate: { gte: d(onDate) } }],
      },
      select: {
        id: true,
        name: true,
        hoursPerDay: true,
        course: { select: { name: true } },
        _count: {
          select: {
            enrolments: {
              where: { fromDate: { lte: d(onDate) }, OR: [{ toDate: null }, { toDate: { gte: d(onDate) } }] },
            },
          },
        },
      },
      orderBy: [{ course: { name: 'asc' } }, { name: 'asc' }],
    });
  }

  findClass(actor: Actor, classId: string) {
    return this.prisma.courseClass.findFirst({
      where: { id: classId, ...this.classScope(actor) },
      select: { id: true, name: true, hoursPerDay: true, course: { select: { name: true } } },
    });
  }

  /** Learners enrolled in the class on the date, within the actor's person scope. */
  learners(actor: Actor, classId: string, date: string, tx?: Tx) {
    return (tx ?? this.prisma).enrolment.findMany({
      where: {
        municipalityId: actor.municipalityId,
        classId,
        fromDate: { lte: d(date) },
        OR: [{ toDate: null }, { toDate: { gte: d(date) } }],
        person: personScope(actor),
      },
      select: { person: { select: { id: true, firstName: true, lastName: true } } },
      orderBy: [{ person: { lastName: 'asc' } }, { person: { firstName: 'asc' } }],
    });
  }

  recordsForClassDay(municipalityId: string, classId: string, date: string, tx?: Tx) {
    return (tx ?? this.prisma).attendanceRecord.findMany({
      where: { municipalityId, activityKey: classId, date: d(date) },
      select: RECORD_SELECT,
    });
  }

  upsertClassRow(
    tx: Tx,
    actor: Actor,
    classId: string,
    date: string,
    row: {
      personId: string;
      plannedHours: number;
      presentHours: number;
      absenceKind: AbsenceKind | null;
      note?: string | null;
    },
  ) {
    const data = {
      plannedHours: row.plannedHours,
      presentHours: row.presentHours,
      absenceKind: row.absenceKind,
      note: row.note ?? null,
      recordedById: actor.userId,
    };
    return tx.attendanceRecord.upsert({
      where: { personId_date_activityKey: { personId: row.personId, date: d(date), activityKey: classId } },
      create: {
        ...data,
        municipalityId: actor.municipalityId,
        personId: row.personId,
        date: d(date),
        activityKey: classId,
        classId,
      },
      update: { ...data, version: { increment: 1 } },
      select: RECORD_SELECT,
    });
  }

  findPerson(actor: Actor, personId: string) {
    return this.prisma.person.findFirst({
      where: { id: personId, ...personScope(actor) },
      select: { id: true, firstName: true, lastName: true },
    });
  }

  /** Whether the person is enrolled in the class (for a class activity key). */
  async isEnrolled(municipalityId: string, personId: string, classId: string): Promise<boolean> {
    const n = await this.prisma.enrolment.count({ where: { municipalityId, personId, classId } });
    return n > 0;
  }

  /** Absence rows (with a kind) of these persons between two dates, for the rules engine. */
  absenceRows(municipalityId: string, personIds: readonly string[], from: string, to: string, tx?: Tx) {
    return (tx ?? this.prisma).attendanceRecord.findMany({
      where: {
        municipalityId,
        personId: { in: [...personIds] },
        date: { gte: d(from), lte: d(to) },
        absenceKind: { not: null },
      },
      select: { personId: true, date: true, plannedHours: true, presentHours: true, absenceKind: true },
      orderBy: { date: 'asc' },
    });
  }

  /** The person's programme running on the date (the latest started), for the regime and start date. */
  programmeOn(municipalityId: string, personId: string, date: string) {
    return this.prisma.programme.findFirst({
      where: {
        municipalityId,
        personId,
        startDate: { not: null, lte: d(date) },
        OR: [{ endDate: null }, { endDate: { gte: d(date) } }],
      },
      select: { id: true, derivedRegime: true, regimeOverride: true, startDate: true },
      orderBy: { startDate: 'desc' },
    });
  }

  /** Programmes running on a date for several persons at once (grid checks). */
  programmesOn(municipalityId: string, personIds: readonly string[], date: string, tx?: Tx) {
    return (tx ?? this.prisma).programme.findMany({
      where: {
        municipalityId,
        personId: { in: [...personIds] },
        startDate: { not: null, lte: d(date) },
        OR: [{ endDate: null }, { endDate: { gte: d(date) } }],
      },
      select: { personId: true, derivedRegime: true, regimeOverride: true, startDate: true },
      orderBy: { startDate: 'asc' },
    });
  }

  recordsForMonth(municipalityId: string, personId: string, first: string, last: string) {
    return this.prisma.attendanceRecord.findMany({
      where: { municipalityId, personId, date: { gte: d(first), lte: d(last) } },
      select: RECORD_SELECT,
      orderBy: [{ date: 'asc' }, { activityKey: 'asc' }],
    });
  }

  classNames(municipalityId: string, classIds: readonly string[]) {
    return this.prisma.courseClass.findMany({
      where: { municipalityId, id: { in: [...classIds] } },
      select: { id: true, name: true, course: { select: { name: true } } },
    });
  }

  existingOnDays(municipalityId: string, personId: string, activityKey: string, dates: readonly string[], tx: Tx) {
    return tx.attendanceRecord.findMany({
      where: { municipalityId, personId, activityKey, date: { in: dates.map((date) => d(date)) } },
      select: { date: true },
    });
  }

  createRecords(
    tx: Tx,
    actor: Actor,
    personId: string,
    dates: readonly string[],
    input: {
      activityKey: string;
      classId: string | null;
      plannedHours: number;
      presentHours: number;
      absenceKind: AbsenceKind | null;
      note?: string | null;
    },
  ) {
    return tx.attendanceRecord.createManyAndReturn({
      data: dates.map((date) => ({
        municipalityId: actor.municipalityId,
        personId,
        date: d(date),
        activityKey: input.activityKey,
        classId: input.classId,
        plannedHours: input.plannedHours,
        presentHours: input.presentHours,
        absenceKind: input.absenceKind,
        note: input.note ?? null,
        recordedById: actor.userId,
      })),
      select: RECORD_SELECT,
    });
  }

  /** A record of a person in the actor's scope. */
  findRecord(actor: Actor, recordId: string, tx?: Tx) {
    return (tx ?? this.prisma).attendanceRecord.findFirst({
      where: { id: recordId, municipalityId: actor.municipalityId, person: personScope(actor) },
      select: RECORD_SELECT,
    });
  }

  async updateVersioned(
    tx: Tx,
    actor: Actor,
    recordId: string,
    version: number,
    data: { plannedHours: number; presentHours: number; absenceKind: AbsenceKind | null; note?: string | null },
  ): Promise<boolean> {
    const { count } = await tx.attendanceRecord.updateMany({
      where: { id: recordId, municipalityId: actor.municipalityId, version },
      data: { ...data, recordedById: actor.userId, version: { increment: 1 } },
    });
    return count === 1;
  }
}
