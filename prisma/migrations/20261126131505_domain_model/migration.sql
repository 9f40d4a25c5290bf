-- CreateEnum
CREATE TYPE "Sex" AS ENUM ('FEMALE', 'MALE');

-- CreateEnum
CREATE TYPE "ArrivalCategory" AS ENUM ('RESETTLEMENT', 'ASYLUM', 'FAMILY_REUNIFICATION', 'FAMILY_ESTABLISHMENT', 'COLLECTIVE_PROTECTION');

-- CreateEnum
CREATE TYPE "PermitBasis" AS ENUM ('ASYLUM', 'RESETTLEMENT', 'RENEWABLE_AFTER_PROTECTION_CLAIM', 'LIMITED_CHILD_FAMILY', 'COLLECTIVE_PROTECTION', 'FAMILY_REUNIFICATION', 'INDEPENDENT_BASIS');

-- CreateEnum
CREATE TYPE "AddressProtection" AS ENUM ('NONE', 'CONFIDENTIAL', 'STRICTLY_CONFIDENTIAL');

-- CreateEnum
CREATE TYPE "HouseholdRelation" AS ENUM ('HEAD', 'SPOUSE', 'CHILD', 'OTHER');

-- CreateEnum
CREATE TYPE "SettlementStatus" AS ENUM ('REQUESTED', 'ACCEPTED', 'DECLINED', 'ARRIVED', 'SETTLED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "HousingType" AS ENUM ('MUNICIPAL', 'PRIVATE', 'SELF_SETTLED');

-- CreateEnum
CREATE TYPE "Regime" AS ENUM ('INTRODUKSJONSLOVEN', 'INTEGRERINGSLOVEN', 'INTEGRERINGSLOVEN_KAP6A');

-- CreateEnum
CREATE TYPE "ProgrammeStatus" AS ENUM ('PLANNED', 'ACTIVE', 'ON_LEAVE', 'COMPLETED', 'DISCONTINUED');

-- CreateEnum
CREATE TYPE "EndGoal" AS ENUM ('WORK', 'HIGHER_EDUCATION', 'COMPLETE_UPPER_SECONDARY', 'PRIMARY_OR_PART_UPPER_SECONDARY');

-- CreateEnum
CREATE TYPE "EndStatus" AS ENUM ('WORK_FULL_TIME', 'WORK_PART_TIME', 'EDUCATION', 'WORK_AND_EDUCATION', 'NAV_MEASURE', 'OTHER', 'MOVED', 'DISCONTINUED');

-- CreateEnum
CREATE TYPE "CefrLevel" AS ENUM ('BELOW_A1', 'A1', 'A2', 'B1', 'B2', 'C1');

-- CreateEnum
CREATE TYPE "PlanElementKind" AS ENUM ('NORWEGIAN', 'SOCIAL_STUDIES', 'LIFE_SKILLS', 'PARENTAL_GUIDANCE', 'WORK_PRACTICE', 'EDUCATION', 'OTHER');

-- CreateEnum
CREATE TYPE "AlternativeGoalKind" AS ENUM ('PARENTING', 'COMMUNITY_PARTICIPATION', 'SOME_WORK', 'PARTIAL_CERTIFICATE', 'NORWEGIAN_LEVEL', 'HEALTH_STABILISED');

-- CreateEnum
CREATE TYPE "GoalStatus" AS ENUM ('PLANNED', 'IN_PROGRESS', 'REACHED', 'NOT_REACHED');

-- CreateEnum
CREATE TYPE "Service" AS ENUM ('REFUGEE_SERVICE', 'NAV', 'ADULT_EDUCATION');

-- CreateEnum
CREATE TYPE "GroupMemberRole" AS ENUM ('CONSULTANT', 'NAV_ADVISER', 'TEACHER', 'HEALTH', 'SCHOOL', 'KINDERGARTEN', 'OTHER');

-- CreateEnum
CREATE TYPE "MeetingType" AS ENUM ('RESPONSIBILITY_GROUP', 'TRIANGLE', 'TEAM', 'OTHER');

-- CreateEnum
CREATE TYPE "MeetingStatus" AS ENUM ('PLANNED', 'HELD', 'CANCELLED');

-- CreateEnum
CREATE TYPE "TaskStatus" AS ENUM ('OPEN', 'DONE');

-- CreateEnum
CREATE TYPE "HandoverStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'RECEIVED', 'INFO_REQUESTED', 'ACCEPTED');

-- CreateEnum
CREATE TYPE "SharingBasis" AS ENUM ('INTEGRATION_ACT_SECTION_42', 'CONSENT');

-- CreateEnum
CREATE TYPE "HandoverMessageKind" AS ENUM ('COMMENT', 'QUESTION', 'ANSWER');

-- CreateEnum
CREATE TYPE "CourseKind" AS ENUM ('NORWEGIAN', 'SOCIAL_STUDIES', 'LITERACY', 'PRIMARY_SCHOOL', 'OTHER');

-- CreateEnum
CREATE TYPE "LanguageSkill" AS ENUM ('READING', 'LISTENING', 'WRITING', 'ORAL');

-- CreateEnum
CREATE TYPE "AbsenceKind" AS ENUM ('OWN_ILLNESS_SELF_CERTIFIED', 'OWN_ILLNESS_MEDICAL_CERTIFICATE', 'CHILD_ILLNESS', 'LEAVE_WITH_BENEFIT', 'LEAVE_WITHOUT_BENEFIT', 'WELFARE', 'UNAUTHORISED');

-- CreateEnum
CREATE TYPE "PaymentRunStatus" AS ENUM ('PREPARED', 'APPROVED');

-- AlterTable
ALTER TABLE "app_user" ADD COLUMN     "nav_office_id" UUID;

-- AlterTable
ALTER TABLE "person" ADD COLUMN     "address" TEXT,
ADD COLUMN     "address_protection" "AddressProtection" NOT NULL DEFAULT 'NONE',
ADD COLUMN     "arrival_category" "ArrivalCategory",
ADD COLUMN     "arrival_date" DATE,
ADD COLUMN     "caseworker_id" UUID,
ADD COLUMN     "country_of_birth" TEXT,
ADD COLUMN     "email" TEXT,
ADD COLUMN     "family_application_date" DATE,
ADD COLUMN     "immigration_date" DATE,
ADD COLUMN     "interpreter_language" TEXT,
ADD COLUMN     "interpreter_needed" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "languages" TEXT[],
ADD COLUMN     "left_municipality_date" DATE,
ADD COLUMN     "nus_level" INTEGER,
ADD COLUMN     "permit_basis" "PermitBasis",
ADD COLUMN     "permit_granted_abroad" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "permit_granted_date" DATE,
ADD COLUMN     "phone" TEXT,
ADD COLUMN     "postal_code" TEXT,
ADD COLUMN     "postal_town" TEXT,
ADD COLUMN     "protection_application_date" DATE,
ADD COLUMN     "reference_person_settled_date" DATE,
ADD COLUMN     "settled_by_agreement" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "settlement_date" DATE,
ADD COLUMN     "sex" "Sex",
ADD COLUMN     "sponsor_id" UUID;

-- CreateTable
CREATE TABLE "household" (
    "id" UUID NOT NULL,
    "municipality_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "settlement_status" "SettlementStatus" NOT NULL DEFAULT 'REQUESTED',
    "imdi_reference" TEXT,
    "imdi_request_date" DATE,
    "decision_date" DATE,
    "expected_arrival_date" DATE,
    "arrival_date" DATE,
    "settlement_date" DATE,
    "housing_type" "HousingType",
    "school_places" INTEGER NOT NULL DEFAULT 0,
    "kindergarten_places" INTEGER NOT NULL DEFAULT 0,
    "notes" TEXT,
    "version" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "household_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "household_member" (
    "id" UUID NOT NULL,
    "municipality_id" UUID NOT NULL,
    "household_id" UUID NOT NULL,
    "person_id" UUID NOT NULL,
    "relation" "HouseholdRelation" NOT NULL,

    CONSTRAINT "household_member_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "settlement_status_change" (
    "id" UUID NOT NULL,
    "municipality_id" UUID NOT NULL,
    "household_id" UUID NOT NULL,
    "from_status" "SettlementStatus",
    "to_status" "SettlementStatus" NOT NULL,
    "effective_date" DATE,
    "note" TEXT,
    "actor_id" UUID,
    "occurred_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "settlement_status_change_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "programme" (
    "id" UUID NOT NULL,
    "municipality_id" UUID NOT NULL,
    "person_id" UUID NOT NULL,
    "derived_regime" "Regime" NOT NULL,
    "regime_override" "Regime",
    "regime_override_reason" TEXT,
    "evaluation" JSONB NOT NULL,
    "evaluated_on" DATE NOT NULL,
    "status" "ProgrammeStatus" NOT NULL DEFAULT 'PLANNED',
    "claim_date" DATE,
    "competence_mapping_date" DATE,
    "career_guidance_date" DATE,
    "decision_date" DATE,
    "start_date" DATE,
    "end_goal" "EndGoal",
    "planned_end_date" DATE,
    "end_date" DATE,
    "lives_with_parents" BOOLEAN NOT NULL DEFAULT false,
    "childless_couple_both_participating" BOOLEAN NOT NULL DEFAULT false,
    "participation_percent" INTEGER NOT NULL DEFAULT 100,
    "deductions_apply" BOOLEAN NOT NULL DEFAULT true,
    "next_deadline_date" DATE,
    "next_deadline_kind" TEXT,
    "consultant_id" UUID,
    "version" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "programme_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "programme_extension" (
    "id" UUID NOT NULL,
    "municipality_id" UUID NOT NULL,
    "programme_id" UUID NOT NULL,
    "months" INTEGER NOT NULL,
    "decision_date" DATE NOT NULL,
    "reason" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "programme_extension_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "programme_leave" (
    "id" UUID NOT NULL,
    "municipality_id" UUID NOT NULL,
    "programme_id" UUID NOT NULL,
    "from_date" DATE NOT NULL,
    "to_date" DATE NOT NULL,
    "with_benefit" BOOLEAN NOT NULL DEFAULT false,
    "reason" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "programme_leave_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "integration_plan" (
    "id" UUID NOT NULL,
    "municipality_id" UUID NOT NULL,
    "programme_id" UUID NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "integration_plan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "integration_plan_revision" (
    "id" UUID NOT NULL,
    "municipality_id" UUID NOT NULL,
    "plan_id" UUID NOT NULL,
    "revision_number" INTEGER NOT NULL,
    "end_goal" "EndGoal",
    "language_target_level" "CefrLevel",
    "participant_wishes" TEXT,
    "reason" TEXT,
    "valid_from" DATE NOT NULL,
    "created_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "integration_plan_revision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "plan_element" (
    "id" UUID NOT NULL,
    "municipality_id" UUID NOT NULL,
    "revision_id" UUID NOT NULL,
    "kind" "PlanElementKind" NOT NULL,
    "hours_per_week" DECIMAL(4,1) NOT NULL,
    "description" TEXT,
    "provider" TEXT,
    "from_date" DATE,
    "to_date" DATE,

    CONSTRAINT "plan_element_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "alternative_goal" (
    "id" UUID NOT NULL,
    "municipality_id" UUID NOT NULL,
    "programme_id" UUID NOT NULL,
    "kind" "AlternativeGoalKind" NOT NULL,
    "status" "GoalStatus" NOT NULL DEFAULT 'PLANNED',
    "status_date" DATE,
    "narrative" TEXT,

    CONSTRAINT "alternative_goal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "programme_outcome" (
    "id" UUID NOT NULL,
    "municipality_id" UUID NOT NULL,
    "programme_id" UUID NOT NULL,
    "end_status" "EndStatus" NOT NULL,
    "end_goal_reached" BOOLEAN NOT NULL,
    "follow_up_6_status" "EndStatus",
    "follow_up_12_status" "EndStatus",
    "recorded_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "programme_outcome_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "register_outcome" (
    "id" UUID NOT NULL,
    "municipality_id" UUID NOT NULL,
    "person_id" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "earned_income" INTEGER NOT NULL,
    "in_education" BOOLEAN NOT NULL,
    "source" TEXT NOT NULL DEFAULT 'IMPORT',

    CONSTRAINT "register_outcome_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "timeline_event" (
    "id" UUID NOT NULL,
    "municipality_id" UUID NOT NULL,
    "person_id" UUID NOT NULL,
    "occurred_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "service" "Service" NOT NULL,
    "kind" TEXT NOT NULL,
    "params" JSONB NOT NULL DEFAULT '{}',
    "restricted" BOOLEAN NOT NULL DEFAULT false,
    "actor_id" UUID,

    CONSTRAINT "timeline_event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "nav_office" (
    "id" UUID NOT NULL,
    "municipality_id" UUID NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "nav_office_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "responsibility_group" (
    "id" UUID NOT NULL,
    "municipality_id" UUID NOT NULL,
    "person_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "responsibility_group_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "group_member" (
    "id" UUID NOT NULL,
    "municipality_id" UUID NOT NULL,
    "group_id" UUID NOT NULL,
    "user_id" UUID,
    "external_name" TEXT,
    "external_organisation" TEXT,
    "role" "GroupMemberRole" NOT NULL,
    "added_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "group_member_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "meeting" (
    "id" UUID NOT NULL,
    "municipality_id" UUID NOT NULL,
    "group_id" UUID NOT NULL,
    "type" "MeetingType" NOT NULL DEFAULT 'RESPONSIBILITY_GROUP',
    "status" "MeetingStatus" NOT NULL DEFAULT 'PLANNED',
    "scheduled_at" TIMESTAMPTZ(3) NOT NULL,
    "location" TEXT,
    "agenda" TEXT,
    "interpreter_needed" BOOLEAN NOT NULL DEFAULT false,
    "minutes" TEXT,
    "restricted_minutes" TEXT,
    "next_meeting_at" TIMESTAMPTZ(3),
    "created_by_id" UUID,
    "version" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "meeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "meeting_attendance" (
    "id" UUID NOT NULL,
    "municipality_id" UUID NOT NULL,
    "meeting_id" UUID NOT NULL,
    "member_id" UUID NOT NULL,
    "present" BOOLEAN NOT NULL,

    CONSTRAINT "meeting_attendance_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "meeting_decision" (
    "id" UUID NOT NULL,
    "municipality_id" UUID NOT NULL,
    "meeting_id" UUID NOT NULL,
    "text" TEXT NOT NULL,
    "restricted" BOOLEAN NOT NULL DEFAULT false,
    "task_id" UUID,

    CONSTRAINT "meeting_decision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "task" (
    "id" UUID NOT NULL,
    "municipality_id" UUID NOT NULL,
    "person_id" UUID,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "assignee_id" UUID NOT NULL,
    "created_by_id" UUID NOT NULL,
    "due_date" DATE,
    "status" "TaskStatus" NOT NULL DEFAULT 'OPEN',
    "completed_at" TIMESTAMPTZ(3),
    "completion_comment" TEXT,
    "version" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "task_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "notification" (
    "id" UUID NOT NULL,
    "municipality_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "params" JSONB NOT NULL DEFAULT '{}',
    "person_id" UUID,
    "link" TEXT,
    "dedupe_key" TEXT,
    "read_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "handover" (
    "id" UUID NOT NULL,
    "municipality_id" UUID NOT NULL,
    "person_id" UUID NOT NULL,
    "programme_id" UUID,
    "nav_office_id" UUID,
    "status" "HandoverStatus" NOT NULL DEFAULT 'DRAFT',
    "goal_status" TEXT,
    "norwegian_level" "CefrLevel",
    "work_experience" TEXT,
    "work_practice_results" TEXT,
    "recommended_measures" TEXT,
    "participant_wishes" TEXT,
    "sharing_basis" "SharingBasis",
    "consent_date" DATE,
    "created_by_id" UUID NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "handover_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "handover_status_change" (
    "id" UUID NOT NULL,
    "municipality_id" UUID NOT NULL,
    "handover_id" UUID NOT NULL,
    "from_status" "HandoverStatus",
    "to_status" "HandoverStatus" NOT NULL,
    "actor_id" UUID NOT NULL,
    "occurred_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "handover_status_change_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "handover_message" (
    "id" UUID NOT NULL,
    "municipality_id" UUID NOT NULL,
    "handover_id" UUID NOT NULL,
    "author_id" UUID NOT NULL,
    "kind" "HandoverMessageKind" NOT NULL DEFAULT 'COMMENT',
    "body" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "handover_message_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "course" (
    "id" UUID NOT NULL,
    "municipality_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "CourseKind" NOT NULL,
    "language_track" INTEGER,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "course_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "course_class" (
    "id" UUID NOT NULL,
    "municipality_id" UUID NOT NULL,
    "course_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "start_date" DATE NOT NULL,
    "end_date" DATE,
    "hours_per_day" DECIMAL(4,2) NOT NULL DEFAULT 5,

    CONSTRAINT "course_class_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "class_teacher" (
    "municipality_id" UUID NOT NULL,
    "class_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,

    CONSTRAINT "class_teacher_pkey" PRIMARY KEY ("class_id","user_id")
);

-- CreateTable
CREATE TABLE "enrolment" (
    "id" UUID NOT NULL,
    "municipality_id" UUID NOT NULL,
    "class_id" UUID NOT NULL,
    "person_id" UUID NOT NULL,
    "from_date" DATE NOT NULL,
    "to_date" DATE,
    "entitled_hours" INTEGER,
    "social_studies_completed_date" DATE,

    CONSTRAINT "enrolment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "language_assessment" (
    "id" UUID NOT NULL,
    "municipality_id" UUID NOT NULL,
    "person_id" UUID NOT NULL,
    "assessed_on" DATE NOT NULL,
    "skill" "LanguageSkill" NOT NULL,
    "level" "CefrLevel" NOT NULL,
    "test_name" TEXT,
    "assessor_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "language_assessment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "attendance_record" (
    "id" UUID NOT NULL,
    "municipality_id" UUID NOT NULL,
    "person_id" UUID NOT NULL,
    "date" DATE NOT NULL,
    "activity_key" TEXT NOT NULL,
    "class_id" UUID,
    "planned_hours" DECIMAL(4,2) NOT NULL,
    "present_hours" DECIMAL(4,2) NOT NULL,
    "absence_kind" "AbsenceKind",
    "note" TEXT,
    "recorded_by_id" UUID NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "attendance_record_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "external_benefit" (
    "id" UUID NOT NULL,
    "municipality_id" UUID NOT NULL,
    "person_id" UUID NOT NULL,
    "month" DATE NOT NULL,
    "kind" TEXT NOT NULL,
    "amount" DECIMAL(12,2) NOT NULL,

    CONSTRAINT "external_benefit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "payment_run" (
    "id" UUID NOT NULL,
    "municipality_id" UUID NOT NULL,
    "month" DATE NOT NULL,
    "sequence" INTEGER NOT NULL DEFAULT 1,
    "status" "PaymentRunStatus" NOT NULL DEFAULT 'PREPARED',
    "prepared_by_id" UUID NOT NULL,
    "prepared_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "approved_by_id" UUID,
    "approved_at" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "payment_run_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "payment_line" (
    "id" UUID NOT NULL,
    "municipality_id" UUID NOT NULL,
    "run_id" UUID NOT NULL,
    "person_id" UUID NOT NULL,
    "programme_id" UUID NOT NULL,
    "gross" DECIMAL(12,2) NOT NULL,
    "deductions" DECIMAL(12,2) NOT NULL,
    "offsets" DECIMAL(12,2) NOT NULL,
    "net" DECIMAL(12,2) NOT NULL,
    "decision_required" BOOLEAN NOT NULL,
    "calculation" JSONB NOT NULL,

    CONSTRAINT "payment_line_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "nir_registration" (
    "id" UUID NOT NULL,
    "municipality_id" UUID NOT NULL,
    "programme_id" UUID NOT NULL,
    "fact" TEXT NOT NULL,
    "due_date" DATE,
    "registered_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "registered_by_id" UUID,

    CONSTRAINT "nir_registration_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "household_municipality_id_settlement_status_idx" ON "household"("municipality_id", "settlement_status");

-- CreateIndex
CREATE INDEX "household_member_person_id_idx" ON "household_member"("person_id");

-- CreateIndex
CREATE UNIQUE INDEX "household_member_household_id_person_id_key" ON "household_member"("household_id", "person_id");

-- CreateIndex
CREATE INDEX "settlement_status_change_household_id_occurred_at_idx" ON "settlement_status_change"("household_id", "occurred_at");

-- CreateIndex
CREATE INDEX "programme_municipality_id_consultant_id_status_idx" ON "programme"("municipality_id", "consultant_id", "status");

-- CreateIndex
CREATE INDEX "programme_municipality_id_status_next_deadline_date_idx" ON "programme"("municipality_id", "status", "next_deadline_date");

-- CreateIndex
CREATE INDEX "programme_person_id_idx" ON "programme"("person_id");

-- CreateIndex
CREATE INDEX "programme_extension_programme_id_idx" ON "programme_extension"("programme_id");

-- CreateIndex
CREATE INDEX "programme_leave_programme_id_from_date_idx" ON "programme_leave"("programme_id", "from_date");

-- CreateIndex
CREATE UNIQUE INDEX "integration_plan_programme_id_key" ON "integration_plan"("programme_id");

-- CreateIndex
CREATE UNIQUE INDEX "integration_plan_revision_plan_id_revision_number_key" ON "integration_plan_revision"("plan_id", "revision_number");

-- CreateIndex
CREATE INDEX "plan_element_revision_id_idx" ON "plan_element"("revision_id");

-- CreateIndex
CREATE INDEX "alternative_goal_programme_id_idx" ON "alternative_goal"("programme_id");

-- CreateIndex
CREATE UNIQUE INDEX "programme_outcome_programme_id_key" ON "programme_outcome"("programme_id");

-- CreateIndex
CREATE INDEX "programme_outcome_municipality_id_end_status_idx" ON "programme_outcome"("municipality_id", "end_status");

-- CreateIndex
CREATE INDEX "register_outcome_municipality_id_year_idx" ON "register_outcome"("municipality_id", "year");

-- CreateIndex
CREATE UNIQUE INDEX "register_outcome_person_id_year_key" ON "register_outcome"("person_id", "year");

-- CreateIndex
CREATE INDEX "timeline_event_person_id_occurred_at_idx" ON "timeline_event"("person_id", "occurred_at" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "nav_office_municipality_id_name_key" ON "nav_office"("municipality_id", "name");

-- CreateIndex
CREATE UNIQUE INDEX "responsibility_group_person_id_key" ON "responsibility_group"("person_id");

-- CreateIndex
CREATE INDEX "group_member_user_id_idx" ON "group_member"("user_id");

-- CreateIndex
CREATE UNIQUE INDEX "group_member_group_id_user_id_key" ON "group_member"("group_id", "user_id");

-- CreateIndex
CREATE INDEX "meeting_group_id_scheduled_at_idx" ON "meeting"("group_id", "scheduled_at");

-- CreateIndex
CREATE UNIQUE INDEX "meeting_attendance_meeting_id_member_id_key" ON "meeting_attendance"("meeting_id", "member_id");

-- CreateIndex
CREATE UNIQUE INDEX "meeting_decision_task_id_key" ON "meeting_decision"("task_id");

-- CreateIndex
CREATE INDEX "meeting_decision_meeting_id_idx" ON "meeting_decision"("meeting_id");

-- CreateIndex
CREATE INDEX "task_municipality_id_assignee_id_status_due_date_idx" ON "task"("municipality_id", "assignee_id", "status", "due_date");

-- CreateIndex
CREATE INDEX "task_municipality_id_created_by_id_status_idx" ON "task"("municipality_id", "created_by_id", "status");

-- CreateIndex
CREATE UNIQUE INDEX "notification_dedupe_key_key" ON "notification"("dedupe_key");

-- CreateIndex
CREATE INDEX "notification_user_id_read_at_created_at_idx" ON "notification"("user_id", "read_at", "created_at" DESC);

-- CreateIndex
CREATE INDEX "handover_municipality_id_nav_office_id_status_idx" ON "handover"("municipality_id", "nav_office_id", "status");

-- CreateIndex
CREATE INDEX "handover_person_id_idx" ON "handover"("person_id");

-- CreateIndex
CREATE INDEX "handover_status_change_handover_id_occurred_at_idx" ON "handover_status_change"("handover_id", "occurred_at");

-- CreateIndex
CREATE INDEX "handover_message_handover_id_created_at_idx" ON "handover_message"("handover_id", "created_at");

-- CreateIndex
CREATE INDEX "course_municipality_id_idx" ON "course"("municipality_id");

-- CreateIndex
CREATE INDEX "course_class_course_id_idx" ON "course_class"("course_id");

-- CreateIndex
CREATE INDEX "class_teacher_user_id_idx" ON "class_teacher"("user_id");

-- CreateIndex
CREATE INDEX "enrolment_person_id_idx" ON "enrolment"("person_id");

-- CreateIndex
CREATE UNIQUE INDEX "enrolment_class_id_person_id_key" ON "enrolment"("class_id", "person_id");

-- CreateIndex
CREATE INDEX "language_assessment_person_id_assessed_on_idx" ON "language_assessment"("person_id", "assessed_on");

-- CreateIndex
CREATE INDEX "attendance_record_municipality_id_date_idx" ON "attendance_record"("municipality_id", "date");

-- CreateIndex
CREATE INDEX "attendance_record_class_id_date_idx" ON "attendance_record"("class_id", "date");

-- CreateIndex
CREATE UNIQUE INDEX "attendance_record_person_id_date_activity_key_key" ON "attendance_record"("person_id", "date", "activity_key");

-- CreateIndex
CREATE INDEX "external_benefit_person_id_month_idx" ON "external_benefit"("person_id", "month");

-- CreateIndex
CREATE UNIQUE INDEX "payment_run_municipality_id_month_sequence_key" ON "payment_run"("municipality_id", "month", "sequence");

-- CreateIndex
CREATE INDEX "payment_line_person_id_idx" ON "payment_line"("person_id");

-- CreateIndex
CREATE UNIQUE INDEX "payment_line_run_id_programme_id_key" ON "payment_line"("run_id", "programme_id");

-- CreateIndex
CREATE UNIQUE INDEX "nir_registration_programme_id_fact_key" ON "nir_registration"("programme_id", "fact");

-- CreateIndex
CREATE INDEX "person_municipality_id_caseworker_id_idx" ON "person"("municipality_id", "caseworker_id");

-- AddForeignKey
ALTER TABLE "app_user" ADD CONSTRAINT "app_user_nav_office_id_fkey" FOREIGN KEY ("nav_office_id") REFERENCES "nav_office"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "person" ADD CONSTRAINT "person_caseworker_id_fkey" FOREIGN KEY ("caseworker_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "household_member" ADD CONSTRAINT "household_member_household_id_fkey" FOREIGN KEY ("household_id") REFERENCES "household"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "household_member" ADD CONSTRAINT "household_member_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "settlement_status_change" ADD CONSTRAINT "settlement_status_change_household_id_fkey" FOREIGN KEY ("household_id") REFERENCES "household"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "programme" ADD CONSTRAINT "programme_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "programme" ADD CONSTRAINT "programme_consultant_id_fkey" FOREIGN KEY ("consultant_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "programme_extension" ADD CONSTRAINT "programme_extension_programme_id_fkey" FOREIGN KEY ("programme_id") REFERENCES "programme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "programme_leave" ADD CONSTRAINT "programme_leave_programme_id_fkey" FOREIGN KEY ("programme_id") REFERENCES "programme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "integration_plan" ADD CONSTRAINT "integration_plan_programme_id_fkey" FOREIGN KEY ("programme_id") REFERENCES "programme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "integration_plan_revision" ADD CONSTRAINT "integration_plan_revision_plan_id_fkey" FOREIGN KEY ("plan_id") REFERENCES "integration_plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "plan_element" ADD CONSTRAINT "plan_element_revision_id_fkey" FOREIGN KEY ("revision_id") REFERENCES "integration_plan_revision"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "alternative_goal" ADD CONSTRAINT "alternative_goal_programme_id_fkey" FOREIGN KEY ("programme_id") REFERENCES "programme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "programme_outcome" ADD CONSTRAINT "programme_outcome_programme_id_fkey" FOREIGN KEY ("programme_id") REFERENCES "programme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "register_outcome" ADD CONSTRAINT "register_outcome_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "timeline_event" ADD CONSTRAINT "timeline_event_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "nav_office" ADD CONSTRAINT "nav_office_municipality_id_fkey" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "responsibility_group" ADD CONSTRAINT "responsibility_group_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "group_member" ADD CONSTRAINT "group_member_group_id_fkey" FOREIGN KEY ("group_id") REFERENCES "responsibility_group"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "group_member" ADD CONSTRAINT "group_member_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "meeting" ADD CONSTRAINT "meeting_group_id_fkey" FOREIGN KEY ("group_id") REFERENCES "responsibility_group"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "meeting_attendance" ADD CONSTRAINT "meeting_attendance_meeting_id_fkey" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "meeting_decision" ADD CONSTRAINT "meeting_decision_meeting_id_fkey" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "meeting_decision" ADD CONSTRAINT "meeting_decision_task_id_fkey" FOREIGN KEY ("task_id") REFERENCES "task"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "task" ADD CONSTRAINT "task_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "task" ADD CONSTRAINT "task_assignee_id_fkey" FOREIGN KEY ("assignee_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "task" ADD CONSTRAINT "task_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notification" ADD CONSTRAINT "notification_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "handover" ADD CONSTRAINT "handover_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "handover" ADD CONSTRAINT "handover_programme_id_fkey" FOREIGN KEY ("programme_id") REFERENCES "programme"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "handover" ADD CONSTRAINT "handover_nav_office_id_fkey" FOREIGN KEY ("nav_office_id") REFERENCES "nav_office"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "handover_status_change" ADD CONSTRAINT "handover_status_change_handover_id_fkey" FOREIGN KEY ("handover_id") REFERENCES "handover"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "handover_message" ADD CONSTRAINT "handover_message_handover_id_fkey" FOREIGN KEY ("handover_id") REFERENCES "handover"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "course_class" ADD CONSTRAINT "course_class_course_id_fkey" FOREIGN KEY ("course_id") REFERENCES "course"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "class_teacher" ADD CONSTRAINT "class_teacher_class_id_fkey" FOREIGN KEY ("class_id") REFERENCES "course_class"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "class_teacher" ADD CONSTRAINT "class_teacher_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "enrolment" ADD CONSTRAINT "enrolment_class_id_fkey" FOREIGN KEY ("class_id") REFERENCES "course_class"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "enrolment" ADD CONSTRAINT "enrolment_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "language_assessment" ADD CONSTRAINT "language_assessment_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "attendance_record" ADD CONSTRAINT "attendance_record_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "external_benefit" ADD CONSTRAINT "external_benefit_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "payment_line" ADD CONSTRAINT "payment_line_run_id_fkey" FOREIGN KEY ("run_id") REFERENCES "payment_run"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "payment_line" ADD CONSTRAINT "payment_line_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "payment_line" ADD CONSTRAINT "payment_line_programme_id_fkey" FOREIGN KEY ("programme_id") REFERENCES "programme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "nir_registration" ADD CONSTRAINT "nir_registration_programme_id_fkey" FOREIGN KEY ("programme_id") REFERENCES "programme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

