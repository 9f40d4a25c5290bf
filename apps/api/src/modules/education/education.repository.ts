import { Injectable } from '@nestjs/common';
import type { Prisma } from '../../generated/prisma/client';
import type { CefrLevel, CourseKind, LanguageSkill } from '../../generated/prisma/enums';
import type { Actor } from '../../core/access/actor';
import { personScope } from '../../core/access/person-scope';
import { PrismaService, type Tx } from '../../core/database/prisma.service';

const classInclude = {
  course: { select: { id: true, name: true, kind: true, languageTrack: true } },
  teachers: { select: { user: { select: { id: true, name: true } } } },
  _count: { select: { enrolments: true } },
} satisfies Prisma.CourseClassInclude;
export type ClassRow = Prisma.CourseClassGetPayload<{ include: typeof classInclude }>;

/**
 * What adult education may read about a learner (DOMAIN.md § 6.3): nothing about address, contact, money, health
 * or safeguarding is ever selected, so it cannot leak through a mapper.
 */
const learnerInclude = {
  class: { select: { id: true, name: true, course: { select: { name: true } } } },
  person: {
    select: {
      id: true,
      firstName: true,
      lastName: true,
      birthDate: true,
      languages: true,
      interpreterNeeded: true,
      interpreterLanguage: true,
      nusLevel: true,
      programmes: {
        orderBy: [{ startDate: { sort: 'desc' } }, { createdAt: 'desc' }],
        take: 1,
        select: {
          derivedRegime: true,
          regimeOverride: true,
          evaluation: true,
          startDate: true,
          plan: {
            select: {
              revisions: { orderBy: { revisionNumber: 'desc' }, take: 1, select: { languageTargetLevel: true } },
            },
          },
        },
      },
    },
  },
} satisfies Prisma.EnrolmentInclude;
export type LearnerRow = Prisma.EnrolmentGetPayload<{ include: typeof learnerInclude }>;

/** Classes the actor may open with their learners: a teacher their own; consultants and managers every class. */
export function classScope(actor: Pick<Actor, 'userId' | 'municipalityId' | 'roles'>): Prisma.CourseClassWhereInput {
  if (actor.roles.includes('CONSULTANT') || actor.roles.includes('MANAGER'))
    return { municipalityId: actor.municipalityId };
  if (actor.roles.includes('TEACHER'))
    return { municipalityId: actor.municipalityId, teachers: { some: { userId: actor.userId } } };
  return { id: { in: [] } };
}

/** The only place with adult-education queries: every one is scoped by municipality and need-to-know. */
@Injectable()
export class EducationRepository {
  constructor(private readonly prisma: PrismaService) {}

  listCourses(municipalityId: string) {
    return this.prisma.course.findMany({
      where: { municipalityId },
      include: { classes: { include: classInclude, orderBy: [{ startDate: 'desc' }, { name: 'asc' }] } },
      orderBy: [{ name: 'asc' }, { id: 'asc' }],
    });
  }

  findCourse(municipalityId: string, courseId: string, tx?: Tx) {
    return (tx ?? this.prisma).course.findFirst({
      where: { id: courseId, municipalityId },
      include: { classes: { include: classInclude, orderBy: [{ startDate: 'desc' }, { name: 'asc' }] } },
    });
  }

  createCourse(tx: Tx, data: { municipalityId: string; name: string; kind: CourseKind; languageTrack: number | null }) {
    return tx.course.create({ data });
  }

  listClasses(actor: Actor, mine: boolean) {
    return this.prisma.courseClass.findMany({
      where: {
        municipalityId: actor.municipalityId,
        ...(mine ? { teachers: { some: { userId: actor.userId } } } : {}),
      },
      include: classInclude,
      orderBy: [{ startDate: 'desc' }, { name: 'asc' }, { id: 'asc' }],
    });
  }

  findClass(actor: Actor, classId: string, tx?: Tx) {
    return (tx ?? this.prisma).courseClass.findFirst({
      where: { AND: [{ id: classId }, classScope(actor)] },
      include: classInclude,
    });
  }

  /** Any class of the municipality (enrolment by a consultant does not need to read its learners). */
  findClassInMunicipality(municipalityId: string, classId: string, tx?: Tx) {
    return (tx ?? this.prisma).courseClass.findFirst({ where: { id: classId, municipalityId }, include: classInclude });
  }

  createClass(
    tx: Tx,
    data: {
      municipalityId: string;
      courseId: string;
      name: string;
      startDate: Date;
      endDate: Date | null;
      hoursPerDay?: number;
    },
  ) {
    return tx.courseClass.create({ data });
  }

  findUser(tx: Tx, municipalityId: string, userId: string) {
    return tx.user.findFirst({ where: { id: userId, municipalityId }, select: { id: true, roles: true } });
  }

  addTeacher(tx: Tx, municipalityId: string, classId: string, userId: string) {
    return tx.classTeacher.upsert({
      where: { classId_userId: { classId, userId } },
      create: { municipalityId, classId, userId },
      update: {},
    });
  }

  async removeTeacher(tx: Tx, municipalityId: string, classId: string, userId: string): Promise<boolean> {
    const { count } = await tx.classTeacher.deleteMany({ where: { municipalityId, classId, userId } });
    return count === 1;
  }

  /** The learners of a class that the actor may see. */
  learnersOfClass(actor: Actor, classId: string) {
    return this.prisma.enrolment.findMany({
      where: { municipalityId: actor.municipalityId, classId, person: personScope(actor) },
      include: learnerInclude,
      orderBy: [{ person: { lastName: 'asc' } }, { person: { firstName: 'asc' } }, { id: 'asc' }],
    });
  }

  /** One enrolment, if the actor may open its class and see its person. */
  findEnrolment(actor: Actor, enrolmentId: string, tx?: Tx) {
    return (tx ?? this.prisma).enrolment.findFirst({
      where: {
        id: enrolmentId,
        municipalityId: actor.municipalityId,
        person: personScope(actor),
        class: classScope(actor),
      },
      include: learnerInclude,
    });
  }

  enrolmentsOfPerson(actor: Actor, personId: string) {
    return this.prisma.enrolment.findMany({
      where: { municipalityId: actor.municipalityId, personId, person: personScope(actor), class: classScope(actor) },
      include: learnerInclude,
      orderBy: [{ fromDate: 'desc' }, { id: 'asc' }],
    });
  }

  personInScope(actor: Actor, personId: string, tx?: Tx) {
    return (tx ?? this.prisma).person.findFirst({
      where: { AND: [{ id: personId }, personScope(actor)] },
      select: {
        id: true,
        permitGrantedDate: true,
        programmes: {
          orderBy: [{ startDate: { sort: 'desc' } }, { createdAt: 'desc' }],
          take: 1,
          select: { derivedRegime: true, regimeOverride: true, evaluation: true },
        },
      },
    });
  }

  createEnrolment(
    tx: Tx,
    data: {
      municipalityId: string;
      classId: string;
      personId: string;
      fromDate: Date;
      toDate: Date | null;
      entitledHours: number | null;
    },
  ) {
    return tx.enrolment.create({ data });
  }

  updateEnrolment(
    tx: Tx,
    municipalityId: string,
    enrolmentId: string,
    data: { toDate?: Date | null; entitledHours?: number | null; socialStudiesCompletedDate?: Date | null },
  ) {
    return tx.enrolment.updateMany({ where: { id: enrolmentId, municipalityId }, data });
  }

  /** Hours present per person in one class, from the attendance ledger. */
  async hoursCompleted(
    municipalityId: string,
    pairs: { personId: string; classId: string }[],
  ): Promise<Map<string, number>> {
    if (pairs.length === 0) return new Map();
    const rows = await this.prisma.attendanceRecord.groupBy({
      by: ['personId', 'classId'],
      where: { municipalityId, OR: pairs.map((p) => ({ personId: p.personId, classId: p.classId })) },
      _sum: { presentHours: true },
    });
    return new Map(rows.map((r) => [`${r.personId}:${r.classId}`, Number(r._sum.presentHours ?? 0)]));
  }

  assessments(municipalityId: string, personIds: string[]) {
    if (personIds.length === 0) return Promise.resolve([]);
    return this.prisma.languageAssessment.findMany({
      where: { municipalityId, personId: { in: personIds } },
      orderBy: [{ assessedOn: 'desc' }, { createdAt: 'desc' }],
      select: { id: true, personId: true, skill: true, level: true, assessedOn: true, testName: true },
    });
  }

  createAssessments(
    tx: Tx,
    rows: {
      municipalityId: string;
      personId: string;
      assessedOn: Date;
      skill: LanguageSkill;
      level: CefrLevel;
      testName: string | null;
      assessorId: string;
    }[],
  ) {
    return tx.languageAssessment.createMany({ data: rows });
  }
}
