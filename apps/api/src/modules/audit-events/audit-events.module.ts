import { Module } from '@nestjs/common';
import { AuditEventsController, AuditEventsService } from './audit-events.controller';
import { AuditEventsRepository } from './audit-events.repository';

@Module({ controllers: [AuditEventsController], providers: [AuditEventsService, AuditEventsRepository] })
export class AuditEventsModule {}
