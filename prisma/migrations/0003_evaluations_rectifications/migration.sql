-- DropIndex
DROP INDEX "evaluations_case_id_idx";

-- AlterTable
ALTER TABLE "evaluations" ADD COLUMN     "appeal_outcome" VARCHAR(16),
ADD COLUMN     "attitude" SMALLINT,
ADD COLUMN     "comment_redacted" TEXT,
ADD COLUMN     "efficiency" SMALLINT,
ADD COLUMN     "entered_by_id" INTEGER,
ADD COLUMN     "moderated_by_id" INTEGER,
ADD COLUMN     "moderation" VARCHAR(16) NOT NULL DEFAULT 'PENDING',
ADD COLUMN     "occasion" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "professionalism" SMALLINT,
ADD COLUMN     "token_id" INTEGER,
ADD COLUMN     "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ALTER COLUMN "done" DROP NOT NULL;

-- CreateTable
CREATE TABLE "evaluation_tokens" (
    "id" SERIAL NOT NULL,
    "case_id" INTEGER NOT NULL,
    "occasion" INTEGER NOT NULL DEFAULT 1,
    "token_hash" CHAR(64) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "used_at" TIMESTAMPTZ(3),
    "reminded_at" TIMESTAMPTZ(3),

    CONSTRAINT "evaluation_tokens_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "notifications" (
    "id" BIGSERIAL NOT NULL,
    "kind" VARCHAR(40) NOT NULL,
    "channel" VARCHAR(16) NOT NULL,
    "case_id" INTEGER,
    "rectification_id" INTEGER,
    "recipient" VARCHAR(64) NOT NULL,
    "body" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "notifications_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "survey_batches" (
    "id" SERIAL NOT NULL,
    "month" DATE NOT NULL,
    "seed" INTEGER NOT NULL,
    "per_township" INTEGER NOT NULL,
    "created_by_id" INTEGER,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "survey_batches_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "survey_calls" (
    "id" SERIAL NOT NULL,
    "batch_id" INTEGER NOT NULL,
    "case_id" INTEGER NOT NULL,
    "township_code" VARCHAR(12) NOT NULL,
    "outcome" VARCHAR(16) NOT NULL DEFAULT 'PENDING',
    "level" "EvaluationLevel",
    "comment" TEXT,
    "called_by_id" INTEGER,
    "called_at" TIMESTAMPTZ(3),
    "finding" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "survey_calls_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rectifications" (
    "id" SERIAL NOT NULL,
    "source" VARCHAR(16) NOT NULL,
    "evaluation_id" INTEGER,
    "survey_call_id" INTEGER,
    "case_id" INTEGER NOT NULL,
    "station_id" INTEGER NOT NULL,
    "status" VARCHAR(24) NOT NULL,
    "due_date" DATE NOT NULL,
    "summary" TEXT NOT NULL,
    "verify_note" TEXT,
    "measures" TEXT,
    "feedback_note" TEXT,
    "recheck_note" TEXT,
    "appeal_reason" VARCHAR(16),
    "appeal_note" TEXT,
    "alert_level" VARCHAR(16) NOT NULL DEFAULT 'NONE',
    "closed_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "rectifications_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rectification_events" (
    "id" BIGSERIAL NOT NULL,
    "rectification_id" INTEGER NOT NULL,
    "type" VARCHAR(32) NOT NULL,
    "from_status" VARCHAR(24),
    "to_status" VARCHAR(24),
    "actor_id" INTEGER,
    "data" JSONB NOT NULL DEFAULT '{}',
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "rectification_events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "suggestions" (
    "id" SERIAL NOT NULL,
    "tracking_code" VARCHAR(16) NOT NULL,
    "region_code" VARCHAR(12),
    "content" TEXT NOT NULL,
    "contact_enc" TEXT,
    "contact_masked" VARCHAR(20),
    "status" VARCHAR(16) NOT NULL DEFAULT 'OPEN',
    "answer" TEXT,
    "answered_by_id" INTEGER,
    "answered_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "suggestions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "etl_changes" (
    "id" BIGSERIAL NOT NULL,
    "entity" VARCHAR(32) NOT NULL,
    "entity_id" VARCHAR(32) NOT NULL,
    "txid" xid8 NOT NULL DEFAULT pg_current_xact_id(),
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "etl_changes_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "evaluation_tokens_token_hash_key" ON "evaluation_tokens"("token_hash");

-- CreateIndex
CREATE UNIQUE INDEX "evaluation_tokens_case_id_occasion_key" ON "evaluation_tokens"("case_id", "occasion");

-- CreateIndex
CREATE INDEX "notifications_case_id_idx" ON "notifications"("case_id");

-- CreateIndex
CREATE INDEX "notifications_kind_created_at_idx" ON "notifications"("kind", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "survey_batches_month_key" ON "survey_batches"("month");

-- CreateIndex
CREATE INDEX "survey_calls_township_code_outcome_idx" ON "survey_calls"("township_code", "outcome");

-- CreateIndex
CREATE UNIQUE INDEX "survey_calls_batch_id_case_id_key" ON "survey_calls"("batch_id", "case_id");

-- CreateIndex
CREATE INDEX "rectifications_station_id_status_idx" ON "rectifications"("station_id", "status");

-- CreateIndex
CREATE INDEX "rectifications_status_due_date_idx" ON "rectifications"("status", "due_date");

-- CreateIndex
CREATE UNIQUE INDEX "rectifications_evaluation_id_key" ON "rectifications"("evaluation_id");

-- CreateIndex
CREATE UNIQUE INDEX "rectifications_survey_call_id_key" ON "rectifications"("survey_call_id");

-- CreateIndex
CREATE INDEX "rectification_events_rectification_id_id_idx" ON "rectification_events"("rectification_id", "id");

-- CreateIndex
CREATE UNIQUE INDEX "suggestions_tracking_code_key" ON "suggestions"("tracking_code");

-- CreateIndex
CREATE INDEX "suggestions_status_created_at_idx" ON "suggestions"("status", "created_at");

-- CreateIndex
CREATE INDEX "etl_changes_txid_idx" ON "etl_changes"("txid");

-- CreateIndex
CREATE UNIQUE INDEX "evaluations_token_id_key" ON "evaluations"("token_id");

-- CreateIndex
CREATE INDEX "evaluations_created_at_idx" ON "evaluations"("created_at");

-- CreateIndex
CREATE UNIQUE INDEX "evaluations_case_id_occasion_key" ON "evaluations"("case_id", "occasion");

-- AddForeignKey
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_token_id_fkey" FOREIGN KEY ("token_id") REFERENCES "evaluation_tokens"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evaluation_tokens" ADD CONSTRAINT "evaluation_tokens_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "survey_calls" ADD CONSTRAINT "survey_calls_batch_id_fkey" FOREIGN KEY ("batch_id") REFERENCES "survey_batches"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "survey_calls" ADD CONSTRAINT "survey_calls_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "rectifications" ADD CONSTRAINT "rectifications_evaluation_id_fkey" FOREIGN KEY ("evaluation_id") REFERENCES "evaluations"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "rectifications" ADD CONSTRAINT "rectifications_survey_call_id_fkey" FOREIGN KEY ("survey_call_id") REFERENCES "survey_calls"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "rectifications" ADD CONSTRAINT "rectifications_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "rectifications" ADD CONSTRAINT "rectifications_station_id_fkey" FOREIGN KEY ("station_id") REFERENCES "stations"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "rectification_events" ADD CONSTRAINT "rectification_events_rectification_id_fkey" FOREIGN KEY ("rectification_id") REFERENCES "rectifications"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

