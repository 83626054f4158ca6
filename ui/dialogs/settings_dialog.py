"""设置 → 设置…: the bureau's settings, saved in one logged transaction.

Only changed keys are saved (ui.operations.settings.save_settings, through
app.settings.update_settings), so the audit entry lists exactly what the clerk
changed; its validation errors (Chinese) are shown and the dialog stays open
for correction.
"""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTabWidget, QVBoxLayout

from app.settings import service as settings
from ui.dialogs.calendar_tab import CalendarTab
from ui.dialogs.catalogue_tab import CatalogueTab
from ui.dialogs.messages import show_info
from ui.dialogs.result_lists_tab import ResultListsTab
from ui.dialogs.settings_tabs import BureauTab, DistrictsTab, UnitsTab
from ui.operations.settings import save_settings


class SettingsDialog(QDialog):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Settings"))
        self.resize(860, 580)
        self.bureau = BureauTab(self._district_names)
        self.districts = DistrictsTab()
        self.units = UnitsTab(self._district_names)
        self.categories = ResultListsTab()
        self.calendar = CalendarTab()
        self.catalogue = CatalogueTab(ctx)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.bureau, self.tr("Bureau"))
        self.tabs.addTab(self.districts, self.tr("Districts"))
        self.tabs.addTab(self.units, self.tr("Units"))
        self.tabs.addTab(self.categories, self.tr("Result categories"))
        self.tabs.addTab(self.calendar, self.tr("Working-day calendar"))
        self.tabs.addTab(self.catalogue, self.tr("Check-item catalogue"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        self._original = settings.all_settings()
        for tab in self._tabs():
            tab.load(self._original)

    def _tabs(self):
        return (self.bureau, self.districts, self.units, self.categories, self.calendar, self.catalogue)

    def _district_names(self) -> list[str]:
        return [d["name"] for d in self.districts.values()["districts"] if d["name"]]

    def edited_values(self) -> dict:
        values: dict = {}
        for tab in self._tabs():
            values.update(tab.values())
        return values

    def changes(self) -> dict:
        return {k: v for k, v in self.edited_values().items() if self._original.get(k) != v}

    def save(self) -> bool:
        """Save and close; on a validation error show it and stay open. Returns True when saved."""
        changes = self.changes()
        if not changes:
            self.accept()
            return True
        if not save_settings(self, self.ctx, changes):
            return False
        if "language" in changes:
            show_info(self, self.tr("Settings"), self.tr("The new language is used from the next start."))
        self.accept()
        return True
