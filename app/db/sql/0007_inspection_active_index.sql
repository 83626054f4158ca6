-- Schema version 7: the step list counts a plan's active inspections at every data change, on the GUI
-- thread (app.workflow._result_counts). With only the (draw_id) index, SQLite reads every inspection
-- row to test "active": on a 200,000-inspection draw 40-140 ms and about 40 MB of page cache at start
-- (issue 18). A (draw_id, active) index answers the count from the index alone: 7 ms. Inspections are
-- written once per draw, so the extra index costs the draw a few hundred milliseconds at that size.
CREATE INDEX IF NOT EXISTS "inspection_draw_id_active" ON "inspection" ("draw_id", "active");
