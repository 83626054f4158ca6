-- Schema version 5: the check-item catalogue (抽查事项清单, issue 16), a register kind of its own
-- ("catalogue"): its rows belong to an immutable register version like every other register's.
CREATE TABLE "catalogue_item" ("id" INTEGER NOT NULL PRIMARY KEY, "version_id" INTEGER NOT NULL, "code" VARCHAR(255) NOT NULL, "name" VARCHAR(255) NOT NULL, "category" VARCHAR(255) NOT NULL, "method" VARCHAR(255) NOT NULL, "department" VARCHAR(255) NOT NULL, "object_type" VARCHAR(255) NOT NULL, "basis" TEXT NOT NULL, "note" TEXT NOT NULL, "sheet" VARCHAR(255) NOT NULL, "row" INTEGER NOT NULL, FOREIGN KEY ("version_id") REFERENCES "register_version" ("id") ON DELETE RESTRICT);
CREATE UNIQUE INDEX "catalogue_item_version_id_code" ON "catalogue_item" ("version_id", "code");
