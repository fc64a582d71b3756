"""What a device remembers about sync. Secrets (the device token) live inside the encrypted
store; the "revoked" flag lives in account.json, outside it, so the app can refuse to open the
store before asking for the password."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from gridworker.regions import Level, level_of
from gridworker.store.store import Store, load_account, save_account

TOKEN = "sync.token"
DEVICE = "sync.device_id"
SERVER = "sync.server_url"
SCOPE = "sync.scope"
CURSOR = "sync.cursor"
REF = "sync.ref_version"
LAST_SYNC = "sync.last_sync"
SKEW = "sync.clock_skew_s"
CHECKED = "sync.sanity_cursor"
# Pulled visits may name signature images not downloaded yet: set with such a page, cleared once
# every missing image has been fetched (absent, as in stores from before it: look once).
SIGNATURES_DUE = "sync.signatures_due"
# Attachments the server refused for good ({sha: code}: not the image they claim to be, too
# large): not sent again (the visit naming one stays unsent and says so).
REFUSED = "sync.refused_attachments"


def keeps_photos(store: Store) -> bool:
    """Whether this device downloads the photos of its scope at sync: a grid worker's (or a
    village's) device keeps them, for it works offline in its grid; a township's or the county's
    fetches a photo when someone opens it, so its first sync stays as it was."""
    scope = store.get_kv(SCOPE)
    try:
        return bool(scope) and level_of(scope) in (Level.GRID, Level.VILLAGE)
    except ValueError:
        return False


@dataclass(frozen=True)
class DeviceState:
    device_id: str
    token: str
    server_url: str
    scope: str


class NotEnrolled(Exception):
    def __init__(self) -> None:
        super().__init__("此设备尚未登记，请先登记（gridworker enroll）")


def device_state(store: Store) -> DeviceState:
    token = store.get_kv(TOKEN)
    if not token:
        raise NotEnrolled()
    return DeviceState(store.get_kv(DEVICE), token, store.get_kv(SERVER), store.get_kv(SCOPE))


def mark_revoked(folder: Path) -> None:
    """Write the flag outside the encrypted store; nothing is deleted."""
    try:
        account = load_account(folder)
    except (OSError, ValueError, TypeError):
        return
    save_account(folder, replace(account, revoked=True))
