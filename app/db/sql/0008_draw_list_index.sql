-- Schema version 8: the draw screen lists a plan's draws on the GUI thread (app.draw.queries.draw_rows).
-- drawn_at and void_reason are stored after the draw's record text (55 MB at 200,000 inspections), so
-- reading them walked the record's overflow pages: about 15 ms warm and 60 ms on a fresh connection,
-- most of the draw screen's first stall (issue 18). This index holds every column the list shows, so
-- the list is read from the index alone (under 1 ms) and never touches the record.
CREATE INDEX IF NOT EXISTS "draw_plan_list" ON "draw" ("plan_id", "draw_no", "status", "commitment", "seed",
                                                      "committed_at", "drawn_at", "void_reason");
