"""Issue 18: the printed summary shows the visit's photos only when the setting
``summary_photos`` asks (off by default), and a 公示 print never does."""

from __future__ import annotations

import uuid
from pathlib import Path

from gridworker.store import photos as store_photos
from gridworker.store.store import Store
from gridworker.store.visits import get_visit
from gridworker.summary import SummaryOptions, build_summary, load_summary, summary_html

from tests.photo_files import camera_jpeg
from tests.printing.conftest import make_visit, needs_pdftotext, pdf_text


def _turn_on(store: Store) -> None:
    with store.write() as conn:
        conn.execute(
            store.t.setting.insert().values(
                id=str(uuid.uuid4()), key=store_photos.PRINT_SETTING, value=True
            )
        )


@needs_pdftotext
def test_photos_printed_only_when_asked_and_never_in_public(store: Store, tmp_path: Path) -> None:
    from gridworker.ui.printing import save_visit_pdf

    vid = make_visit(store, size=2)
    with store.write() as conn:
        hid = get_visit(conn, vid).household_id
        data = camera_jpeg(1600, 1200)
        store_photos.attach(conn, hid, data, "gw", visit_id=vid, question="housing")
    assert build_summary(load_summary(store, vid)).photos == ()  # off by default

    _turn_on(store)
    data = load_summary(store, vid)
    summary = build_summary(data)
    [(name, caption)] = summary.photos
    assert caption.startswith("住房安全") and summary.images[name][0] == "image/jpeg"
    assert "走访照片" in summary_html(summary)
    public = build_summary(data, SummaryOptions(public=True))
    assert public.photos == () and not any(n.startswith("photo") for n in public.images)
    assert "走访照片" not in summary_html(public)

    path = tmp_path / "with-photo.pdf"
    result = save_visit_pdf(store, vid, path, SummaryOptions())
    assert result.documents == 1
    assert "走访照片" in pdf_text(path).replace(" ", "")
