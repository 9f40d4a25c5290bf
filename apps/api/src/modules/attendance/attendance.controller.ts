import { Controller, Get, Patch, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  AttendanceClassListSchema,
  AttendanceWriteResultSchema,
  ClassAttendanceDaySchema,
  CreateAttendanceBodySchema,
  IsoDateSchema,
  MonthSchema,
  ParticipantAttendanceMonthSchema,
  SaveClassAttendanceBodySchema,
  SaveClassAttendanceResultSchema,
  UpdateAttendanceBodySchema,
  UuidSchema,
  type CreateAttendanceBody,
  type SaveClassAttendanceBody,
  type UpdateAttendanceBody,
} from '@ankomst/contracts';
import { z } from 'zod';
import { CurrentActor, RequirePermission } from '../../core/access/access.decorators';
import type { Actor } from '../../core/access/actor';
import { Clock } from '../../core/clock/clock';
import { ApiContract } from '../../core/http/api-contract.decorator';
import { ZodBody, ZodParam, ZodQuery } from '../../core/http/zod-validation';
import { AttendanceService } from './attendance.service';

const ClassesQuerySchema = z.object({ date: IsoDateSchema.optional() });

@ApiTags('attendance')
@Controller()
export class AttendanceController {
  constructor(
    private readonly attendance: AttendanceService,
    private readonly clock: Clock,
  ) {}

  @Get('attendance/classes')
  @RequirePermission('attendance.write')
  @ApiContract({
    summary: 'Classes I may register attendance for (teachers: the classes they teach)',
    query: ClassesQuerySchema,
    response: AttendanceClassListSchema,
  })
  classes(@CurrentActor() actor: Actor, @ZodQuery(ClassesQuerySchema) query: z.output<typeof ClassesQuerySchema>) {
    return this.attendance.listClasses(actor, query.date ?? this.clock.today());
  }

  @Get('classes/:classId/attendance/:date')
  @RequirePermission('attendance.write')
  @ApiContract({
    summary: "A class's attendance grid for one day: every enrolled learner and their record",
    response: ClassAttendanceDaySchema,
  })
  classDay(
    @CurrentActor() actor: Actor,
    @ZodParam('classId', UuidSchema) classId: string,
    @ZodParam('date', IsoDateSchema) date: string,
  ) {
    return this.attendance.getClassDay(actor, classId, date);
  }

  @Put('classes/:classId/attendance/:date')
  @RequirePermission('attendance.write')
  @ApiContract({
    summary: 'Save the class/day grid in one transaction; absence comes back checked by the rules engine',
    body: SaveClassAttendanceBodySchema,
    response: SaveClassAttendanceResultSchema,
  })
  saveClassDay(
    @CurrentActor() actor: Actor,
    @ZodParam('classId', UuidSchema) classId: string,
    @ZodParam('date', IsoDateSchema) date: string,
    @ZodBody(SaveClassAttendanceBodySchema) body: SaveClassAttendanceBody,
  ) {
    return this.attendance.saveClassDay(actor, classId, date, body);
  }

  @Get('persons/:personId/attendance/:month')
  @RequirePermission('attendance.review')
  @ApiContract({
    summary: "A participant's month: every record and the days that are unauthorised under the rules",
    response: ParticipantAttendanceMonthSchema,
  })
  personMonth(
    @CurrentActor() actor: Actor,
    @ZodParam('personId', UuidSchema) personId: string,
    @ZodParam('month', MonthSchema) month: string,
  ) {
    return this.attendance.personMonth(actor, personId, month);
  }

  @Post('persons/:personId/attendance')
  @RequirePermission('attendance.review')
  @ApiContract({
    summary: 'Register attendance or absence for a participant on a day or a period (working days)',
    body: CreateAttendanceBodySchema,
    response: AttendanceWriteResultSchema,
    status: 201,
  })
  create(
    @CurrentActor() actor: Actor,
    @ZodParam('personId', UuidSchema) personId: string,
    @ZodBody(CreateAttendanceBodySchema) body: CreateAttendanceBody,
  ) {
    return this.attendance.createForPerson(actor, personId, body);
  }

  @Patch('attendance/:recordId')
  @RequirePermission('attendance.review')
  @ApiContract({
    summary: 'Reclassify or correct one record (send the version you loaded)',
    body: UpdateAttendanceBodySchema,
    response: AttendanceWriteResultSchema,
  })
  update(
    @CurrentActor() actor: Actor,
    @ZodParam('recordId', UuidSchema) recordId: string,
    @ZodBody(UpdateAttendanceBodySchema) body: UpdateAttendanceBody,
  ) {
    return this.attendance.update(actor, recordId, body);
  }
}
