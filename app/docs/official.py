"""GB/T 9704-2012 pieces of an official document (notices, the commitment sheet).

Positions are measured from the top of the text area (版心, 156 x 225 mm; layout.py) in
"lines" of the body grid, 225 mm / 22, as the standard counts them:

- 发文机关标志: its top edge 35 mm below the top of the text area (7.2.2), centred, red, 小标宋;
- 发文字号: two empty lines (空二行) below the 标志, centred (7.2.3);
- the red rule: 4 mm below the 发文字号, as wide as the text area (7.2.5);
- the title: two empty lines below the red rule (7.3.1), 2号 小标宋 (layout.py "title");
- the signature of a sealed document (7.3.5.1): 成文日期 four characters in from the right,
  发文机关署名 centred over the date, and two empty lines above them for the upper half of
  the 公章, which is pressed over the 署名 and the date.

A glyph's box here is the one PDF tools report: from baseline + descent up one font size.
"""
from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable
from reportlab.platypus.doctemplate import ActionFlowable

from app.docs import fonts
from app.docs import layout as L

LINE = L.LINE_PITCH
CHAR = L.TEXT_W / 28                  # one character of the body grid (15.79 pt)
MASTHEAD_TOP = 35 * mm                # 7.2.2: top of the 标志 below the top of the text area
MASTHEAD_MAX = 36                     # 小初; a long name is set smaller to fit the line
RULE_GAP = 4 * mm                     # 7.2.5: the red rule 4 mm below the 发文字号
RED = colors.Color(0.9, 0, 0)


def _descent(face: str) -> float:
    return pdfmetrics.getFont(face).face.descent / 1000


def _fitting_size(text: str, face: str, largest: float, width: float) -> float:
    size = largest
    while size > 12 and pdfmetrics.stringWidth(text, face, size) > width:
        size -= 1
    return size


def line_baseline(face: str, size: float) -> float:
    """Distance from the top of a grid line to the baseline of a glyph centred in it."""
    return (LINE - size) / 2 + size + _descent(face) * size


class Masthead(Flowable):
    """版头: 发文机关标志, 发文字号 (omitted when empty) and the red rule, at the standard's places.

    Height: down to the red rule; the caller adds the two empty lines before the title."""

    def __init__(self, bureau: str, doc_number: str = ""):
        super().__init__()
        L.styles()     # registers the fonts
        self.bureau, self.doc_number = bureau, doc_number
        self.size = _fitting_size(bureau, fonts.HEAD, MASTHEAD_MAX, L.TEXT_W)
        self.mast_bottom = MASTHEAD_TOP + self.size
        if doc_number:
            self.number_top = self.mast_bottom + 2 * LINE          # its grid line starts two lines down
            self.rule_y = self.number_top + (LINE + L.BODY_SIZE) / 2 + RULE_GAP
        else:
            self.number_top = None
            self.rule_y = self.mast_bottom + 2 * LINE
        self.width, self.height = L.TEXT_W, self.rule_y

    def wrap(self, avail_w, avail_h):
        return self.width, self.height

    def draw(self):
        c, top = self.canv, self.height
        c.saveState()
        c.setFillColor(RED)
        c.setFont(fonts.HEAD, self.size)
        baseline = top - MASTHEAD_TOP - self.size - _descent(fonts.HEAD) * self.size
        c.drawCentredString(self.width / 2, baseline, self.bureau)
        if self.number_top is not None:
            c.setFillColor(colors.black)
            c.setFont(fonts.GRID, L.BODY_SIZE)
            c.drawCentredString(self.width / 2, top - self.number_top - line_baseline(fonts.GRID, L.BODY_SIZE),
                                self.doc_number)
        c.setStrokeColor(RED)
        c.setLineWidth(1.0)
        c.line(0, 0, self.width, 0)
        c.restoreState()


class SealedSignature(Flowable):
    """发文机关署名 over 成文日期 with room for the 公章 (GB/T 9704 7.3.5.1): `room` empty lines above
    them (2: the seal's top stays clear of the text; 1, to keep a notice on two pages: the seal's
    top then reaches about a quarter line into the last line of text, still "一行之内")."""

    def __init__(self, name: str, date: str, room: int = 2):
        super().__init__()
        self.name, self.date, self.room = name, date, room
        self.width, self.height = L.TEXT_W, (room + 2) * LINE

    def wrap(self, avail_w, avail_h):
        return self.width, self.height

    def draw(self):
        c = self.canv
        c.saveState()
        c.setFont(fonts.GRID, L.BODY_SIZE)
        date_w = pdfmetrics.stringWidth(self.date, fonts.GRID, L.BODY_SIZE)
        right = self.width - 4 * CHAR
        centre = right - date_w / 2
        name_w = pdfmetrics.stringWidth(self.name, fonts.GRID, L.BODY_SIZE)
        centre = min(centre, self.width - name_w / 2)          # a long name stays inside the text area
        offset = line_baseline(fonts.GRID, L.BODY_SIZE)
        c.drawCentredString(centre, self.height - self.room * LINE - offset, self.name)
        c.drawRightString(right, self.height - (self.room + 1) * LINE - offset, self.date)
        c.restoreState()


class NextDocument(ActionFlowable):
    """Ends one document of a combined print file. When it took an odd number of pages a blank
    page follows (no page number on it, GB/T 9704 7.5), so that printed on both sides every
    document starts on the front of a sheet."""

    def __init__(self):
        super().__init__(("pageBreak",))

    def apply(self, doc):
        pages = doc.page - getattr(doc, "page_base", 0)
        doc.handle_pageBreak()              # ends the page and queues the next page's start
        if pages % 2:
            # Queued after that start: the page begins and ends with nothing on it.
            doc.blank_pages = getattr(doc, "blank_pages", set()) | {doc.page + 1}
            doc._hanging.append(ActionFlowable(("pageBreak",)))
