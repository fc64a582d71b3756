"""Photo files made for tests: a camera's JPEG with EXIF (orientation, GPS, time), a tiny one."""

from __future__ import annotations

import io

from PIL import Image

from gridworker import photos

GPS = {1: "N", 2: (33.0, 55.0, 12.5), 3: "E", 4: (116.0, 45.0, 1.0)}


def camera_jpeg(width: int = 4000, height: int = 3000, *, orientation: int = 1) -> bytes:
    """A camera-like JPEG (noise, so it does not compress to nothing) with GPS EXIF."""
    noise = Image.effect_noise((width, height), 50)
    ramp = Image.linear_gradient("L").resize((width, height))
    im = Image.merge("RGB", (noise, ramp, noise.transpose(Image.Transpose.FLIP_LEFT_RIGHT)))
    exif = Image.Exif()
    exif[0x0112] = orientation
    exif[0x010F] = "Camera Maker"
    exif[0x0110] = "Phone 12"
    exif.get_ifd(photos.EXIF_IFD)[photos.DATETIME_ORIGINAL] = "2026:11:30 10:20:30"
    exif[photos.GPS_IFD] = GPS
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=92, exif=exif.tobytes())
    return buf.getvalue()


def tiny_photo() -> photos.Shrunk:
    return photos.shrink(camera_jpeg(64, 48))
