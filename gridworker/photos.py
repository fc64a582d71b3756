"""A photo made fit to keep as evidence (issue 18), with Pillow; no Qt.

:func:`shrink` takes the bytes of a camera's file (JPEG, PNG, or whatever Pillow reads) and
gives a JPEG with the camera's orientation applied, then every EXIF field removed (the GPS
position kept only when asked: the setting ``photo_keep_gps``), the long edge at most
:data:`MAX_EDGE` px and at most :data:`MAX_BYTES` bytes (the JPEG quality chosen to fit), plus a
thumbnail for lists. A file that is no image is refused with :class:`NotAPhoto` (a Chinese
message for the user). The store keeps both as attachments (``gridworker.store.photos``).
"""

from __future__ import annotations

import io
import math
import warnings
from dataclasses import dataclass
from datetime import datetime

from PIL import Image, ImageOps, UnidentifiedImageError

MAX_EDGE = 1600  # px, the long edge
MAX_BYTES = 400 * 1024
THUMB_EDGE = 240
MAX_INPUT = 60 * 1024 * 1024  # a camera file larger than this is not read
MAX_PIXELS = 80_000_000  # a decompression bomb is refused before it is decoded
QUALITIES = (85, 78, 70, 62, 54, 46, 38)
EXIF_IFD, GPS_IFD = 0x8769, 0x8825
DATETIME, DATETIME_ORIGINAL = 0x0132, 0x9003
NOT_A_PHOTO = "所选文件不是可识别的图片（请选择 JPEG 或 PNG 照片）"
TOO_BIG = "照片文件过大（超过 60 MB），请换一张"


class NotAPhoto(ValueError):
    """The file cannot be kept as a photo; ``str(e)`` is the message for the user."""


@dataclass(frozen=True)
class Shrunk:
    jpeg: bytes
    thumb: bytes
    width: int
    height: int
    taken_at: datetime | None  # the camera's own time (EXIF), read before it is removed


def shrink(data: bytes, *, keep_gps: bool = False) -> Shrunk:
    if len(data) > MAX_INPUT:
        raise NotAPhoto(TOO_BIG)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            im: Image.Image = Image.open(io.BytesIO(data))
            if im.width * im.height > MAX_PIXELS:
                raise NotAPhoto(NOT_A_PHOTO)
            exif = im.getexif()
            taken = _taken(exif)
            gps = dict(exif.get_ifd(GPS_IFD)) if keep_gps else {}
            # JPEG: decode at the smallest power-of-two scale still above the target (fast)
            scale = MAX_EDGE / max(im.width, im.height)
            if scale < 1:
                im.draft("RGB", (math.ceil(im.width * scale), math.ceil(im.height * scale)))
            im.load()
            im = ImageOps.exif_transpose(im)
            im = im.convert("RGB")
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, Warning) as e:
        if isinstance(e, NotAPhoto):
            raise
        raise NotAPhoto(NOT_A_PHOTO) from None
    except Image.DecompressionBombError:
        raise NotAPhoto(NOT_A_PHOTO) from None
    if max(im.size) > MAX_EDGE:
        im.thumbnail((MAX_EDGE, MAX_EDGE), Image.Resampling.LANCZOS)
    im.info.clear()  # no ICC profile, comment or EXIF carried into the output
    extra = _gps_exif(gps) if gps else b""
    jpeg = _fit(im, extra)
    thumb = im.copy()
    thumb.thumbnail((THUMB_EDGE, THUMB_EDGE), Image.Resampling.BICUBIC)
    return Shrunk(jpeg, _jpeg(thumb, 75, b""), im.width, im.height, taken)


def _fit(im: Image.Image, exif: bytes) -> bytes:
    """The best JPEG quality whose file fits :data:`MAX_BYTES`; smaller if none does."""
    while True:
        for q in QUALITIES:
            out = _jpeg(im, q, exif)
            if len(out) <= MAX_BYTES:
                return out
        im = im.resize((max(1, im.width * 4 // 5), max(1, im.height * 4 // 5)))


def _jpeg(im: Image.Image, quality: int, exif: bytes) -> bytes:
    buf = io.BytesIO()
    kw = {"exif": exif} if exif else {}
    im.save(buf, "JPEG", quality=quality, optimize=True, **kw)
    return buf.getvalue()


def _gps_exif(gps: dict[int, object]) -> bytes:
    out = Image.Exif()
    out[GPS_IFD] = gps
    return out.tobytes()


def _taken(exif: Image.Exif) -> datetime | None:
    raw = exif.get_ifd(EXIF_IFD).get(DATETIME_ORIGINAL) or exif.get(DATETIME)
    if not isinstance(raw, str):
        return None
    try:
        taken = datetime.strptime(raw.strip("\x00 ")[:19], "%Y:%m:%d %H:%M:%S")
    except ValueError:
        return None
    return taken if 2000 <= taken.year <= 2100 else None


def exif_of(jpeg: bytes) -> dict[int, object]:
    """The EXIF fields of a JPEG (tests, the self-test)."""
    with Image.open(io.BytesIO(jpeg)) as im:
        exif = im.getexif()
        return {**dict(exif), **{GPS_IFD: dict(exif.get_ifd(GPS_IFD))}} if exif else {}
