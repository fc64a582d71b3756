"""Photos as evidence on screen (issue 18): a strip of thumbnails with 添加照片… / 查看 / 删除, for
a visit's question (住房, 饮水), a problem (整改前 / 整改后) or a whole household, and the viewer.

Attaching reads the settings on the store lane, shrinks the file on the jobs lane (Pillow,
about half a second for a camera's photo) and writes on the store lane: the window never waits.
A township's device has the thumbnails and images of its photos only once someone opens them:
the strip fetches the missing thumbnails, and the viewer the photo, on the network lane.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gridworker import photos
from gridworker.changes import Changed, Changes
from gridworker.store import photos as store_photos
from gridworker.ui.dialogs import show_error
from gridworker.ui.operations import TaskState

if TYPE_CHECKING:
    from sqlalchemy import Connection

    from gridworker.store.store import Store
    from gridworker.ui.session import Session

# The visit sections whose questions take photos (the checklist's ids).
PHOTO_SECTIONS = ("housing", "water")
THUMB = 96


@dataclass(frozen=True)
class PhotoTarget:
    """What the photos belong to: a visit's question, a problem (at a phase), or (to list them
    all) the household alone."""

    household_id: str
    visit_id: str | None = None
    question: str | None = None
    problem_id: str | None = None
    phase: str | None = None

    @property
    def attachable(self) -> bool:
        return self.visit_id is not None or self.problem_id is not None


@dataclass
class Shown:
    row: dict[str, Any]
    thumb: bytes | None  # None: not on this device yet (a township's, before opening)


@dataclass
class Loaded:
    shown: list[Shown] = field(default_factory=list)
    missing: set[str] = field(default_factory=set)  # thumbnails to fetch


def load(conn: Connection, target: PhotoTarget) -> Loaded:
    rows = store_photos.photos_of(
        conn,
        household_id=target.household_id,
        visit_id=target.visit_id,
        question=target.question,
        problem_id=target.problem_id,
    )
    if target.phase is not None:
        rows = [r for r in rows if r["phase"] == target.phase]
    out = Loaded([Shown(r, store_photos.image(conn, r["thumb_sha256"])) for r in rows])
    out.missing = {s.row["thumb_sha256"] for s in out.shown if s.thumb is None}
    return out


def fetch_images(store: Store, shas: set[str], state: TaskState) -> Changed[int]:
    """On the network lane: download images this device lacks (from the county server)."""
    from gridworker.sync.attachments import fetch

    state.set_status("正在下载照片…")
    return Changed(fetch(store, shas))


# What a photo in a household's list is of (its visit section, or a problem).
SUBJECTS = {"housing": "住房安全", "water": "饮水安全"}


def caption(row: dict[str, Any], subject: bool = False) -> str:
    """Its phase (a problem's) and when it was taken; with ``subject`` what it is of."""
    when = row["taken_at"] or row["attached_at"]
    text = when.strftime("%Y-%m-%d %H:%M") if when else ""
    what = row["phase"] or ""
    if subject:
        of = "问题" if row["problem_id"] else SUBJECTS.get(row["question"], row["question"] or "")
        what = f"{of}{what}"
    return f"{what} {text}".strip()


def pixmap(data: bytes | None) -> QPixmap:
    image = QImage()
    if data:
        image.loadFromData(data)
    return QPixmap.fromImage(image)


class PhotoStrip(QWidget):
    """Thumbnails of one target's photos; ``changed`` after an attach or a removal here."""

    changed = Signal()
    loaded = Signal()

    def __init__(
        self,
        session: Session,
        target: PhotoTarget,
        parent: QWidget | None = None,
        title: str = "",
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.target = target
        self.items: list[Shown] = []
        self.viewer: PhotoViewer | None = None
        self.error_box: QWidget | None = None
        self.note = ""  # what the last attach or removal here did
        self.setObjectName("photoStrip")
        self.title = QLabel(title or self.tr("照片"))
        self.list = QListWidget()
        self.list.setObjectName("photoList")
        self.list.setViewMode(QListWidget.ViewMode.IconMode)
        self.list.setIconSize(QSize(THUMB, THUMB))
        self.list.setFlow(QListWidget.Flow.LeftToRight)
        self.list.setWrapping(False)
        self.list.setFixedHeight(THUMB + 48)
        self.list.setMovement(QListWidget.Movement.Static)
        self.list.itemActivated.connect(lambda _i: self.view_selected())
        self.status = QLabel()
        self.status.setObjectName("photoStatus")
        self.add_button = QPushButton(self.tr("添加照片…"))
        self.add_button.setObjectName("addPhoto")
        self.add_button.clicked.connect(self._choose_file)
        self.add_button.setVisible(target.attachable)
        self.view_button = QPushButton(self.tr("查看"))
        self.view_button.clicked.connect(self.view_selected)
        self.remove_button = QPushButton(self.tr("删除照片"))
        self.remove_button.setObjectName("removePhoto")
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.title)
        buttons.addStretch(1)
        for b in (self.add_button, self.view_button, self.remove_button):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.addLayout(buttons)
        layout.addWidget(self.list)
        layout.addWidget(self.status)
        session.ops.changed.connect(self._changed)
        self.reload()

    # --- showing ---------------------------------------------------------------------------
    def reload(self) -> None:
        target = self.target
        self.session.ops.read(lambda c: load(c, target), self._show, self._failed, owner=self)

    def _show(self, loaded: Loaded) -> None:
        self.items = loaded.shown
        self.list.clear()
        for s in loaded.shown:
            subject = not self.target.attachable  # a household's list: say what each is of
            item = QListWidgetItem(QIcon(pixmap(s.thumb)), caption(s.row, subject))
            item.setData(Qt.ItemDataRole.UserRole, s.row["id"])
            item.setToolTip(self.tr("双击查看"))
            self.list.addItem(item)
        self.status.setText(self.note or ("" if loaded.shown else self.tr("暂无照片")))
        if loaded.missing and self.session.ops.store is not None:
            self._fetch(loaded.missing, self.reload)
        else:
            self.loaded.emit()

    def _changed(self, changes: Changes) -> None:
        if changes.household(self.target.household_id):
            self.reload()

    def _failed(self, exc: BaseException) -> None:
        self.error_box = show_error(self, exc)

    def _fetch(self, shas: set[str], then: Any) -> None:
        store = self.session.ops.store
        assert store is not None
        self.status.setText(self.tr("正在从服务器下载照片…"))

        def failed(exc: BaseException) -> None:
            self.status.setText(self.tr("照片下载失败：") + str(exc))
            self.loaded.emit()

        self.session.ops.long_job(
            lambda state: fetch_images(store, shas, state),
            lambda _n: then(),
            failed,
            owner=self,
            title=self.tr("下载照片"),
            lane="network",
        )

    # --- attaching -------------------------------------------------------------------------
    def _choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("选择照片"), "", self.tr("图片 (*.jpg *.jpeg *.png *.bmp *.tif *.webp)")
        )
        if path:
            self.attach_file(path)

    def attach_file(self, path: str | Path) -> None:
        """Shrink the file and keep it as a photo of the target (all off the GUI thread)."""
        target, ops, by = self.target, self.session.ops, self.session.account.username
        today = self.session.today()
        self.add_button.setEnabled(False)
        self.status.setText(self.tr("正在处理照片…"))

        def done(_row: object) -> None:
            self.add_button.setEnabled(True)
            self.note = self.tr("照片已添加")
            self.status.setText(self.note)
            self.changed.emit()

        def failed(exc: BaseException) -> None:
            self.add_button.setEnabled(True)
            self.status.setText(str(exc))
            self._failed(exc)

        def write(shrunk: photos.Shrunk) -> None:
            ops.write(
                lambda c: Changed(
                    store_photos.add(
                        c,
                        target.household_id,
                        shrunk,
                        by,
                        visit_id=target.visit_id,
                        question=target.question,
                        problem_id=target.problem_id,
                        phase=target.phase,
                    ),
                    Changes.of_households([target.household_id]),
                ),
                done,
                failed,
                owner=self,
            )

        def shrink(keep_gps: bool) -> None:
            ops.call(
                lambda: photos.shrink(Path(path).read_bytes(), keep_gps=keep_gps),
                write,
                failed,
                owner=self,
                lane="jobs",
            )

        hid = target.household_id
        ops.read(lambda c: store_photos.keep_gps(c, hid, today), shrink, failed, owner=self)

    # --- viewing and removing --------------------------------------------------------------
    def selected(self) -> Shown | None:
        row = self.list.currentRow()
        return self.items[row] if 0 <= row < len(self.items) else None

    def view_selected(self) -> None:
        shown = self.selected()
        if shown is not None:
            self.view(shown.row)

    def view(self, row: dict[str, Any]) -> None:
        """Open the viewer; a photo not on this device is fetched first."""
        sha = row["sha256"]

        def show(data: bytes | None) -> None:
            if data is None:
                if self.session.ops.store is not None:
                    self._fetch({sha}, lambda: self.view(row))
                return
            self.viewer = PhotoViewer(row, data, self)
            self.viewer.open()

        self.session.ops.read(lambda c: store_photos.image(c, sha), show, self._failed, owner=self)

    def remove_selected(self) -> None:
        shown = self.selected()
        if shown is None:
            return
        pid, hid = shown.row["id"], self.target.household_id

        def done(_r: object) -> None:
            self.note = self.tr("照片已删除（记录保留在历史中）")
            self.status.setText(self.note)
            self.changed.emit()

        def remove(c: Connection) -> Changed[None]:
            store_photos.remove(c, pid)
            return Changed(None, Changes.of_households([hid]))

        self.session.ops.write(
            remove,
            done,
            self._failed,
            owner=self,
        )


class PhotoViewer(QDialog):
    """One photo, as large as the screen allows, with when and by whom."""

    def __init__(self, row: dict[str, Any], data: bytes, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("photoViewer")
        self.setWindowTitle(self.tr("照片"))
        self.image = QLabel()
        self.image.setObjectName("photoImage")
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pixmap = pixmap(data)
        self.image.setPixmap(
            self.pixmap.scaled(
                QSize(900, 700),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )
        taken = row["taken_at"].strftime("%Y-%m-%d %H:%M") if row["taken_at"] else "—"
        info = QLabel(
            self.tr("拍摄时间：{taken}　添加：{by}，{at}　{w}×{h} 像素，{kb} KB").format(
                taken=taken,
                by=row["attached_by"],
                at=row["attached_at"].strftime("%Y-%m-%d %H:%M"),
                w=row["width"],
                h=row["height"],
                kb=row["size"] // 1024,
            )
        )
        info.setObjectName("photoInfo")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.image, 1)
        layout.addWidget(info)
        layout.addWidget(buttons)
