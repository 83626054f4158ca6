"""Bureau-wide writes from the GUI: back up and restore the database, save the settings, load the
demo data into an empty database.

backup_database returns an Operation like every other write. Restoring and
saving settings run on the GUI thread on purpose and return at once:

- restore_backup closes and replaces the database file, so no worker may hold
  a connection meanwhile; it announces Changes.everything().
- save_settings is one small transaction whose validation message must keep the
  settings dialog open for correction; it announces Changes(settings=True).
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app import demo, demo_remove
from app.errors import SpotcheckError
from app.maintenance import backup_logged, restore_logged
from app.registers import service as register_service
from app.settings import service as settings
from ui.changes import Changes
from ui.context import AppContext
from ui.dialogs.messages import show_error
from ui.operations import Operation

translate = QCoreApplication.translate   # lupdate reads translate("Context", "text") calls

# A backup writes only its audit entry: bureau-wide state, like the settings.
BACKED_UP = Changes(settings=True)


def backup_database(parent: QWidget | None, ctx: AppContext, target: str | Path) -> Operation:
    """Copy the open database to `target` on the worker (large databases take a while); the result is the path."""
    db_path = ctx.db_path

    def work(progress, cancel) -> Path:
        progress(0, 0, translate("Backup", "Copying the database…"))
        return backup_logged(db_path, target)

    return (Operation(parent, ctx, work, title=translate("Backup", "Backing up the database"),
                      changes=BACKED_UP, cancellable=False)
            .failure(lambda exc: show_error(parent, exc)))


def restore_backup(parent: QWidget | None, ctx: AppContext, source: str | Path) -> Path | None:
    """Replace the database with the backup `source`: the safety copy of the old one, or None when it failed
    (the error is shown and the old database is open again)."""
    ctx.tasks.wait()
    try:
        safety = restore_logged(source, ctx.db_path)
    except Exception as exc:  # noqa: BLE001 - shown to the clerk; the old database is open again
        show_error(parent, exc)
        return None
    ctx.notify_changes(Changes.everything())
    return safety


def save_settings(parent: QWidget | None, ctx: AppContext, changed: dict) -> bool:
    """Save the changed settings in one logged transaction; False (the Chinese message shown) when refused."""
    try:
        settings.update_settings(changed)
    except SpotcheckError as exc:
        show_error(parent, exc, translate("SettingsDialog", "Settings not saved"))
        return False
    ctx.notify_changes(Changes(settings=True))
    return True


def load_demo(parent: QWidget | None, ctx: AppContext) -> Operation:
    """The bundled demo registers and plan (app.demo), in one transaction; everything may have changed."""
    return Operation(parent, ctx, lambda progress, cancel: demo.load_demo(progress, cancel),
                     title=translate("Startup", "Loading the demo data"), changes=Changes.everything(),
                     cancellable=True)


def remove_demo(parent: QWidget | None, ctx: AppContext) -> Operation:
    """Delete the demo registers, plan and fictional office details (app.demo_remove), in one transaction."""
    return Operation(parent, ctx, lambda progress, cancel: demo_remove.remove_demo(),
                     title=translate("Startup", "Removing the demo data"), changes=Changes.everything(),
                     cancellable=False)


# ---- the check-item catalogue (设置 → 抽查事项清单) ---------------------------------------
# Each change is the catalogue's next version with the clerk's reason, written at once (not with the
# dialog's Save: a version is not a setting) and announced as a register change.

def import_catalogue(parent: QWidget | None, ctx: AppContext, path: str | Path, reason: str) -> Operation:
    """Import a catalogue file as the next version; the result is (version number, ImportResult)."""
    def work(progress, cancel):
        version, result = register_service.import_file(path, "catalogue", progress=progress, cancel=cancel,
                                                        reason=reason)
        return version.version, result

    return Operation(parent, ctx, work, title=translate("Catalogue", "Importing the check-item catalogue"),
                     changes=Changes(registers=True), cancellable=True)


def change_catalogue(parent: QWidget | None, ctx: AppContext, change) -> Operation:
    """Run one edit of app.catalogue.edit (`change()` returns the new RegisterVersion); the result is its number."""
    def work(progress, cancel) -> int:
        return change().version

    return Operation(parent, ctx, work, title=translate("Catalogue", "Saving the check-item catalogue"),
                     changes=Changes(registers=True), cancellable=False)
