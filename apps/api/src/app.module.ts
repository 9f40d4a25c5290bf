import { Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { AccessGuard } from './core/access/access.guard';
import { AuditModule } from './core/audit/audit.module';
import { ConfigModule } from './core/config/config.module';
import type { Env } from './core/config/env';
import { DatabaseModule } from './core/database/database.module';
import { ErrorFilter } from './core/errors/error.filter';
import { AuditEventsModule } from './modules/audit-events/audit-events.module';
import { AuthModule } from './modules/auth/auth.module';
import { HealthModule } from './modules/health/health.module';
import { HouseholdsModule } from './modules/households/households.module';
import { PersonsModule } from './modules/persons/persons.module';
import { RegimesModule } from './modules/regimes/regimes.module';
import { TimelineModule } from './modules/timeline/timeline.module';
import { UsersModule } from './modules/users/users.module';
import { AttendanceModule } from './modules/attendance/attendance.module';
import { BenefitsModule } from './modules/benefits/benefits.module';
import { CareFactsModule } from './modules/care-facts/care-facts.module';
import { PaymentsModule } from './modules/payments/payments.module';
import { NirModule } from './modules/nir/nir.module';
import { NavOfficesModule } from './modules/nav-offices/nav-offices.module';
import { HandoversModule } from './modules/handovers/handovers.module';
import { EducationModule } from './modules/education/education.module';
import { GroupsModule } from './modules/groups/groups.module';
import { JobsModule } from './modules/jobs/jobs.module';
import { MeetingsModule } from './modules/meetings/meetings.module';
import { TasksModule } from './modules/tasks/tasks.module';
import { NotificationsModule } from './modules/notifications/notifications.module';
import { ProgrammesModule } from './modules/programmes/programmes.module';
import { PlansModule } from './modules/plans/plans.module';
import { CaseloadModule } from './modules/caseload/caseload.module';
import { OutcomesModule } from './modules/outcomes/outcomes.module';
import { ProgrammeEndModule } from './modules/programme-end/programme-end.module';

/** Feature modules are listed here; each owns its routes. */
const FEATURE_MODULES = [
  AuthModule,
  UsersModule,
  AuditEventsModule,
  HealthModule,
  PersonsModule,
  HouseholdsModule,
  TimelineModule,
  RegimesModule,
  NavOfficesModule,
  HandoversModule,
  GroupsModule,
  MeetingsModule,
  TasksModule,
  NotificationsModule,
  JobsModule,
  EducationModule,
  AttendanceModule,
  BenefitsModule,
  CareFactsModule,
  PaymentsModule,
  NirModule,
  ProgrammesModule,
  PlansModule,
  CaseloadModule,
  OutcomesModule,
  ProgrammeEndModule,
];

@Module({})
export class AppModule {
  static forRoot(env: Env) {
    return {
      module: AppModule,
      imports: [ConfigModule.forRoot(env), DatabaseModule, AuditModule, ...FEATURE_MODULES],
      providers: [
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_FILTER, useClass: ErrorFilter },
      ],
    };
  }
}
