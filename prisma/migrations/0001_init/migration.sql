-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "RegionLevel" AS ENUM ('CITY', 'COUNTY', 'TOWNSHIP', 'VILLAGE');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'CITY_LEADER', 'COUNTY_LEADER', 'TOWNSHIP_REVIEWER', 'STATION_AGENT');

-- CreateEnum
CREATE TYPE "AgentCategory" AS ENUM ('PARTY_MEMBER', 'TOWNSHIP_STAFF', 'VILLAGE_CADRE', 'VILLAGER_GROUP_LEADER', 'PARTY_GROUP_LEADER', 'GRID_LEADER', 'PARTY_ACTIVIST', 'GRADUATE_VILLAGE_OFFICIAL', 'OTHER');

-- CreateEnum
CREATE TYPE "CatalogueSource" AS ENUM ('TOWNSHIP_GUIDE', 'VILLAGE_GUIDE', 'VILLAGE_DUTY_LIST', 'LOCAL_DEMAND');

-- CreateEnum
CREATE TYPE "CatalogueChangeStatus" AS ENUM ('PROPOSED', 'APPROVED', 'REJECTED', 'PUBLISHED');

-- CreateEnum
CREATE TYPE "CatalogueChangeType" AS ENUM ('ADD', 'UPDATE', 'MOVE_LEVEL', 'RETIRE');

-- CreateEnum
CREATE TYPE "AuditOutcome" AS ENUM ('SUCCESS', 'FAILURE', 'DENIED');

-- CreateEnum
CREATE TYPE "HandlingLevel" AS ENUM ('VILLAGE', 'TOWNSHIP', 'COUNTY');

-- CreateEnum
CREATE TYPE "MaterialForm" AS ENUM ('ORIGINAL', 'COPY', 'ORIGINAL_AND_COPY');

-- CreateEnum
CREATE TYPE "ConsultationChannel" AS ENUM ('PHONE', 'VISIT');

-- CreateEnum
CREATE TYPE "ConsultationStatus" AS ENUM ('OPEN', 'ANSWERED', 'CONVERTED');

-- CreateEnum
CREATE TYPE "CaseStatus" AS ENUM ('AWAITING_MATERIALS', 'ACCEPTED', 'IN_PROGRESS', 'SUPPLEMENT_REQUESTED', 'HANDED_UP', 'COMPLETED', 'FAILED');

-- CreateEnum
CREATE TYPE "EvaluationLevel" AS ENUM ('VERY_SATISFIED', 'SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED', 'VERY_DISSATISFIED');

-- CreateEnum
CREATE TYPE "EvaluationChannel" AS ENUM ('ONLINE', 'DEVICE', 'PAPER', 'COMMENT_BOX');

-- CreateTable
CREATE TABLE "regions" (
    "code" VARCHAR(12) NOT NULL,
    "name" VARCHAR(64) NOT NULL,
    "level" "RegionLevel" NOT NULL,
    "parent_code" VARCHAR(12),
    "path" VARCHAR(80) NOT NULL,

    CONSTRAINT "regions_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "stations" (
    "id" SERIAL NOT NULL,
    "region_code" VARCHAR(12) NOT NULL,
    "name" VARCHAR(64) NOT NULL,
    "address" VARCHAR(200) NOT NULL,
    "opening_hours" VARCHAR(100) NOT NULL,
    "latitude" DECIMAL(9,6),
    "longitude" DECIMAL(9,6),
    "zones" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "facilities" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "stations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "agents" (
    "id" SERIAL NOT NULL,
    "station_id" INTEGER NOT NULL,
    "name" VARCHAR(32) NOT NULL,
    "category" "AgentCategory" NOT NULL,
    "phone" VARCHAR(20) NOT NULL,
    "skills" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "active" BOOLEAN NOT NULL DEFAULT true,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "agents_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "agent_trainings" (
    "id" SERIAL NOT NULL,
    "agent_id" INTEGER NOT NULL,
    "course" VARCHAR(100) NOT NULL,
    "provider" VARCHAR(100) NOT NULL DEFAULT '',
    "date" DATE NOT NULL,
    "hours" DECIMAL(5,1) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "agent_trainings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "users" (
    "id" SERIAL NOT NULL,
    "username" VARCHAR(64) NOT NULL,
    "password_hash" TEXT NOT NULL,
    "display_name" VARCHAR(64) NOT NULL,
    "role" "Role" NOT NULL,
    "region_code" VARCHAR(12) NOT NULL,
    "station_id" INTEGER,
    "agent_id" INTEGER,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "failed_logins" INTEGER NOT NULL DEFAULT 0,
    "locked_until" TIMESTAMPTZ(3),
    "password_changed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "users_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "auth_sessions" (
    "id" UUID NOT NULL,
    "user_id" INTEGER NOT NULL,
    "family_id" UUID NOT NULL,
    "token_hash" CHAR(64) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "used_at" TIMESTAMPTZ(3),
    "revoked_at" TIMESTAMPTZ(3),
    "revoked_reason" VARCHAR(32),
    "ip" VARCHAR(64),
    "user_agent" VARCHAR(300),

    CONSTRAINT "auth_sessions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_log" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor_id" INTEGER,
    "actor_name" VARCHAR(64) NOT NULL,
    "actor_role" VARCHAR(32),
    "action" VARCHAR(64) NOT NULL,
    "resource_type" VARCHAR(32),
    "resource_id" VARCHAR(64),
    "outcome" "AuditOutcome" NOT NULL,
    "ip" VARCHAR(64),
    "user_agent" VARCHAR(300),
    "request_id" VARCHAR(64),
    "detail" JSONB NOT NULL DEFAULT '{}',

    CONSTRAINT "audit_log_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "catalogue_items" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(32) NOT NULL,
    "name" VARCHAR(100) NOT NULL,
    "category" VARCHAR(32) NOT NULL,
    "source" "CatalogueSource" NOT NULL,
    "level" "HandlingLevel" NOT NULL,
    "department" VARCHAR(64) NOT NULL,
    "legal_basis" VARCHAR(300) NOT NULL,
    "time_limit_days" INTEGER NOT NULL,
    "statutory_fee" DECIMAL(10,2) NOT NULL DEFAULT 0,
    "procedure" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "version" INTEGER NOT NULL DEFAULT 1,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "catalogue_items_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "catalogue_item_versions" (
    "id" SERIAL NOT NULL,
    "item_id" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    "change_type" "CatalogueChangeType" NOT NULL,
    "status" "CatalogueChangeStatus" NOT NULL,
    "content" JSONB NOT NULL,
    "reason" TEXT NOT NULL,
    "evidence" JSONB,
    "effective_from" DATE,
    "proposed_by_id" INTEGER,
    "proposed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decided_by_id" INTEGER,
    "decided_at" TIMESTAMPTZ(3),
    "decision_note" TEXT,
    "published_at" TIMESTAMPTZ(3),
    "applied_at" TIMESTAMPTZ(3),

    CONSTRAINT "catalogue_item_versions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "catalogue_materials" (
    "id" SERIAL NOT NULL,
    "item_id" INTEGER NOT NULL,
    "name" VARCHAR(100) NOT NULL,
    "form" "MaterialForm" NOT NULL,
    "copies" INTEGER NOT NULL DEFAULT 1,
    "how_to_get" VARCHAR(200) NOT NULL,
    "sort_order" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "catalogue_materials_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "consultations" (
    "id" SERIAL NOT NULL,
    "station_id" INTEGER NOT NULL,
    "agent_id" INTEGER NOT NULL,
    "channel" "ConsultationChannel" NOT NULL,
    "citizen_name" VARCHAR(32) NOT NULL,
    "citizen_phone_enc" TEXT NOT NULL,
    "citizen_phone_masked" VARCHAR(20) NOT NULL,
    "item_id" INTEGER,
    "topic" VARCHAR(200) NOT NULL,
    "content" TEXT NOT NULL,
    "answer" TEXT,
    "status" "ConsultationStatus" NOT NULL,
    "due_date" DATE,
    "answered_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "consultations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "cases" (
    "id" SERIAL NOT NULL,
    "case_no" VARCHAR(24) NOT NULL,
    "station_id" INTEGER NOT NULL,
    "agent_id" INTEGER NOT NULL,
    "item_id" INTEGER NOT NULL,
    "item_version" INTEGER NOT NULL,
    "consultation_id" INTEGER,
    "citizen_name" VARCHAR(32) NOT NULL,
    "citizen_phone_enc" TEXT NOT NULL,
    "citizen_phone_masked" VARCHAR(20) NOT NULL,
    "citizen_id_enc" TEXT,
    "citizen_id_masked" VARCHAR(18),
    "consent_at" TIMESTAMPTZ(3) NOT NULL,
    "status" "CaseStatus" NOT NULL,
    "level" "HandlingLevel" NOT NULL,
    "home_visit" BOOLEAN NOT NULL DEFAULT false,
    "accepted_at" TIMESTAMPTZ(3),
    "due_date" DATE,
    "paused_days" INTEGER NOT NULL DEFAULT 0,
    "completed_at" TIMESTAMPTZ(3),
    "failure_reason" VARCHAR(32),
    "failure_note" TEXT,
    "reapplication_of_id" INTEGER,
    "consent_method" VARCHAR(24),
    "extension_days" INTEGER NOT NULL DEFAULT 0,
    "notified_at" TIMESTAMPTZ(3),
    "notify_channel" VARCHAR(16),
    "delivered_at" TIMESTAMPTZ(3),
    "statutory_fee" DECIMAL(10,2),
    "fee_receipt_no" VARCHAR(64),
    "alert_level" VARCHAR(16) NOT NULL DEFAULT 'NONE',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "cases_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "case_materials" (
    "id" SERIAL NOT NULL,
    "case_id" INTEGER NOT NULL,
    "material_id" INTEGER,
    "name" VARCHAR(100) NOT NULL,
    "form" "MaterialForm" NOT NULL,
    "copies" INTEGER NOT NULL DEFAULT 1,
    "how_to_get" VARCHAR(200) NOT NULL,
    "provided" BOOLEAN NOT NULL DEFAULT false,
    "provided_at" TIMESTAMPTZ(3),

    CONSTRAINT "case_materials_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "case_pauses" (
    "id" SERIAL NOT NULL,
    "case_id" INTEGER NOT NULL,
    "kind" VARCHAR(16) NOT NULL,
    "reason" TEXT NOT NULL,
    "started_at" TIMESTAMPTZ(3) NOT NULL,
    "ended_at" TIMESTAMPTZ(3),
    "working_days" INTEGER NOT NULL DEFAULT 0,
    "approved_by_id" INTEGER,

    CONSTRAINT "case_pauses_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "case_extensions" (
    "id" SERIAL NOT NULL,
    "case_id" INTEGER NOT NULL,
    "days" INTEGER NOT NULL,
    "reason" TEXT NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "requested_by_id" INTEGER NOT NULL,
    "requested_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decided_by_id" INTEGER,
    "decided_at" TIMESTAMPTZ(3),
    "decision_note" TEXT,

    CONSTRAINT "case_extensions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "case_handoffs" (
    "id" SERIAL NOT NULL,
    "case_id" INTEGER NOT NULL,
    "level" "HandlingLevel" NOT NULL,
    "to_region_code" VARCHAR(12) NOT NULL,
    "status" VARCHAR(24) NOT NULL,
    "handed_up_by_id" INTEGER NOT NULL,
    "handed_up_at" TIMESTAMPTZ(3) NOT NULL,
    "due_date" DATE,
    "materials_confirmed_at" TIMESTAMPTZ(3),
    "reviewed_at" TIMESTAMPTZ(3),
    "signed_at" TIMESTAMPTZ(3),
    "stamped_at" TIMESTAMPTZ(3),
    "certificate_no" VARCHAR(64),
    "issued_at" TIMESTAMPTZ(3),
    "returned_at" TIMESTAMPTZ(3),
    "reviewer_id" INTEGER,
    "result_note" TEXT,

    CONSTRAINT "case_handoffs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "case_files" (
    "id" SERIAL NOT NULL,
    "case_id" INTEGER NOT NULL,
    "handoff_id" INTEGER,
    "material_name" VARCHAR(100) NOT NULL,
    "file_name" VARCHAR(200) NOT NULL,
    "mime_type" VARCHAR(64) NOT NULL,
    "size_bytes" INTEGER NOT NULL,
    "sha256" CHAR(64) NOT NULL,
    "uploaded_by_id" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "case_files_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "home_visits" (
    "id" SERIAL NOT NULL,
    "case_id" INTEGER NOT NULL,
    "agent_id" INTEGER NOT NULL,
    "visit_date" DATE NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "home_visits_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "case_events" (
    "id" BIGSERIAL NOT NULL,
    "case_id" INTEGER NOT NULL,
    "type" VARCHAR(32) NOT NULL,
    "from_status" "CaseStatus",
    "to_status" "CaseStatus",
    "actor_id" INTEGER,
    "data" JSONB NOT NULL DEFAULT '{}',
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "txid" xid8 NOT NULL DEFAULT pg_current_xact_id(),

    CONSTRAINT "case_events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "evaluations" (
    "id" SERIAL NOT NULL,
    "case_id" INTEGER NOT NULL,
    "channel" "EvaluationChannel" NOT NULL,
    "level" "EvaluationLevel" NOT NULL,
    "done" BOOLEAN NOT NULL DEFAULT true,
    "comment" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "evaluations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "app_meta" (
    "key" VARCHAR(64) NOT NULL,
    "value" JSONB NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "app_meta_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "calendar_days" (
    "date" DATE NOT NULL,
    "is_working_day" BOOLEAN NOT NULL,
    "name" VARCHAR(32),
    "source" VARCHAR(16) NOT NULL,
    "updated_by_id" INTEGER,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "calendar_days_pkey" PRIMARY KEY ("date")
);

-- CreateIndex
CREATE INDEX "regions_parent_code_idx" ON "regions"("parent_code");

-- CreateIndex
CREATE INDEX "regions_path_prefix_idx" ON "regions"("path" text_pattern_ops);

-- CreateIndex
CREATE UNIQUE INDEX "stations_region_code_key" ON "stations"("region_code");

-- CreateIndex
CREATE INDEX "agents_station_id_idx" ON "agents"("station_id");

-- CreateIndex
CREATE INDEX "agent_trainings_agent_id_date_idx" ON "agent_trainings"("agent_id", "date");

-- CreateIndex
CREATE UNIQUE INDEX "users_username_key" ON "users"("username");

-- CreateIndex
CREATE UNIQUE INDEX "users_agent_id_key" ON "users"("agent_id");

-- CreateIndex
CREATE UNIQUE INDEX "auth_sessions_token_hash_key" ON "auth_sessions"("token_hash");

-- CreateIndex
CREATE INDEX "auth_sessions_family_id_idx" ON "auth_sessions"("family_id");

-- CreateIndex
CREATE INDEX "auth_sessions_user_id_idx" ON "auth_sessions"("user_id");

-- CreateIndex
CREATE INDEX "audit_log_at_idx" ON "audit_log"("at");

-- CreateIndex
CREATE INDEX "audit_log_actor_id_at_idx" ON "audit_log"("actor_id", "at");

-- CreateIndex
CREATE INDEX "audit_log_action_at_idx" ON "audit_log"("action", "at");

-- CreateIndex
CREATE INDEX "audit_log_resource_type_resource_id_idx" ON "audit_log"("resource_type", "resource_id");

-- CreateIndex
CREATE UNIQUE INDEX "catalogue_items_code_key" ON "catalogue_items"("code");

-- CreateIndex
CREATE INDEX "catalogue_item_versions_status_effective_from_idx" ON "catalogue_item_versions"("status", "effective_from");

-- CreateIndex
CREATE UNIQUE INDEX "catalogue_item_versions_item_id_version_key" ON "catalogue_item_versions"("item_id", "version");

-- CreateIndex
CREATE INDEX "catalogue_materials_item_id_idx" ON "catalogue_materials"("item_id");

-- CreateIndex
CREATE INDEX "consultations_station_id_created_at_idx" ON "consultations"("station_id", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "cases_case_no_key" ON "cases"("case_no");

-- CreateIndex
CREATE INDEX "cases_station_id_status_idx" ON "cases"("station_id", "status");

-- CreateIndex
CREATE INDEX "cases_completed_at_idx" ON "cases"("completed_at");

-- CreateIndex
CREATE INDEX "case_materials_case_id_idx" ON "case_materials"("case_id");

-- CreateIndex
CREATE INDEX "case_pauses_case_id_idx" ON "case_pauses"("case_id");

-- CreateIndex
CREATE INDEX "case_extensions_case_id_idx" ON "case_extensions"("case_id");

-- CreateIndex
CREATE INDEX "case_handoffs_case_id_idx" ON "case_handoffs"("case_id");

-- CreateIndex
CREATE INDEX "case_handoffs_to_region_code_status_idx" ON "case_handoffs"("to_region_code", "status");

-- CreateIndex
CREATE INDEX "case_files_case_id_idx" ON "case_files"("case_id");

-- CreateIndex
CREATE INDEX "home_visits_case_id_idx" ON "home_visits"("case_id");

-- CreateIndex
CREATE INDEX "case_events_case_id_id_idx" ON "case_events"("case_id", "id");

-- CreateIndex
CREATE INDEX "case_events_txid_idx" ON "case_events"("txid");

-- CreateIndex
CREATE INDEX "evaluations_case_id_idx" ON "evaluations"("case_id");

-- AddForeignKey
ALTER TABLE "regions" ADD CONSTRAINT "regions_parent_code_fkey" FOREIGN KEY ("parent_code") REFERENCES "regions"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "stations" ADD CONSTRAINT "stations_region_code_fkey" FOREIGN KEY ("region_code") REFERENCES "regions"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "agents" ADD CONSTRAINT "agents_station_id_fkey" FOREIGN KEY ("station_id") REFERENCES "stations"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "agent_trainings" ADD CONSTRAINT "agent_trainings_agent_id_fkey" FOREIGN KEY ("agent_id") REFERENCES "agents"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "users" ADD CONSTRAINT "users_region_code_fkey" FOREIGN KEY ("region_code") REFERENCES "regions"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "users" ADD CONSTRAINT "users_station_id_fkey" FOREIGN KEY ("station_id") REFERENCES "stations"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "users" ADD CONSTRAINT "users_agent_id_fkey" FOREIGN KEY ("agent_id") REFERENCES "agents"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "auth_sessions" ADD CONSTRAINT "auth_sessions_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "catalogue_item_versions" ADD CONSTRAINT "catalogue_item_versions_item_id_fkey" FOREIGN KEY ("item_id") REFERENCES "catalogue_items"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "catalogue_materials" ADD CONSTRAINT "catalogue_materials_item_id_fkey" FOREIGN KEY ("item_id") REFERENCES "catalogue_items"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "consultations" ADD CONSTRAINT "consultations_station_id_fkey" FOREIGN KEY ("station_id") REFERENCES "stations"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "consultations" ADD CONSTRAINT "consultations_agent_id_fkey" FOREIGN KEY ("agent_id") REFERENCES "agents"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "consultations" ADD CONSTRAINT "consultations_item_id_fkey" FOREIGN KEY ("item_id") REFERENCES "catalogue_items"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cases" ADD CONSTRAINT "cases_station_id_fkey" FOREIGN KEY ("station_id") REFERENCES "stations"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cases" ADD CONSTRAINT "cases_agent_id_fkey" FOREIGN KEY ("agent_id") REFERENCES "agents"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cases" ADD CONSTRAINT "cases_item_id_fkey" FOREIGN KEY ("item_id") REFERENCES "catalogue_items"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cases" ADD CONSTRAINT "cases_consultation_id_fkey" FOREIGN KEY ("consultation_id") REFERENCES "consultations"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_materials" ADD CONSTRAINT "case_materials_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_pauses" ADD CONSTRAINT "case_pauses_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_extensions" ADD CONSTRAINT "case_extensions_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_handoffs" ADD CONSTRAINT "case_handoffs_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_files" ADD CONSTRAINT "case_files_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_files" ADD CONSTRAINT "case_files_handoff_id_fkey" FOREIGN KEY ("handoff_id") REFERENCES "case_handoffs"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "home_visits" ADD CONSTRAINT "home_visits_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_events" ADD CONSTRAINT "case_events_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_events" ADD CONSTRAINT "case_events_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

