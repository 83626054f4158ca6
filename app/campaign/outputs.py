"""What a draw or a match publishes: the data files (app.draw.records, app.match.records)
together with their printed PDFs (app.docs.records), in one folder.

Each function returns {name: Path}; the names are the ones the command line and
the GUI list to the clerk. The PDFs carry Chinese names with the plan and the draw number
(app.docs.names: <plan>_抽取承诺单_第1次抽取.pdf …), the same the documents step gives them; the data
files keep the names the specifications and the standalone verifier use. `output_names` lists
what a writer will put in the folder, so the GUI can ask before replacing files. Machine formats
with a fixed layout (the campaign archive, a district's return file) pass `spec_names=True` and keep
the English names their specifications list (SPEC_PDF_NAMES).

Every file is written atomically (app.files: temporary beside it, fsync, rename); the data
writers first clear the `.tmp-` files a killed run left in the folder, so a re-run
(`spotcheck draw record`, `match record`) also tidies up after a crash.
"""
from __future__ import annotations

from pathlib import Path

from app.db.base import transaction
from app.docs.names import record_pdf_name
from app.draw import records as draw_records
from app.draw.list_digests import list_digests
from app.draw.listing import FILE_NAME as LISTING_FILE
from app.draw.listing import write_listing
from app.draw.models import Draw
from app.match import records as match_records
from app.match.models import Match
from app.match.queries import current_match
from app.match.record_state import note_saved

DRAW_RECORD_JSON = "draw-record.json"
COMMITMENT_JSON = "commitment.json"


# The PDFs' names inside SPOTCHECK-ARCHIVE-1 and a district's return file (their layouts list them).
SPEC_PDF_NAMES = {"commitment": "commitment-sheet.pdf", "draw-record": "draw-record.pdf",
                  "match-commitment": "match-commitment.pdf", "match-record": "match-record.pdf"}


def _printed():
    """app.docs.records, imported when a PDF is written: it pulls in reportlab (0.3 s), and the draw and
    match screens import this module when they open, on the GUI thread (issue 18: no stall over 0.1 s)."""
    from app.docs import records  # function-level: reportlab only when printing (see the docstring)
    return records


def _pdf(kind: str, draw: Draw, spec_names: bool = False) -> str:
    return SPEC_PDF_NAMES[kind] if spec_names else record_pdf_name(kind, draw.plan.title, draw.draw_no)


def output_names(what: str, draw_no: int) -> list[str]:
    """The files (and the frames folder) that write_<what>_outputs puts into a folder, by name:
    what = "commit" | "draw" | "match-commit" | "match".

    The names need the plan's title and the draw's number only: the draw is read without its record (55 MB
    of JSON at 200,000 inspections, which the screens' "Save/print the record…" parsed on the GUI thread)."""
    draw = Draw.select(Draw.id, Draw.draw_no, Draw.plan).where(Draw.draw_no == int(draw_no)).first() \
        or draw_records.load_draw(draw_no)             # no such draw: its NotFoundError
    names = {"commit": [COMMITMENT_JSON, "frames", _pdf("commitment", draw)],
             "draw": [DRAW_RECORD_JSON, LISTING_FILE, _pdf("draw-record", draw)],
             "match-commit": ["roster.txt", "avoid.txt", _pdf("match-commitment", draw)],
             "match": ["match-record.json", "roster.txt", "avoid.txt", _pdf("match-record", draw)]}
    return names[what]


def write_commit_outputs(draw_or_no: Draw | int, out_dir: str | Path, *, spec_names: bool = False) -> dict[str, Path]:
    """commitment.json, the commitment sheet PDF (to sign at the ceremony) and the frame files."""
    draw, out_dir = draw_records.load_draw(draw_or_no), Path(out_dir)
    out = draw_records.write_commitment_files(draw, out_dir)
    path = out_dir / _pdf("commitment", draw, spec_names)
    _printed().write_commitment_sheet_pdf(draw, path)
    out["commitment-sheet"] = path
    return out


def write_draw_outputs(draw_or_no: Draw | int, out_dir: str | Path, *, spec_names: bool = False,
                       full_pdf: bool = False, listing: bool = True) -> dict[str, Path]:
    """draw-record.json (canonical JSON), draw-listing.xlsx (every list, app.draw.listing) and the
    printed draw record PDF: its lists up to the setting record_list_page_limit, or all of them
    when `full_pdf` (app.docs.record_lists). The archive leaves the listing out (`listing=False`): it
    holds the JSON, and an xlsx (with its save time inside) would make the archive's bytes vary."""
    draw, out_dir = draw_records.load_draw(draw_or_no), Path(out_dir)
    out = {"record": draw_records.write_record_file(draw, out_dir)}
    # each list's SHA-256, once for the listing and the PDF (run_draw has usually computed them)
    digests = list_digests(draw.record or {}, draw.record_sha256)
    if listing:
        out["listing"] = write_listing(draw, out_dir, digests)
    path = out_dir / _pdf("draw-record", draw, spec_names)
    _printed().write_draw_record_pdf(draw, path, full=full_pdf, digests=digests)
    out["draw-record"] = path
    return out


def write_match_outputs(match: Match, out_dir: str | Path, *, spec_names: bool = False) -> dict[str, Path]:
    """match-record.json (+ roster.txt, avoid.txt for verification, + the printed record PDF)."""
    out_dir = Path(out_dir)
    paths = match_records.write_record_files(match, out_dir)
    pdf = out_dir / _pdf("match-record", match.draw, spec_names)
    paths["pdf"] = Path(_printed().write_match_record_pdf(match, pdf))
    return paths


def save_match_outputs(draw_no: int, out_dir: str | Path) -> dict[str, Path]:
    """write_match_outputs for the clerk (GUI, `spotcheck match record`), then one short transaction
    logging which revision was saved where (app.match.record_state), so the match screen can say when
    the saved record is out of date. The archive and the share writer use write_match_outputs alone."""
    match = current_match(draw_no)
    paths = write_match_outputs(match, out_dir)
    with transaction():
        note_saved(current_match(draw_no), out_dir, paths)
    return paths


def write_match_commit_outputs(match: Match, out_dir: str | Path, *, spec_names: bool = False) -> dict[str, Path]:
    """roster.txt and avoid.txt as frozen by the match commitment, and its printed sheet (to sign
    at the ceremony, before the witnesses give their digits)."""
    out_dir = Path(out_dir)
    paths = dict(match_records.export_inputs(match, out_dir))
    pdf = out_dir / _pdf("match-commitment", match.draw, spec_names)
    paths["pdf"] = Path(_printed().write_match_commitment_sheet_pdf(match, pdf))
    return paths
