import { Controller, Delete, Get, Patch, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  ClassDetailSchema,
  ClassListSchema,
  ClassSummarySchema,
  CourseListSchema,
  CourseSchema,
  CreateAssessmentsBodySchema,
  CreateClassBodySchema,
  CreateCourseBodySchema,
  CreateEnrolmentBodySchema,
  EnrolmentDetailSchema,
  EnrolmentListSchema,
  ListClassesQuerySchema,
  ListEnrolmentsQuerySchema,
  UpdateEnrolmentBodySchema,
  UuidSchema,
  type CreateAssessmentsBody,
  type CreateClassBody,
  type CreateCourseBody,
  type CreateEnrolmentBody,
  type UpdateEnrolmentBody,
} from '@ankomst/contracts';
import type { z } from 'zod';
import { CurrentActor, RequirePermission } from '../../core/access/access.decorators';
import type { Actor } from '../../core/access/actor';
import { ApiContract } from '../../core/http/api-contract.decorator';
import { ZodBody, ZodParam, ZodQuery } from '../../core/http/zod-validation';
import { EducationService } from './education.service';

@ApiTags('education')
@Controller()
export class EducationController {
  constructor(private readonly education: EducationService) {}

  @Get('courses')
  @RequirePermission('education.read')
  @ApiContract({ summary: 'Courses and their classes', response: CourseListSchema })
  listCourses(@CurrentActor() actor: Actor) {
    return this.education.listCourses(actor);
  }

  @Post('courses')
  @RequirePermission('education.write')
  @ApiContract({ summary: 'Add a course', body: CreateCourseBodySchema, response: CourseSchema, status: 201 })
  createCourse(@CurrentActor() actor: Actor, @ZodBody(CreateCourseBodySchema) body: CreateCourseBody) {
    return this.education.createCourse(actor, body);
  }

  @Post('courses/:courseId/classes')
  @RequirePermission('education.write')
  @ApiContract({
    summary: 'Add a class to a course (the teacher who adds it teaches it)',
    body: CreateClassBodySchema,
    response: ClassSummarySchema,
    status: 201,
  })
  createClass(
    @CurrentActor() actor: Actor,
    @ZodParam('courseId', UuidSchema) courseId: string,
    @ZodBody(CreateClassBodySchema) body: CreateClassBody,
  ) {
    return this.education.createClass(actor, courseId, body);
  }

  @Get('classes')
  @RequirePermission('education.read')
  @ApiContract({
    summary: 'Classes (mine=true: the ones I teach)',
    query: ListClassesQuerySchema,
    response: ClassListSchema,
  })
  listClasses(
    @CurrentActor() actor: Actor,
    @ZodQuery(ListClassesQuerySchema) query: z.output<typeof ListClassesQuerySchema>,
  ) {
    return this.education.listClasses(actor, query.mine ?? false);
  }

  @Get('classes/:classId')
  @RequirePermission('education.read')
  @ApiContract({
    summary: 'A class with its learners (teachers: only classes they teach)',
    response: ClassDetailSchema,
  })
  getClass(@CurrentActor() actor: Actor, @ZodParam('classId', UuidSchema) classId: string) {
    return this.education.getClass(actor, classId);
  }

  @Put('classes/:classId/teachers/:userId')
  @RequirePermission('education.write')
  @ApiContract({ summary: 'Add a teacher to a class I teach', response: ClassSummarySchema })
  addTeacher(
    @CurrentActor() actor: Actor,
    @ZodParam('classId', UuidSchema) classId: string,
    @ZodParam('userId', UuidSchema) userId: string,
  ) {
    return this.education.addTeacher(actor, classId, userId);
  }

  @Delete('classes/:classId/teachers/:userId')
  @RequirePermission('education.write')
  @ApiContract({ summary: 'Take a teacher off a class I teach', response: ClassSummarySchema })
  removeTeacher(
    @CurrentActor() actor: Actor,
    @ZodParam('classId', UuidSchema) classId: string,
    @ZodParam('userId', UuidSchema) userId: string,
  ) {
    return this.education.removeTeacher(actor, classId, userId);
  }

  @Post('classes/:classId/enrolments')
  @RequirePermission('education.enrol')
  @ApiContract({
    summary: 'Enrol a participant (entitled hours default from the rules engine)',
    body: CreateEnrolmentBodySchema,
    response: EnrolmentDetailSchema,
    status: 201,
  })
  enrol(
    @CurrentActor() actor: Actor,
    @ZodParam('classId', UuidSchema) classId: string,
    @ZodBody(CreateEnrolmentBodySchema) body: CreateEnrolmentBody,
  ) {
    return this.education.enrol(actor, classId, body);
  }

  @Get('enrolments')
  @RequirePermission('education.read')
  @ApiContract({
    summary: "A participant's enrolments",
    query: ListEnrolmentsQuerySchema,
    response: EnrolmentListSchema,
  })
  listEnrolments(
    @CurrentActor() actor: Actor,
    @ZodQuery(ListEnrolmentsQuerySchema) query: z.output<typeof ListEnrolmentsQuerySchema>,
  ) {
    return this.education.listEnrolments(actor, query.personId);
  }

  @Get('enrolments/:enrolmentId')
  @RequirePermission('education.read')
  @ApiContract({
    summary: 'One learner: levels, assessments, hours against entitlement',
    response: EnrolmentDetailSchema,
  })
  getEnrolment(@CurrentActor() actor: Actor, @ZodParam('enrolmentId', UuidSchema) enrolmentId: string) {
    return this.education.getEnrolment(actor, enrolmentId);
  }

  @Patch('enrolments/:enrolmentId')
  @RequirePermission('education.enrol')
  @ApiContract({
    summary: 'Change end date, entitled hours or social studies completion',
    body: UpdateEnrolmentBodySchema,
    response: EnrolmentDetailSchema,
  })
  updateEnrolment(
    @CurrentActor() actor: Actor,
    @ZodParam('enrolmentId', UuidSchema) enrolmentId: string,
    @ZodBody(UpdateEnrolmentBodySchema) body: UpdateEnrolmentBody,
  ) {
    return this.education.updateEnrolment(actor, enrolmentId, body);
  }

  @Post('enrolments/:enrolmentId/assessments')
  @RequirePermission('education.write')
  @ApiContract({
    summary: 'Record Norwegian levels per skill from a test or assessment',
    body: CreateAssessmentsBodySchema,
    response: EnrolmentDetailSchema,
    status: 201,
  })
  addAssessments(
    @CurrentActor() actor: Actor,
    @ZodParam('enrolmentId', UuidSchema) enrolmentId: string,
    @ZodBody(CreateAssessmentsBodySchema) body: CreateAssessmentsBody,
  ) {
    return this.education.addAssessments(actor, enrolmentId, body);
  }
}
