"""What a draw or a match publishes: the data files (app.draw.records, app.match.records)
together with their printed PDFs (app.docs.records), in one folder.

Each function returns {name: Path}; the names are the ones the command line and
the GUI list to the clerk. Every file is written atomically (app.files: temporary
beside it, fsync, rename); the data writers first clear the `.tmp-` files a killed
run left in the folder, so a re-run (`spotcheck draw record`, `match record`) also
tidies up after a crash.
"""
from __future__ import annotations

from pathlib import Path

from app.db.base import transaction
from app.docs.records import (
    write_commitment_sheet_pdf,
    write_draw_record_pdf,
    write_match_commitment_sheet_pdf,
    write_match_record_pdf,
)
from app.draw import records as draw_records
from app.draw.listing import write_listing
from app.draw.models import Draw
from app.match import records as match_records
from app.match.models import Match
from app.match.queries import current_match
from app.match.record_state import note_saved


def write_commit_outputs(draw_or_no: Draw | int, out_dir: str | Path) -> dict[str, Path]:
    """commitment.json, the commitment sheet PDF (to sign at the ceremony) and the frame files."""
    draw, out_dir = draw_records.load_draw(draw_or_no), Path(out_dir)
    out = draw_records.write_commitment_files(draw, out_dir)
    path = out_dir / "commitment-sheet.pdf"
    write_commitment_sheet_pdf(draw, path)
    out[path.stem] = path
    return out


def write_draw_outputs(draw_or_no: Draw | int, out_dir: str | Path, *, full_pdf: bool = False,
                       listing: bool = True) -> dict[str, Path]:
    """draw-record.json (canonical JSON), draw-listing.xlsx (every list, app.draw.listing) and the
    printed draw record PDF: its lists up to the setting record_list_page_limit, or all of them
    when `full_pdf` (app.docs.record_lists). The archive leaves the listing out (`listing=False`): it
    holds the JSON, and an xlsx (with its save time inside) would make the archive's bytes vary."""
    draw, out_dir = draw_records.load_draw(draw_or_no), Path(out_dir)
    out = {"record": draw_records.write_record_file(draw, out_dir)}
    if listing:
        out["listing"] = write_listing(draw, out_dir)
    path = out_dir / "draw-record.pdf"
    write_draw_record_pdf(draw, path, full=full_pdf)
    out[path.stem] = path
    return out


def write_match_outputs(match: Match, out_dir: str | Path) -> dict[str, Path]:
    """match-record.json (+ roster.txt, avoid.txt for verification, + the printed record PDF)."""
    out_dir = Path(out_dir)
    paths = match_records.write_record_files(match, out_dir)
    paths["pdf"] = Path(write_match_record_pdf(match, out_dir / "match-record.pdf"))
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


def write_match_commit_outputs(match: Match, out_dir: str | Path) -> dict[str, Path]:
    """roster.txt and avoid.txt as frozen by the match commitment, and its printed sheet (to sign
    at the ceremony, before the witnesses give their digits)."""
    out_dir = Path(out_dir)
    paths = dict(match_records.export_inputs(match, out_dir))
    paths["pdf"] = Path(write_match_commitment_sheet_pdf(match, out_dir / "match-commitment.pdf"))
    return paths
