"""The Excel import of agencies' submissions: the register's import dialog (column mapping, preview, report,
all-or-nothing), with the budget columns by source read and written too (``app.plan.submission``) and their blank
form."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from app.core.db import Database
from app.views.excel.import_dialog import ImportDialog, remember_mapping


def _build(db: Database, key: str, source, mapping, remember: bool, progress: Callable[[int, int], None]):
    """On the worker: the confirmed mapping remembered, then the register's plan with the amounts by source."""
    from app.plan import submission

    remember_mapping(db, key, mapping, remember)
    with db.session() as session:
        plan = submission.build_submission(session, source, mapping, progress=progress)
        session.rollback()
    return plan


def _apply(db: Database, plan, progress: Callable[[int, int], None]):
    from app.plan import submission

    total = len(plan.rows)
    with db.session() as session:
        result = submission.apply_submission(session, plan, progress=progress)
        progress(total, total)  # a cancel asked for now still rolls back: the commit comes after this
    return result


class PlanImportDialog(ImportDialog):
    build_file = staticmethod(_build)
    apply_file = staticmethod(_apply)

    def write_template(self, path: str | Path) -> Path:
        from app.plan import submission

        return submission.write_template(path, self.lang)
