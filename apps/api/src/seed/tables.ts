import type { TableSpec } from './bulk-writer';

/** The tables the generator loads, parents before children (the bulk writer relies on this order). */
const t = (table: string, columns: ReadonlyArray<readonly [string, string]>): TableSpec => ({ table, columns });
const E = (type: string): string => `"${type}"`;

export const USER = t('app_user', [
  ['id', 'uuid'], ['municipality_id', 'uuid'], ['email', 'text'], ['name', 'text'],
  ['roles', `string_to_array({}, ',')::"Role"[]`], ['password_hash', 'text'], ['password_changed_at', 'timestamptz'],
  ['created_at', 'timestamptz'], ['updated_at', 'timestamptz'],
]);
export const HOUSEHOLD = t('household', [
  ['id', 'uuid'], ['municipality_id', 'uuid'], ['name', 'text'], ['settlement_status', E('SettlementStatus')],
  ['imdi_reference', 'text'], ['imdi_request_date', 'date'], ['decision_date', 'date'], ['expected_arrival_date', 'date'],
  ['arrival_date', 'date'], ['settlement_date', 'date'], ['housing_type', E('HousingType')], ['school_places', 'int'],
  ['kindergarten_places', 'int'], ['created_at', 'timestamptz'], ['updated_at', 'timestamptz'],
]);
export const SETTLEMENT_CHANGE = t('settlement_status_change', [
  ['id', 'uuid'], ['municipality_id', 'uuid'], ['household_id', 'uuid'], ['from_status', E('SettlementStatus')],
  ['to_status', E('SettlementStatus')], ['effective_date', 'date'], ['occurred_at', 'timestamptz'],
]);
export const PERSON = t('person', [
  ['id', 'uuid'], ['municipality_id', 'uuid'], ['first_name', 'text'], ['last_name', 'text'], ['birth_date', 'date'],
  ['sex', E('Sex')], ['country_of_birth', 'text'], ['languages', `string_to_array({}, ',')`],
  ['interpreter_needed', 'boolean'], ['interpreter_language', 'text'], ['arrival_category', E('ArrivalCategory')],
  ['permit_basis', E('PermitBasis')], ['permit_granted_date', 'date'], ['permit_granted_abroad', 'boolean'],
  ['protection_application_date', 'date'], ['arrival_date', 'date'], ['immigration_date', 'date'],
  ['settlement_date', 'date'], ['settled_by_agreement', 'boolean'], ['nus_level', 'int'], ['address', 'text'],
  ['postal_code', 'text'], ['postal_town', 'text'], ['address_protection', E('AddressProtection')], ['sponsor_id', 'uuid'], ['reference_person_settled_date', 'date'],
  ['family_application_date', 'date'], ['caseworker_id', 'uuid'], ['left_municipality_date', 'date'],
  ['created_at', 'timestamptz'], ['updated_at', 'timestamptz'],
]);
export const HOUSEHOLD_MEMBER = t('household_member', [
  ['id', 'uuid'], ['municipality_id', 'uuid'], ['household_id', 'uuid'], ['person_id', 'uuid'], ['relation', E('HouseholdRelation')],
]);
export const PROGRAMME = t('programme', [
  ['id', 'uuid'], ['municipality_id', 'uuid'], ['person_id', 'uuid'], ['derived_regime', E('Regime')], ['evaluation', 'jsonb'],
  ['evaluated_on', 'date'], ['status', E('ProgrammeStatus')], ['competence_mapping_date', 'date'],
  ['career_guidance_date', 'date'], ['decision_date', 'date'], ['start_date', 'date'], ['end_goal', E('EndGoal')],
  ['planned_end_date', 'date'], ['end_date', 'date'], ['lives_with_parents', 'boolean'], ['participation_percent', 'int'],
  ['deductions_apply', 'boolean'], ['next_deadline_date', 'date'], ['next_deadline_kind', 'text'], ['consultant_id', 'uuid'],
  ['created_at', 'timestamptz'], ['updated_at', 'timestamptz'],
]);
export const EXTENSION = t('programme_extension', [
  ['id', 'uuid'], ['municipality_id', 'uuid'], ['programme_id', 'uuid'], ['months', 'int'], ['decision_date', 'date'],
  ['reason', 'text'], ['created_at', 'timestamptz'],
]);
export const NIR_REGISTRATION = t('nir_registration', [
  ['id', 'uuid'], ['municipality_id', 'uuid'], ['programme_id', 'uuid'], ['fact', 'text'], ['due_date', 'date'],
  ['registered_at', 'timestamptz'], ['registered_by_id', 'uuid'],
]);
export const PLAN = t('integration_plan', [
  ['id', 'uuid'], ['municipality_id', 'uuid'], ['programme_id', 'uuid'], ['version', 'int'], ['created_at', 'timestamptz'],
  ['updated_at', 'timestamptz'],
]);
export const PLAN_REVISION = t('integration_plan_revision', [
  ['id', 'uuid'], ['municipality_id', 'uuid'], ['plan_id', 'uuid'], ['revision_number', 'int'], ['end_goal', E('EndGoal')],
  ['language_target_level', E('CefrLevel')], ['participant_wishes', 'text'], ['reason', 'text'], ['valid_from', 'date'],
  ['created_by_id', 'uuid'], ['created_at', 'timestamptz'],
]);
export const PLAN_ELEMENT = t('plan_element', [
  ['id', 'uuid'], ['municipality_id', 'uuid'], ['revision_id', 'uuid'], ['kind', E('PlanElementKind')],
  ['hours_per_week', 'numeric'], ['description', 'text'], ['provider', 'text'], ['from_date', 'date'], ['to_date', 'date'],
]);
export const ALTERNATIVE_GOAL = t('alternative_goal', [
  ['id', 'uuid'], ['municipality_id', 'uuid'], ['programme_id', 'uuid'], ['kind', E('AlternativeGoalKind')],
  ['status', E('GoalStatus')], ['status_date', 'date'], ['narrative', 'text'],
]);
export const PROGRAMME_OUTCOME = t('programme_outcome', [
  ['id', 'uuid'], ['municipality_id', 'uuid'], ['programme_id', 'uuid'], ['end_status', E('EndStatus')],
  ['end_goal_reached', 'boolean'], ['follow_up_6_status', E('EndStatus')], ['follow_up_12_status', E('EndStatus')],
  ['recorded_at', 'timestamptz'],
]);
export const REGISTER_OUTCOME = t('register_outcome', [
  ['id', 'uuid'], ['municipality_id', 'uuid'], ['person_id', 'uuid'], ['year', 'int'], ['earned_income', 'int'],
  ['in_education', 'boolean'], ['source', 'text'],
]);
export const COURSE = t('course', [
  ['id', 'uuid'], ['municipality_id', 'uuid'], ['name', 'text'], ['kind', E('CourseKind')], ['language_track', 'int'],
  ['created_at', 'timestamptz'],
]);
export const COURSE_CLASS = t('course_class', [
  ['id', 'uuid'], ['municipality_id', 'uuid'], ['course_id', 'uuid'], ['name', 'text'], ['start_date', 'date'],
  ['end_date', 'date'], ['hours_per_day', 'numeric'],
]);
export const CLASS_TEACHER = t('class_teacher', [['municipality_id', 'uuid'], ['class_id', 'uuid'], ['user_id', 'uuid']]);
export const ENROLMENT = t('enrolment', [
  ['id', 'uuid'], ['municipality_id', 'uuid'], ['class_id', 'uuid'], ['person_id', 'uuid'], ['from_date', 'date'],
  ['to_date', 'date'], ['entitled_hours', 'int'],
]);
export const GROUP = t('responsibility_group', [['id', 'uuid'], ['municipality_id', 'uuid'], ['person_id', 'uuid'], ['created_at', 'timestamptz']]);
export const GROUP_MEMBER = t('group_member', [
  ['id', 'uuid'], ['municipality_id', 'uuid'], ['group_id', 'uuid'], ['user_id', 'uuid'], ['external_name', 'text'],
  ['external_organisation', 'text'], ['role', E('GroupMemberRole')], ['added_at', 'timestamptz'],
]);
export const MEETING = t('meeting', [
  ['id', 'uuid'], ['municipality_id', 'uuid'], ['group_id', 'uuid'], ['type', E('MeetingType')], ['status', E('MeetingStatus')],
  ['scheduled_at', 'timestamptz'], ['location', 'text'], ['agenda', 'text'], ['interpreter_needed', 'boolean'],
  ['minutes', 'text'], ['created_by_id', 'uuid'], ['created_at', 'timestamptz'], ['updated_at', 'timestamptz'],
]);
export const TASK = t('task', [
  ['id', 'uuid'], ['municipality_id', 'uuid'], ['person_id', 'uuid'], ['title', 'text'], ['assignee_id', 'uuid'],
  ['created_by_id', 'uuid'], ['due_date', 'date'], ['status', E('TaskStatus')], ['completed_at', 'timestamptz'],
  ['created_at', 'timestamptz'],
]);
export const ATTENDANCE = t('attendance_record', [
  ['id', 'uuid'], ['municipality_id', 'uuid'], ['person_id', 'uuid'], ['date', 'date'], ['activity_key', 'text'],
  ['planned_hours', 'numeric'], ['present_hours', 'numeric'], ['absence_kind', E('AbsenceKind')], ['recorded_by_id', 'uuid'],
  ['updated_at', 'timestamptz'],
]);
export const PAYMENT_RUN = t('payment_run', [
  ['id', 'uuid'], ['municipality_id', 'uuid'], ['month', 'date'], ['sequence', 'int'], ['status', E('PaymentRunStatus')],
  ['prepared_by_id', 'uuid'], ['prepared_at', 'timestamptz'], ['approved_by_id', 'uuid'], ['approved_at', 'timestamptz'],
]);
export const PAYMENT_LINE = t('payment_line', [
  ['id', 'uuid'], ['municipality_id', 'uuid'], ['run_id', 'uuid'], ['person_id', 'uuid'], ['programme_id', 'uuid'],
  ['gross', 'numeric'], ['deductions', 'numeric'], ['offsets', 'numeric'], ['net', 'numeric'], ['decision_required', 'boolean'],
  ['calculation', 'jsonb'],
]);

/** Parents first. */
export const ALL_TABLES: readonly TableSpec[] = [
  USER, HOUSEHOLD, SETTLEMENT_CHANGE, PERSON, HOUSEHOLD_MEMBER, PROGRAMME, EXTENSION, NIR_REGISTRATION, PLAN, PLAN_REVISION, PLAN_ELEMENT,
  ALTERNATIVE_GOAL, PROGRAMME_OUTCOME, REGISTER_OUTCOME, COURSE, COURSE_CLASS, CLASS_TEACHER, ENROLMENT, GROUP,
  GROUP_MEMBER, MEETING, TASK, ATTENDANCE, PAYMENT_RUN, PAYMENT_LINE,
];
