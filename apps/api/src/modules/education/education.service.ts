import { Injectable } from '@nestjs/common';
import {
  EducationErrorCode,
  type ClassDetail,
  type ClassList,
  type ClassSummary,
  type Course,
  type CreateAssessmentsBody,
  type CreateClassBody,
  type CreateCourseBody,
  type CreateEnrolmentBody,
  type EnrolmentDetail,
  type Service,
  type UpdateEnrolmentBody,
} from '@ankomst/contracts';
import type { Actor } from '../../core/access/actor';
import { AuditService } from '../../core/audit/audit.service';
import { Clock } from '../../core/clock/clock';
import { PrismaService } from '../../core/database/prisma.service';
import { AppError, ConflictError, NotFoundError, ValidationError } from '../../core/errors/app-error';
import { TimelineWriter } from '../timeline/timeline.writer';
import { defaultEntitledHours } from './education-entitlement';
import { toAssessment, toClassSummary, toLearner } from './education.mapper';
import { EducationRepository, type LearnerRow } from './education.repository';
import { dateColumn as day } from '../../core/database/date-column';

const optionalDay = (iso: string | null | undefined) =>
  iso === undefined ? undefined : iso === null ? null : day(iso);
/** The fields of a learner that a read shows (audited by name, never values). */
const LEARNER_FIELDS = [
  'name',
  'birthDate',
  'languages',
  'interpreter',
  'nusLevel',
  'regime',
  'norwegianTraining',
  'targetLevel',
  'hours',
  'assessments',
  'socialStudies',
];

/** Adult education: courses and classes, enrolment, Norwegian level assessments and hours against entitlement. */
@Injectable()
export class EducationService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly education: EducationRepository,
    private readonly audit: AuditService,
    private readonly timeline: TimelineWriter,
    private readonly clock: Clock,
  ) {}

  async listCourses(actor: Actor): Promise<{ items: Course[] }> {
    const rows = await this.education.listCourses(actor.municipalityId);
    return {
      items: rows.map((c) => ({
        id: c.id,
        name: c.name,
        kind: c.kind,
        languageTrack: c.languageTrack,
        classes: c.classes.map(toClassSummary),
      })),
    };
  }

  async createCourse(actor: Actor, input: CreateCourseBody): Promise<Course> {
    return this.prisma.$transaction(async (tx) => {
      const row = await this.education.createCourse(tx, {
        municipalityId: actor.municipalityId,
        name: input.name,
        kind: input.kind,
        languageTrack: input.languageTrack ?? null,
      });
      await this.audit.record(
        actor,
        {
          action: 'CREATE',
          operation: 'education.createCourse',
          entityType: 'course',
          entityId: row.id,
          fields: Object.keys(input),
        },
        tx,
      );
      return { id: row.id, name: row.name, kind: row.kind, languageTrack: row.languageTrack, classes: [] };
    });
  }

  /** A new class of a course; the teacher who creates it teaches it. */
  async createClass(actor: Actor, courseId: string, input: CreateClassBody): Promise<ClassSummary> {
    const classId = await this.prisma.$transaction(async (tx) => {
      if (!(await this.education.findCourse(actor.municipalityId, courseId, tx)))
        throw new NotFoundError(EducationErrorCode.COURSE_NOT_FOUND, 'The course');
      const row = await this.education.createClass(tx, {
        municipalityId: actor.municipalityId,
        courseId,
        name: input.name,
        startDate: day(input.startDate),
        endDate: input.endDate ? day(input.endDate) : null,
        ...(input.hoursPerDay === undefined ? {} : { hoursPerDay: input.hoursPerDay }),
      });
      if (actor.roles.includes('TEACHER'))
        await this.education.addTeacher(tx, actor.municipalityId, row.id, actor.userId);
      await this.audit.record(
        actor,
        {
          action: 'CREATE',
          operation: 'education.createClass',
          entityType: 'class',
          entityId: row.id,
          fields: Object.keys(input),
        },
        tx,
      );
      return row.id;
    });
    return toClassSummary((await this.education.findClassInMunicipality(actor.municipalityId, classId))!);
  }

  async listClasses(actor: Actor, mine: boolean): Promise<ClassList> {
    return { items: (await this.education.listClasses(actor, mine)).map(toClassSummary) };
  }

  /** A class with its learners: a teacher opens only classes they teach; each learner read is audited. */
  async getClass(actor: Actor, classId: string): Promise<ClassDetail> {
    const row = await this.education.findClass(actor, classId);
    if (!row) throw new NotFoundError(EducationErrorCode.CLASS_NOT_FOUND, 'The class');
    const learners = await this.learners(actor, await this.education.learnersOfClass(actor, classId));
    await this.audit.recordMany(
      actor,
      learners.map((l) => ({
        action: 'READ' as const,
        operation: 'education.getClass',
        entityType: 'enrolment',
        entityId: l.enrolmentId,
        personId: l.person.id,
        fields: LEARNER_FIELDS,
      })),
    );
    return { ...toClassSummary(row), learners };
  }

  async addTeacher(actor: Actor, classId: string, userId: string): Promise<ClassSummary> {
    await this.prisma.$transaction(async (tx) => {
      if (!(await this.education.findClass(actor, classId, tx)))
        throw new NotFoundError(EducationErrorCode.CLASS_NOT_FOUND, 'The class');
      const user = await this.education.findUser(tx, actor.municipalityId, userId);
      if (!user) throw new NotFoundError('USER_NOT_FOUND', 'The user');
      if (!user.roles.includes('TEACHER')) {
        throw new AppError(
          EducationErrorCode.USER_NOT_TEACHER,
          'Only users with the TEACHER role can teach a class',
          400,
          [{ path: 'userId', code: EducationErrorCode.USER_NOT_TEACHER, message: 'The user is not a teacher' }],
        );
      }
      await this.education.addTeacher(tx, actor.municipalityId, classId, userId);
      await this.audit.record(
        actor,
        {
          action: 'UPDATE',
          operation: 'education.addTeacher',
          entityType: 'class',
          entityId: classId,
          fields: ['teachers'],
        },
        tx,
      );
    });
    return toClassSummary((await this.education.findClassInMunicipality(actor.municipalityId, classId))!);
  }

  async removeTeacher(actor: Actor, classId: string, userId: string): Promise<ClassSummary> {
    await this.prisma.$transaction(async (tx) => {
      if (!(await this.education.findClass(actor, classId, tx)))
        throw new NotFoundError(EducationErrorCode.CLASS_NOT_FOUND, 'The class');
      if (!(await this.education.removeTeacher(tx, actor.municipalityId, classId, userId)))
        throw new NotFoundError('USER_NOT_FOUND', 'The teacher of this class');
      await this.audit.record(
        actor,
        {
          action: 'UPDATE',
          operation: 'education.removeTeacher',
          entityType: 'class',
          entityId: classId,
          fields: ['teachers'],
        },
        tx,
      );
    });
    return toClassSummary((await this.education.findClassInMunicipality(actor.municipalityId, classId))!);
  }

  /**
   * Enrols a participant: a consultant in any class of the municipality, a teacher in a class they teach (and only a
   * person they already see). Entitled hours default from the rules engine when not given.
   */
  async enrol(actor: Actor, classId: string, input: CreateEnrolmentBody): Promise<EnrolmentDetail> {
    const enrolmentId = await this.prisma
      .$transaction(async (tx) => {
        const cls = actor.roles.includes('CONSULTANT')
          ? await this.education.findClassInMunicipality(actor.municipalityId, classId, tx)
          : await this.education.findClass(actor, classId, tx);
        if (!cls) throw new NotFoundError(EducationErrorCode.CLASS_NOT_FOUND, 'The class');
        const person = await this.education.personInScope(actor, input.personId, tx);
        if (!person) throw new NotFoundError(EducationErrorCode.PERSON_NOT_FOUND, 'The person');
        const entitledHours =
          input.entitledHours !== undefined
            ? input.entitledHours
            : defaultEntitledHours(person.programmes[0], person.permitGrantedDate);
        const row = await this.education.createEnrolment(tx, {
          municipalityId: actor.municipalityId,
          classId,
          personId: input.personId,
          fromDate: day(input.fromDate),
          toDate: input.toDate ? day(input.toDate) : null,
          entitledHours,
        });
        await this.timeline.record(tx, actor, {
          personId: input.personId,
          service: this.serviceOf(actor),
          kind: 'education.enrolled',
          params: { className: cls.name, courseName: cls.course.name, fromDate: input.fromDate },
        });
        await this.audit.record(
          actor,
          {
            action: 'CREATE',
            operation: 'education.enrol',
            entityType: 'enrolment',
            entityId: row.id,
            personId: input.personId,
            fields: ['classId', 'fromDate', 'toDate', 'entitledHours'],
          },
          tx,
        );
        return row.id;
      })
      .catch((error: unknown) => {
        if ((error as { code?: string } | null)?.code === 'P2002')
          throw new ConflictError(EducationErrorCode.ALREADY_ENROLLED, 'The person is already enrolled in this class');
        throw error;
      });
    return this.enrolmentDetail(actor, enrolmentId, false);
  }

  async listEnrolments(actor: Actor, personId: string) {
    const rows = await this.education.enrolmentsOfPerson(actor, personId);
    const learners = await this.learners(actor, rows);
    await this.audit.recordMany(
      actor,
      learners.map((l) => ({
        action: 'READ' as const,
        operation: 'education.listEnrolments',
        entityType: 'enrolment',
        entityId: l.enrolmentId,
        personId: l.person.id,
        fields: LEARNER_FIELDS,
      })),
    );
    return {
      items: learners.map((l, i) => ({ ...l, className: rows[i]!.class.name, courseName: rows[i]!.class.course.name })),
    };
  }

  getEnrolment(actor: Actor, enrolmentId: string): Promise<EnrolmentDetail> {
    return this.enrolmentDetail(actor, enrolmentId, true);
  }

  async updateEnrolment(actor: Actor, enrolmentId: string, input: UpdateEnrolmentBody): Promise<EnrolmentDetail> {
    await this.prisma.$transaction(async (tx) => {
      const row = await this.education.findEnrolment(actor, enrolmentId, tx);
      if (!row) throw new NotFoundError(EducationErrorCode.ENROLMENT_NOT_FOUND, 'The enrolment');
      const toDate = optionalDay(input.toDate);
      if (toDate && toDate < row.fromDate)
        throw new ValidationError([
          { path: 'toDate', code: 'too_small', message: 'The end date is before the start date' },
        ]);
      await this.education.updateEnrolment(tx, actor.municipalityId, enrolmentId, {
        toDate,
        entitledHours: input.entitledHours,
        socialStudiesCompletedDate: optionalDay(input.socialStudiesCompletedDate),
      });
      if (input.socialStudiesCompletedDate && !row.socialStudiesCompletedDate) {
        await this.timeline.record(tx, actor, {
          personId: row.personId,
          service: this.serviceOf(actor),
          kind: 'education.socialStudiesCompleted',
          params: { date: input.socialStudiesCompletedDate },
        });
      }
      await this.audit.record(
        actor,
        {
          action: 'UPDATE',
          operation: 'education.updateEnrolment',
          entityType: 'enrolment',
          entityId: enrolmentId,
          personId: row.personId,
          fields: Object.keys(input),
        },
        tx,
      );
    });
    return this.enrolmentDetail(actor, enrolmentId, false);
  }

  /** Records levels per skill from one test or assessment, by a teacher of the learner's class. */
  async addAssessments(actor: Actor, enrolmentId: string, input: CreateAssessmentsBody): Promise<EnrolmentDetail> {
    const today = this.clock.today();
    if (input.assessedOn > today)
      throw new ValidationError([
        {
          path: 'assessedOn',
          code: EducationErrorCode.FUTURE_ASSESSMENT,
          message: 'The assessment date is in the future',
        },
      ]);
    await this.prisma.$transaction(async (tx) => {
      const row = await this.education.findEnrolment(actor, enrolmentId, tx);
      if (!row) throw new NotFoundError(EducationErrorCode.ENROLMENT_NOT_FOUND, 'The enrolment');
      await this.education.createAssessments(
        tx,
        input.results.map((r) => ({
          municipalityId: actor.municipalityId,
          personId: row.personId,
          assessedOn: day(input.assessedOn),
          skill: r.skill,
          level: r.level,
          testName: input.testName ?? null,
          assessorId: actor.userId,
        })),
      );
      await this.timeline.record(tx, actor, {
        personId: row.personId,
        service: 'ADULT_EDUCATION',
        kind: 'education.assessed',
        params: {
          assessedOn: input.assessedOn,
          testName: input.testName ?? null,
          ...Object.fromEntries(input.results.map((r) => [r.skill, r.level])),
        },
      });
      await this.audit.record(
        actor,
        {
          action: 'CREATE',
          operation: 'education.assess',
          entityType: 'languageAssessment',
          entityId: enrolmentId,
          personId: row.personId,
          fields: input.results.map((r) => `level.${r.skill}`),
        },
        tx,
      );
    });
    return this.enrolmentDetail(actor, enrolmentId, false);
  }

  private serviceOf(actor: Actor): Service {
    return actor.roles.includes('TEACHER') && !actor.roles.includes('CONSULTANT')
      ? 'ADULT_EDUCATION'
      : 'REFUGEE_SERVICE';
  }

  private async learners(actor: Actor, rows: LearnerRow[]) {
    const hours = await this.education.hoursCompleted(
      actor.municipalityId,
      rows.map((r) => ({ personId: r.personId, classId: r.classId })),
    );
    const assessments = await this.education.assessments(actor.municipalityId, [
      ...new Set(rows.map((r) => r.personId)),
    ]);
    return rows.map((r) => toLearner(r, hours.get(`${r.personId}:${r.classId}`) ?? 0, assessments));
  }

  private async enrolmentDetail(actor: Actor, enrolmentId: string, audit: boolean): Promise<EnrolmentDetail> {
    const row = await this.education.findEnrolment(actor, enrolmentId);
    if (!row) throw new NotFoundError(EducationErrorCode.ENROLMENT_NOT_FOUND, 'The enrolment');
    const [learner] = await this.learners(actor, [row]);
    const assessments = (await this.education.assessments(actor.municipalityId, [row.personId])).map(toAssessment);
    if (audit) {
      await this.audit.record(actor, {
        action: 'READ',
        operation: 'education.getEnrolment',
        entityType: 'enrolment',
        entityId: row.id,
        personId: row.personId,
        fields: LEARNER_FIELDS,
      });
    }
    return { ...learner!, className: row.class.name, courseName: row.class.course.name, assessments };
  }
}
