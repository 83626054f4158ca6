"""Avoidance pairs, a batch at a time and a column at a time.

An avoidance list can hold a million pairs (every inspector against every enterprise they once served);
built row by row it cost 25-30 s for a million rows. The checks are those of a row builder, in the same
order with the same reasons: lengths, certificate number (empty, holding the match record's separator "|"),
then the enterprise code; a row stops at its first rejection.
"""
from __future__ import annotations

from collections.abc import Iterable
from itertools import compress, repeat
from operator import not_

from app.registers.cells import key_problem
from app.registers.enterprise_batch import EnterpriseBatch, clean_codes, clean_texts
from app.registers.normalize import uscc_valid_many

_LENGTH, _CERT, _KEY = range(-1, 2)   # where an issue sorts among one row's issues
CERT_SEPARATOR_REASON = ("执法证号中含有“|”，该符号在抽查记录中用作分隔符，不能出现在证号中；该行未导入，请更正原表")


class AvoidanceBatch(EnterpriseBatch):
    """The column helpers of EnterpriseBatch (raw, text, repeated, issue, lengths, invisible flags, report)
    with the avoidance list's own checks and record."""

    def build(self) -> tuple[list[tuple], list[str]]:
        b, n = self.b, self.n
        self._lengths()
        raw_certs = self.text("cert_no")
        certs = clean_codes(raw_certs)
        for i in compress(range(n), map(not_, certs)):
            if i not in self.bad:
                self.issue(i, _CERT, "cert_no", raw_certs[i], "执法证号为空", "rejected")
        if "|" in "".join(certs):
            for i in [i for i, cert in enumerate(certs) if "|" in cert and i not in self.bad]:
                self.issue(i, _CERT, "cert_no", raw_certs[i], CERT_SEPARATOR_REASON, "rejected")
        self._flag_invisible(raw_certs, _CERT, "cert_no")
        raw_keys = self.text("key")
        codes = clean_codes(raw_keys)
        for i in compress(range(n), map(not_, uscc_valid_many(codes))):
            if i in self.bad:
                continue
            _kind, reason = key_problem(raw_keys[i], codes[i])
            if reason:
                self.issue(i, _KEY, "key", raw_keys[i], reason, "rejected")
        self._flag_invisible(raw_keys, _KEY, "key")
        content = (certs, codes, clean_texts(self.raw("inspector_name")), clean_texts(self.raw("enterprise_name")),
                   self.repeated("reason"))
        self._report()
        records: Iterable[tuple] = zip(*content, repeat(b.sheet), self.nos)
        lines: Iterable[tuple[str, ...]] = zip(*content)
        if self.bad:
            keep = [i not in self.bad for i in range(n)]
            records, lines = compress(records, keep), compress(lines, keep)
        return list(records), list(map("\t".join, lines))
