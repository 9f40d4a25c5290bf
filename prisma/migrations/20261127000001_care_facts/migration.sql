-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "AbsenceKind" ADD VALUE 'PREGNANCY';
ALTER TYPE "AbsenceKind" ADD VALUE 'PREGNANCY_CHECK_UP';
ALTER TYPE "AbsenceKind" ADD VALUE 'BIRTH_MOTHER';
ALTER TYPE "AbsenceKind" ADD VALUE 'BIRTH_FATHER';

-- CreateTable
CREATE TABLE "care_fact" (
    "id" UUID NOT NULL,
    "municipality_id" UUID NOT NULL,
    "person_id" UUID NOT NULL,
    "children_under_12" INTEGER,
    "sole_carer" BOOLEAN NOT NULL,
    "chronically_ill_child" BOOLEAN NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "care_fact_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "care_fact_person_id_key" ON "care_fact"("person_id");

-- AddForeignKey
ALTER TABLE "care_fact" ADD CONSTRAINT "care_fact_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

