-- CreateIndex
CREATE INDEX "cases_consultation_id_idx" ON "cases"("consultation_id");

-- CreateIndex
CREATE INDEX "cases_reapplication_of_id_idx" ON "cases"("reapplication_of_id");

