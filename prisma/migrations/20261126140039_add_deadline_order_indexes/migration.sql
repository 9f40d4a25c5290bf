-- CreateIndex
CREATE INDEX "programme_municipality_id_next_deadline_date_id_idx" ON "programme"("municipality_id", "next_deadline_date", "id");

-- CreateIndex
CREATE INDEX "programme_municipality_id_consultant_id_next_deadline_date_idx" ON "programme"("municipality_id", "consultant_id", "next_deadline_date");

