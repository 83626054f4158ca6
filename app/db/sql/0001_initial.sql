-- Schema version 1. Generated from the models by `python -m app.db.schema freeze`.
CREATE TABLE "setting" ("key" VARCHAR(255) NOT NULL PRIMARY KEY, "value" TEXT NOT NULL);
CREATE TABLE "audit_log" ("id" INTEGER NOT NULL PRIMARY KEY, "at" VARCHAR(255) NOT NULL, "actor" VARCHAR(255) NOT NULL, "action" VARCHAR(255) NOT NULL, "payload" TEXT NOT NULL, "prev_hash" VARCHAR(64) NOT NULL, "hash" VARCHAR(64) NOT NULL);
CREATE INDEX "audit_log_action" ON "audit_log" ("action");
CREATE UNIQUE INDEX "audit_log_hash" ON "audit_log" ("hash");
CREATE TABLE "register" ("id" INTEGER NOT NULL PRIMARY KEY, "name" VARCHAR(255) NOT NULL, "kind" VARCHAR(255) NOT NULL, "created_at" VARCHAR(255) NOT NULL);
CREATE UNIQUE INDEX "register_name" ON "register" ("name");
CREATE TABLE "register_version" ("id" INTEGER NOT NULL PRIMARY KEY, "register_id" INTEGER NOT NULL, "version" INTEGER NOT NULL, "source_name" VARCHAR(255) NOT NULL, "source_sha256" VARCHAR(64) NOT NULL, "sheets" TEXT NOT NULL, "mapping" TEXT NOT NULL, "rows_read" INTEGER NOT NULL, "imported" INTEGER NOT NULL, "operating" INTEGER NOT NULL, "rejected" INTEGER NOT NULL, "flagged" INTEGER NOT NULL, "digest" VARCHAR(64) NOT NULL, "created_at" VARCHAR(255) NOT NULL, "created_by" VARCHAR(255) NOT NULL, "note" TEXT NOT NULL, FOREIGN KEY ("register_id") REFERENCES "register" ("id") ON DELETE RESTRICT);
CREATE INDEX "register_version_register_id" ON "register_version" ("register_id");
CREATE UNIQUE INDEX "register_version_register_id_version" ON "register_version" ("register_id", "version");
CREATE TABLE "enterprise" ("id" INTEGER NOT NULL PRIMARY KEY, "version_id" INTEGER NOT NULL, "key" VARCHAR(255) NOT NULL, "key_kind" VARCHAR(255) NOT NULL, "name" VARCHAR(255) NOT NULL, "district" VARCHAR(255) NOT NULL, "status" VARCHAR(255) NOT NULL, "operating" INTEGER NOT NULL, "legal_rep" VARCHAR(255) NOT NULL, "address" VARCHAR(255) NOT NULL, "phone" VARCHAR(255) NOT NULL, "licence_no" VARCHAR(255) NOT NULL, "product" VARCHAR(255) NOT NULL, "issued_on" VARCHAR(255), "valid_until" VARCHAR(255), "extra" TEXT NOT NULL, "sheet" VARCHAR(255) NOT NULL, "row" INTEGER NOT NULL, FOREIGN KEY ("version_id") REFERENCES "register_version" ("id") ON DELETE RESTRICT);
CREATE UNIQUE INDEX "enterprise_version_id_key" ON "enterprise" ("version_id", "key");
CREATE INDEX "enterprise_version_id_district" ON "enterprise" ("version_id", "district");
CREATE INDEX "enterprise_key" ON "enterprise" ("key");
CREATE TABLE "inspector" ("id" INTEGER NOT NULL PRIMARY KEY, "version_id" INTEGER NOT NULL, "cert_no" VARCHAR(255) NOT NULL, "name" VARCHAR(255) NOT NULL, "unit" VARCHAR(255) NOT NULL, "district" VARCHAR(255) NOT NULL, "specialty" VARCHAR(255) NOT NULL, "status" VARCHAR(255) NOT NULL, "cert_expiry" VARCHAR(255), "expert" INTEGER NOT NULL, "phone" VARCHAR(255) NOT NULL, "in_post" INTEGER NOT NULL, "extra" TEXT NOT NULL, "sheet" VARCHAR(255) NOT NULL, "row" INTEGER NOT NULL, FOREIGN KEY ("version_id") REFERENCES "register_version" ("id") ON DELETE RESTRICT);
CREATE UNIQUE INDEX "inspector_version_id_cert_no" ON "inspector" ("version_id", "cert_no");
CREATE TABLE "avoidance_pair" ("id" INTEGER NOT NULL PRIMARY KEY, "version_id" INTEGER NOT NULL, "cert_no" VARCHAR(255) NOT NULL, "key" VARCHAR(255) NOT NULL, "inspector_name" VARCHAR(255) NOT NULL, "enterprise_name" VARCHAR(255) NOT NULL, "reason" VARCHAR(255) NOT NULL, "sheet" VARCHAR(255) NOT NULL, "row" INTEGER NOT NULL, FOREIGN KEY ("version_id") REFERENCES "register_version" ("id") ON DELETE RESTRICT);
CREATE UNIQUE INDEX "avoidance_pair_version_id_cert_no_key" ON "avoidance_pair" ("version_id", "cert_no", "key");
CREATE TABLE "institution" ("id" INTEGER NOT NULL PRIMARY KEY, "version_id" INTEGER NOT NULL, "key" VARCHAR(255) NOT NULL, "name" VARCHAR(255) NOT NULL, "services" TEXT NOT NULL, "qualification" VARCHAR(255) NOT NULL, "qualification_expiry" VARCHAR(255), "contact" VARCHAR(255) NOT NULL, "phone" VARCHAR(255) NOT NULL, "sheet" VARCHAR(255) NOT NULL, "row" INTEGER NOT NULL, FOREIGN KEY ("version_id") REFERENCES "register_version" ("id") ON DELETE RESTRICT);
CREATE UNIQUE INDEX "institution_version_id_key" ON "institution" ("version_id", "key");
CREATE TABLE "import_issue" ("id" INTEGER NOT NULL PRIMARY KEY, "version_id" INTEGER NOT NULL, "severity" VARCHAR(255) NOT NULL, "sheet" VARCHAR(255) NOT NULL, "row" INTEGER, "column" VARCHAR(255) NOT NULL, "value" TEXT NOT NULL, "reason" TEXT NOT NULL, FOREIGN KEY ("version_id") REFERENCES "register_version" ("id") ON DELETE RESTRICT);
CREATE INDEX "import_issue_version_id" ON "import_issue" ("version_id");
CREATE TABLE "header_mapping" ("id" INTEGER NOT NULL PRIMARY KEY, "signature" VARCHAR(64) NOT NULL, "kind" VARCHAR(255) NOT NULL, "headers" TEXT NOT NULL, "mapping" TEXT NOT NULL, "updated_at" VARCHAR(255) NOT NULL);
CREATE UNIQUE INDEX "header_mapping_signature" ON "header_mapping" ("signature");
CREATE TABLE "plan" ("id" INTEGER NOT NULL PRIMARY KEY, "title" VARCHAR(255) NOT NULL, "number" VARCHAR(255) NOT NULL, "start" VARCHAR(255) NOT NULL, "due" VARCHAR(255) NOT NULL, "end" VARCHAR(255) NOT NULL, "team_size" INTEGER NOT NULL, "conditional_items" TEXT NOT NULL, "options" TEXT NOT NULL, "source_toml" TEXT NOT NULL, "status" VARCHAR(255) NOT NULL, "created_at" VARCHAR(255) NOT NULL);
CREATE TABLE "task" ("id" INTEGER NOT NULL PRIMARY KEY, "plan_id" INTEGER NOT NULL, "position" INTEGER NOT NULL, "code" VARCHAR(255) NOT NULL, "name" VARCHAR(255) NOT NULL, "register_name" VARCHAR(255) NOT NULL, "register_version_id" INTEGER, "ratio_p" INTEGER, "ratio_q" INTEGER, "count" INTEGER, "stratify" INTEGER NOT NULL, "items" TEXT NOT NULL, "filter" TEXT NOT NULL, "pool" VARCHAR(255) NOT NULL, "third_party" VARCHAR(255), FOREIGN KEY ("plan_id") REFERENCES "plan" ("id") ON DELETE RESTRICT, FOREIGN KEY ("register_version_id") REFERENCES "register_version" ("id") ON DELETE RESTRICT);
CREATE INDEX "task_plan_id" ON "task" ("plan_id");
CREATE INDEX "task_register_version_id" ON "task" ("register_version_id");
CREATE UNIQUE INDEX "task_plan_id_code" ON "task" ("plan_id", "code");
CREATE TABLE "draw" ("id" INTEGER NOT NULL PRIMARY KEY, "draw_no" INTEGER NOT NULL, "plan_id" INTEGER NOT NULL, "status" VARCHAR(255) NOT NULL, "log_head" VARCHAR(64) NOT NULL, "commitment" VARCHAR(64) NOT NULL, "commit_data" TEXT NOT NULL, "committed_at" VARCHAR(255) NOT NULL, "witnesses" TEXT, "seed" VARCHAR(64), "record" TEXT, "record_sha256" VARCHAR(64), "drawn_at" VARCHAR(255), "log_head_after" VARCHAR(64), "void_reason" TEXT, "voided_at" VARCHAR(255), FOREIGN KEY ("plan_id") REFERENCES "plan" ("id") ON DELETE RESTRICT);
CREATE UNIQUE INDEX "draw_draw_no" ON "draw" ("draw_no");
CREATE INDEX "draw_plan_id" ON "draw" ("plan_id");
CREATE TABLE "draw_frame" ("id" INTEGER NOT NULL PRIMARY KEY, "draw_id" INTEGER NOT NULL, "task_code" VARCHAR(255) NOT NULL, "frame_text" TEXT NOT NULL, "digest" VARCHAR(64) NOT NULL, "size" INTEGER NOT NULL, FOREIGN KEY ("draw_id") REFERENCES "draw" ("id") ON DELETE RESTRICT);
CREATE INDEX "draw_frame_draw_id" ON "draw_frame" ("draw_id");
CREATE UNIQUE INDEX "draw_frame_draw_id_task_code" ON "draw_frame" ("draw_id", "task_code");
CREATE TABLE "inspection" ("id" INTEGER NOT NULL PRIMARY KEY, "draw_id" INTEGER NOT NULL, "key" VARCHAR(255) NOT NULL, "name" VARCHAR(255) NOT NULL, "district" VARCHAR(255) NOT NULL, "tasks" TEXT NOT NULL, "items" TEXT NOT NULL, "conditions" TEXT NOT NULL, "tickets" TEXT NOT NULL, "ranks" TEXT NOT NULL, "source" VARCHAR(255) NOT NULL, "active" INTEGER NOT NULL, FOREIGN KEY ("draw_id") REFERENCES "draw" ("id") ON DELETE RESTRICT);
CREATE INDEX "inspection_draw_id" ON "inspection" ("draw_id");
CREATE UNIQUE INDEX "inspection_draw_id_key" ON "inspection" ("draw_id", "key");
CREATE INDEX "inspection_draw_id_district" ON "inspection" ("draw_id", "district");
CREATE TABLE "alternate_use" ("id" INTEGER NOT NULL PRIMARY KEY, "draw_id" INTEGER NOT NULL, "task_code" VARCHAR(255) NOT NULL, "stratum" VARCHAR(255) NOT NULL, "out_key" VARCHAR(255) NOT NULL, "in_key" VARCHAR(255) NOT NULL, "rank" INTEGER NOT NULL, "reason" TEXT NOT NULL, "at" VARCHAR(255) NOT NULL, FOREIGN KEY ("draw_id") REFERENCES "draw" ("id") ON DELETE RESTRICT);
CREATE INDEX "alternate_use_draw_id" ON "alternate_use" ("draw_id");
CREATE TABLE "match" ("id" INTEGER NOT NULL PRIMARY KEY, "draw_id" INTEGER NOT NULL, "status" VARCHAR(255) NOT NULL, "team_size" INTEGER NOT NULL, "match_date" VARCHAR(255) NOT NULL, "inspector_version_id" INTEGER, "avoidance_version_id" INTEGER, "institution_version_id" INTEGER, "draw_record_sha256" VARCHAR(64) NOT NULL, "roster_text" TEXT NOT NULL, "roster_digest" VARCHAR(64) NOT NULL, "avoid_text" TEXT NOT NULL, "avoid_digest" VARCHAR(64) NOT NULL, "log_head" VARCHAR(64) NOT NULL, "commitment" VARCHAR(64) NOT NULL, "commit_data" TEXT NOT NULL, "committed_at" VARCHAR(255) NOT NULL, "witnesses" TEXT, "mseed" VARCHAR(64), "record" TEXT, "record_sha256" VARCHAR(64), "matched_at" VARCHAR(255), "log_head_after" VARCHAR(64), "void_reason" TEXT, FOREIGN KEY ("draw_id") REFERENCES "draw" ("id") ON DELETE RESTRICT, FOREIGN KEY ("inspector_version_id") REFERENCES "register_version" ("id") ON DELETE RESTRICT, FOREIGN KEY ("avoidance_version_id") REFERENCES "register_version" ("id") ON DELETE RESTRICT, FOREIGN KEY ("institution_version_id") REFERENCES "register_version" ("id") ON DELETE RESTRICT);
CREATE INDEX "match_draw_id" ON "match" ("draw_id");
CREATE INDEX "match_inspector_version_id" ON "match" ("inspector_version_id");
CREATE INDEX "match_avoidance_version_id" ON "match" ("avoidance_version_id");
CREATE INDEX "match_institution_version_id" ON "match" ("institution_version_id");
CREATE TABLE "assignment" ("id" INTEGER NOT NULL PRIMARY KEY, "match_id" INTEGER NOT NULL, "key" VARCHAR(255) NOT NULL, "district" VARCHAR(255) NOT NULL, "slot" INTEGER NOT NULL, "cert_no" VARCHAR(255) NOT NULL, "active" INTEGER NOT NULL, "source" VARCHAR(255) NOT NULL, FOREIGN KEY ("match_id") REFERENCES "match" ("id") ON DELETE RESTRICT);
CREATE INDEX "assignment_match_id" ON "assignment" ("match_id");
CREATE INDEX "assignment_match_id_key" ON "assignment" ("match_id", "key");
CREATE TABLE "replacement" ("id" INTEGER NOT NULL PRIMARY KEY, "match_id" INTEGER NOT NULL, "key" VARCHAR(255) NOT NULL, "out_cert" VARCHAR(255), "in_cert" VARCHAR(255) NOT NULL, "kind" VARCHAR(255) NOT NULL, "reason" TEXT NOT NULL, "approver" VARCHAR(255) NOT NULL, "at" VARCHAR(255) NOT NULL, FOREIGN KEY ("match_id") REFERENCES "match" ("id") ON DELETE RESTRICT);
CREATE INDEX "replacement_match_id" ON "replacement" ("match_id");
CREATE TABLE "institution_assignment" ("id" INTEGER NOT NULL PRIMARY KEY, "match_id" INTEGER NOT NULL, "key" VARCHAR(255) NOT NULL, "service" VARCHAR(255) NOT NULL, "institution_key" VARCHAR(255) NOT NULL, "ticket" VARCHAR(64) NOT NULL, FOREIGN KEY ("match_id") REFERENCES "match" ("id") ON DELETE RESTRICT);
CREATE INDEX "institution_assignment_match_id" ON "institution_assignment" ("match_id");
CREATE TABLE "document_number" ("id" INTEGER NOT NULL PRIMARY KEY, "plan_id" INTEGER NOT NULL, "kind" VARCHAR(255) NOT NULL, "key" VARCHAR(255) NOT NULL, "seq" INTEGER NOT NULL, "number" VARCHAR(255) NOT NULL, "created_at" VARCHAR(255) NOT NULL, FOREIGN KEY ("plan_id") REFERENCES "plan" ("id") ON DELETE RESTRICT);
CREATE INDEX "document_number_plan_id" ON "document_number" ("plan_id");
CREATE UNIQUE INDEX "document_number_plan_id_kind_key" ON "document_number" ("plan_id", "kind", "key");
CREATE UNIQUE INDEX "document_number_plan_id_seq" ON "document_number" ("plan_id", "seq");
CREATE TABLE "template_override" ("id" INTEGER NOT NULL PRIMARY KEY, "kind" VARCHAR(255) NOT NULL, "text" TEXT NOT NULL, "updated_at" VARCHAR(255) NOT NULL, "updated_by" VARCHAR(255) NOT NULL);
CREATE UNIQUE INDEX "template_override_kind" ON "template_override" ("kind");

-- The audit log is append-only: the database itself refuses edits and deletes.
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only');
END;
