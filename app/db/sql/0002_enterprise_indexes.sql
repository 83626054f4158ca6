-- Schema version 2: the enterprise table keeps only its unique (version_id, key) index.
-- Every query names a version: a district filter scans that version's rows through the
-- unique index, and a lookup by key uses it with the version. The two other indexes cost
-- about a fifth of a 100,000-row import and served no query.
DROP INDEX IF EXISTS "enterprise_version_id_district";
DROP INDEX IF EXISTS "enterprise_key";
