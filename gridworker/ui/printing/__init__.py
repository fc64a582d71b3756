"""Printed visit summaries (入户走访记录表): print preview, printer and PDF through one path.

For the app's buttons see :mod:`gridworker.ui.printing.actions`; for scripts and the CLI
:mod:`gridworker.ui.printing.documents`; the painting itself is :mod:`.render`.
"""

from gridworker.ui.printing.documents import (
    ensure_app,
    iter_summaries,
    region_visit_ids,
    save_batch_pdf,
    save_region_pdf,
    save_visit_pdf,
)
from gridworker.ui.printing.render import PrintResult, paint_summaries, write_pdf

__all__ = [
    "PrintResult",
    "ensure_app",
    "iter_summaries",
    "paint_summaries",
    "region_visit_ids",
    "save_batch_pdf",
    "save_region_pdf",
    "save_visit_pdf",
    "write_pdf",
]
