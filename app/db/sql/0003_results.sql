-- Schema version 3: district work packages, result batches and result revisions (issue 13).
-- A result is never updated: each entry, import, review or return adds a revision, and each write
-- is a batch whose digest is chained into the audit log.
CREATE TABLE "package" ("id" INTEGER NOT NULL PRIMARY KEY, "uid" VARCHAR(255) NOT NULL, "draw_id" INTEGER NOT NULL, "district" VARCHAR(255) NOT NULL, "issue_no" INTEGER NOT NULL, "keys" TEXT NOT NULL, "content_digest" VARCHAR(64) NOT NULL, "file_name" VARCHAR(255) NOT NULL, "file_sha256" VARCHAR(64) NOT NULL, "issued_at" VARCHAR(255) NOT NULL, "issued_by" VARCHAR(255) NOT NULL, FOREIGN KEY ("draw_id") REFERENCES "draw" ("id") ON DELETE RESTRICT);
CREATE UNIQUE INDEX "package_uid" ON "package" ("uid");
CREATE INDEX "package_draw_id" ON "package" ("draw_id");
CREATE INDEX "package_draw_id_district" ON "package" ("draw_id", "district");
CREATE TABLE "result_batch" ("id" INTEGER NOT NULL PRIMARY KEY, "draw_id" INTEGER NOT NULL, "kind" VARCHAR(255) NOT NULL, "package_id" INTEGER, "file_name" VARCHAR(255) NOT NULL, "file_sha256" VARCHAR(64) NOT NULL, "mapped_by_hand" TEXT NOT NULL, "problems" TEXT NOT NULL, "count" INTEGER NOT NULL, "digest" VARCHAR(64) NOT NULL, "at" VARCHAR(255) NOT NULL, "actor" VARCHAR(255) NOT NULL, FOREIGN KEY ("draw_id") REFERENCES "draw" ("id") ON DELETE RESTRICT, FOREIGN KEY ("package_id") REFERENCES "package" ("id") ON DELETE RESTRICT);
CREATE INDEX "result_batch_draw_id" ON "result_batch" ("draw_id");
CREATE INDEX "result_batch_package_id" ON "result_batch" ("package_id");
CREATE TABLE "result_revision" ("id" INTEGER NOT NULL PRIMARY KEY, "draw_id" INTEGER NOT NULL, "key" VARCHAR(255) NOT NULL, "revision" INTEGER NOT NULL, "status" VARCHAR(255) NOT NULL, "content" TEXT NOT NULL, "reviewer" VARCHAR(255) NOT NULL, "reason" TEXT NOT NULL, "batch_id" INTEGER NOT NULL, "digest" VARCHAR(64) NOT NULL, FOREIGN KEY ("draw_id") REFERENCES "draw" ("id") ON DELETE RESTRICT, FOREIGN KEY ("batch_id") REFERENCES "result_batch" ("id") ON DELETE RESTRICT);
CREATE INDEX "result_revision_batch_id" ON "result_revision" ("batch_id");
CREATE UNIQUE INDEX "result_revision_draw_id_key_revision" ON "result_revision" ("draw_id", "key", "revision");
-- This database's identity, printed in every work package so a returned file from another
-- database is recognised. Set once here; the settings refuse to change it.
INSERT OR IGNORE INTO setting ("key", "value") VALUES ('database_id', '"' || lower(hex(randomblob(16))) || '"');
-- The one flat list of result categories became the result model's lists (setting result_lists).
DELETE FROM setting WHERE "key" = 'result_categories';
