-- AlterTable
ALTER TABLE "integration_plan_revision" ADD COLUMN     "includes_self_study" BOOLEAN NOT NULL DEFAULT false;

