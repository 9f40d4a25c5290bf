import { Controller, Get, Header, Patch, Post, StreamableFile } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import {
  AddDecisionBodySchema,
  MeetingListSchema,
  MeetingSchema,
  ScheduleMeetingBodySchema,
  UpdateMeetingBodySchema,
  UuidSchema,
  type UpdateMeetingBody,
} from '@ankomst/contracts';
import type { z } from 'zod';
import { CurrentActor, RequirePermission } from '../../core/access/access.decorators';
import type { Actor } from '../../core/access/actor';
import { ApiContract } from '../../core/http/api-contract.decorator';
import { ZodBody, ZodParam } from '../../core/http/zod-validation';
import { MeetingsService } from './meetings.service';

@ApiTags('meetings')
@Controller()
export class MeetingsController {
  constructor(private readonly meetings: MeetingsService) {}

  @Get('persons/:personId/meetings')
  @RequirePermission('meetings.read')
  @ApiContract({ summary: "A participant's meetings, newest first", response: MeetingListSchema })
  list(@CurrentActor() actor: Actor, @ZodParam('personId', UuidSchema) personId: string) {
    return this.meetings.list(actor, personId);
  }

  @Post('persons/:personId/meetings')
  @RequirePermission('meetings.write')
  @ApiContract({
    summary: 'Schedule a meeting of the responsibility group (members are notified)',
    body: ScheduleMeetingBodySchema,
    response: MeetingSchema,
    status: 201,
  })
  schedule(
    @CurrentActor() actor: Actor,
    @ZodParam('personId', UuidSchema) personId: string,
    @ZodBody(ScheduleMeetingBodySchema) body: z.output<typeof ScheduleMeetingBodySchema>,
  ) {
    return this.meetings.schedule(actor, personId, body);
  }

  @Get('meetings/:meetingId')
  @RequirePermission('meetings.read')
  @ApiContract({
    summary: 'A meeting with attendance, minutes and decisions (restricted minutes for the refugee service only)',
    response: MeetingSchema,
  })
  get(@CurrentActor() actor: Actor, @ZodParam('meetingId', UuidSchema) meetingId: string) {
    return this.meetings.get(actor, meetingId);
  }

  @Patch('meetings/:meetingId')
  @RequirePermission('meetings.write')
  @ApiContract({
    summary: 'Update a meeting: time, place, agenda, attendance, minutes, next meeting (send the version)',
    body: UpdateMeetingBodySchema,
    response: MeetingSchema,
  })
  update(
    @CurrentActor() actor: Actor,
    @ZodParam('meetingId', UuidSchema) meetingId: string,
    @ZodBody(UpdateMeetingBodySchema) body: UpdateMeetingBody,
  ) {
    return this.meetings.update(actor, meetingId, body);
  }

  @Post('meetings/:meetingId/decisions')
  @RequirePermission('meetings.write')
  @ApiContract({
    summary: 'Record a decision; with `task` it becomes a task for a group member',
    body: AddDecisionBodySchema,
    response: MeetingSchema,
    status: 201,
  })
  addDecision(
    @CurrentActor() actor: Actor,
    @ZodParam('meetingId', UuidSchema) meetingId: string,
    @ZodBody(AddDecisionBodySchema) body: z.output<typeof AddDecisionBodySchema>,
  ) {
    return this.meetings.addDecision(actor, meetingId, body);
  }

  @Get('meetings/:meetingId/minutes.pdf')
  @RequirePermission('meetings.read')
  @ApiProduces('application/pdf')
  @ApiContract({ summary: 'The minutes as a printable PDF in Norwegian' })
  @Header('Content-Type', 'application/pdf')
  @Header('Content-Disposition', 'inline; filename="referat.pdf"')
  @Header('Cache-Control', 'no-store')
  async minutesPdf(@CurrentActor() actor: Actor, @ZodParam('meetingId', UuidSchema) meetingId: string) {
    return new StreamableFile(await this.meetings.minutesPdf(actor, meetingId));
  }
}
