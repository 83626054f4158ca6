"""下发与回收 → 工作包 (the first tab of ui.screens.packages): write the districts' work packages, list
what was issued and returned, and open the results-import wizard for the files the districts send back.

Writing packages is ui.operations.returns.write_packages (files and the issue record together);
importing is the wizard's. This tab reads the issued packages and their imports (small tables).
"""
from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import workflow
from app.draw.queries import get_draw
from app.results.models import ResultBatch
from app.results.queries import packages_of
from app.settings.store import district_names
from ui.changes import Changes
from ui.dialogs.office_prompt import ensure_office_settings
from ui.operations import returns as return_ops
from ui.screens.results_table import fill_draw_combo
from ui.widgets.ask import PACKAGES, ask_folder, offer_open
from ui.widgets.labels import bold, detail_label
from ui.widgets.layouts import draw_and_district_row
from ui.widgets.tables import Column, RecordTableModel, fit_columns, make_table
from ui.wizards.results_import import ResultsImportWizard


class PackagesTab(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.wizard = None
        self.note = ""          # what the last import changed, until the draw changes
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.draw_combo, self.district = draw_and_district_row(row, self.tr("Draw"), self.tr("District"))
        self.draw_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.with_documents = QCheckBox(self.tr("Also write the notices and result forms beside each package"))
        row.addWidget(self.with_documents)
        row.addStretch(1)
        self.write_button = QPushButton(self.tr("Write work packages…"))
        self.write_button.clicked.connect(self.write_packages)
        row.addWidget(self.write_button)
        layout.addLayout(row)
        self.detail = detail_label()
        layout.addWidget(self.detail)
        layout.addSpacing(8)
        head = QHBoxLayout()
        head.addWidget(bold(QLabel(self.tr("Issued packages and returned files"))))
        head.addStretch(1)
        self.import_button = QPushButton(self.tr("Import returned results…"))
        self.import_button.clicked.connect(self.import_results)
        head.addWidget(self.import_button)
        layout.addLayout(head)
        self.model = RecordTableModel([
            Column(self.tr("District"), lambda r: r["district"]),
            Column(self.tr("Issue"), lambda r: r["issue_no"], numeric=True),
            Column(self.tr("Issued at"), lambda r: r["issued_at"]),
            Column(self.tr("Issued by"), lambda r: r["issued_by"]),
            Column(self.tr("Inspections"), lambda r: r["count"], numeric=True),
            Column(self.tr("Imports"), lambda r: r["imports"], numeric=True),
            Column(self.tr("Last import"), lambda r: r["last_import"]),
            Column(self.tr("File"), lambda r: r["file"]),
            Column(self.tr("Package id"), lambda r: r["uid"], mono=True),
        ])
        self.view = make_table(self.model, stretch_last=True)
        layout.addWidget(self.view, 1)
        ctx.data_changed.connect(self._on_changes)
        ctx.plan_changed.connect(lambda _id: self.load_draws())
        self.load_draws()

    @property
    def draw_no(self) -> int | None:
        return self.draw_combo.currentData()

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches("plan", "draw", "match"):
            self.load_draws()
        elif changes.touches("results", "settings"):
            self.refresh()

    def load_draws(self) -> None:
        self.note = ""
        fill_draw_combo(self.draw_combo, self.ctx.current_plan_id,
                        lambda n: self.tr("Draw no. %1").replace("%1", str(n)))
        self.refresh()

    def refresh(self) -> None:
        keep = self.district.currentData()
        self.district.blockSignals(True)
        self.district.clear()
        self.district.addItem(self.tr("All districts"), None)
        for name in district_names():
            self.district.addItem(name, name)
        self.district.setCurrentIndex(max(0, self.district.findData(keep)))
        self.district.blockSignals(False)
        rows = []
        if self.draw_no is not None:
            draw = get_draw(self.draw_no)
            for p in packages_of(draw):
                imports = list(ResultBatch.select(ResultBatch.at).where(ResultBatch.package == p)
                               .order_by(ResultBatch.id))
                rows.append({"district": p.district, "issue_no": p.issue_no, "issued_at": p.issued_at[:16]
                             .replace("T", " "), "issued_by": p.issued_by, "count": len(p.keys),
                             "imports": len(imports), "last_import": imports[-1].at[:16].replace("T", " ")
                             if imports else "", "file": p.file_name, "uid": p.uid})
        order = {name: n for n, name in enumerate(district_names())}    # the settings' order, as everywhere
        rows.sort(key=lambda r: (order.get(r["district"], len(order)), r["district"], r["issue_no"]))
        self.model.set_rows(rows)
        fit_columns(self.view, 320)
        ready = self.draw_no is not None
        self.write_button.setEnabled(ready)
        self.import_button.setEnabled(ready)
        text = (self.tr("%1 package(s) issued for draw no. %2.").replace("%1", str(len(rows)))
                .replace("%2", str(self.draw_no)) if ready
                else self.tr("Match the inspectors of a draw first (step %1).")
                .replace("%1", str(workflow.role_step_keys().index("match") + 1)))
        self.detail.setText(text + ("\n" + self.note if self.note else ""))

    def write_packages(self) -> None:
        if self.with_documents.isChecked() and not ensure_office_settings(self, self.ctx, "notice"):
            return      # the notices beside each package print the bureau's details
        folder = ask_folder(self, self.tr("Folder for the work packages"), kind=PACKAGES)
        if not folder or self.draw_no is None:
            return

        def done(files) -> None:
            names = "\n".join(f"{f.district}：{f.path.name}（{f.inspections} 户）" for f in files)
            offer_open(self, folder, self.tr("%1 work package(s) written to %2:\n%3")
                       .replace("%1", str(len(files))).replace("%2", folder).replace("%3", names))

        return_ops.write_packages(self, self.ctx, self.draw_no, folder, district=self.district.currentData(),
                                  with_documents=self.with_documents.isChecked()).success(done).run()

    def import_results(self) -> None:
        self.wizard = ResultsImportWizard(self.ctx, parent=self)
        self.wizard.imported.connect(self.show_imported)
        self.wizard.open()

    def show_imported(self, outcomes) -> None:
        """What each file changed, where the clerk looks next (the outcome texts are the core's Chinese)."""
        self.note = "\n".join(o.text() for o in outcomes)
        self.refresh()
