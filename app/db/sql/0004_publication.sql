-- Schema version 4: what the publication half keeps (issue 15): the returned files exactly as received
-- (for the archive), and each publication export with the rows it carried (so the next shows what is new).
CREATE TABLE "received_file" ("id" INTEGER NOT NULL PRIMARY KEY, "batch_id" INTEGER NOT NULL, "file_name" VARCHAR(255) NOT NULL, "sha256" VARCHAR(64) NOT NULL, "size" INTEGER NOT NULL, "content" BLOB NOT NULL, "received_at" VARCHAR(255) NOT NULL, FOREIGN KEY ("batch_id") REFERENCES "result_batch" ("id") ON DELETE RESTRICT);
CREATE INDEX "received_file_batch_id" ON "received_file" ("batch_id");
CREATE TABLE "publication_export" ("id" INTEGER NOT NULL PRIMARY KEY, "plan_id" INTEGER NOT NULL, "seq" INTEGER NOT NULL, "rows" TEXT NOT NULL, "count" INTEGER NOT NULL, "file_name" VARCHAR(255) NOT NULL, "file_sha256" VARCHAR(64) NOT NULL, "digest" VARCHAR(64) NOT NULL, "published_on" VARCHAR(255) NOT NULL, "at" VARCHAR(255) NOT NULL, "actor" VARCHAR(255) NOT NULL, FOREIGN KEY ("plan_id") REFERENCES "plan" ("id") ON DELETE RESTRICT);
CREATE UNIQUE INDEX "publication_export_plan_id_seq" ON "publication_export" ("plan_id", "seq");
