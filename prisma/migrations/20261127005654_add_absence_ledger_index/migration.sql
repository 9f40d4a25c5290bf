-- CreateIndex
CREATE INDEX "attendance_record_municipality_id_absence_kind_date_idx" ON "attendance_record"("municipality_id", "absence_kind", "date");

