"""What the county admin does (the `gridworker-server` command calls these)."""

from __future__ import annotations

import json
import uuid
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, select, update

from gridworker import regions, vocab
from gridworker.server import auth, db, sealing
from gridworker.server import tables as tb
from gridworker.store.records import utcnow

T = tb.T
ROLES = tuple(vocab.ROLES)


class AdminError(Exception):
    pass


def add_user(
    engine: Engine,
    username: str,
    password: str,
    role: str,
    scope: str,
    display_name: str = "",
    *,
    password_hash: str | None = None,
) -> None:
    if role not in ROLES:
        raise AdminError(f"角色应为 {', '.join(ROLES)} 之一：{role}")
    if not regions.is_valid_code(scope):
        raise AdminError(f"无效的区划代码：{scope}")
    with db.write(engine) as conn:
        if conn.execute(select(tb.user.c.username).where(tb.user.c.username == username)).first():
            raise AdminError(f"用户已存在：{username}")
        conn.execute(
            tb.user.insert().values(
                username=username,
                password_hash=password_hash or auth.hash_password(password),
                display_name=display_name or username,
                role=role,
                scope=scope,
                disabled=False,
                created_at=utcnow(),
            )
        )


def _user_update(engine: Engine, username: str, **values: Any) -> None:
    with db.write(engine) as conn:
        n = conn.execute(update(tb.user).where(tb.user.c.username == username).values(**values))
        if n.rowcount != 1:
            raise AdminError(f"没有此用户：{username}")


def disable_user(engine: Engine, username: str, disabled: bool = True) -> None:
    _user_update(engine, username, disabled=disabled)


def reset_password(engine: Engine, username: str, password: str) -> None:
    """A new login password. The user's app then calls /recover with it and gets its device's
    recovery key, with which it re-wraps its own store key: unsent visits are kept."""
    _user_update(engine, username, password_hash=auth.hash_password(password))
    la = tb.login_attempt
    with db.write(engine) as conn:
        conn.execute(
            la.delete().where(
                la.c.key.startswith(f"ua:{username}|", autoescape=True)
                | (la.c.key == f"u:{username}")
            )
        )


def revoke_device(engine: Engine, device_id: str) -> None:
    with db.write(engine) as conn:
        n = conn.execute(update(tb.device).where(tb.device.c.id == device_id).values(revoked=True))
        if n.rowcount != 1:
            raise AdminError(f"没有此设备：{device_id}")


def list_devices(engine: Engine, username: str | None = None) -> list[dict[str, Any]]:
    d = tb.device
    q = select(d.c.id, d.c.username, d.c.name, d.c.enrolled_at, d.c.revoked)
    if username:
        q = q.where(d.c.username == username)
    with db.read(engine) as conn:
        return [dict(r) for r in conn.execute(q).mappings()]


def check_seal_key(engine: Engine, sealer: sealing.Sealer) -> int:
    """Open every sealed recovery key (SealError if one does not open); returns how many."""
    d = tb.device
    with db.read(engine) as conn:
        rows = conn.execute(select(d.c.id, d.c.sealed_recovery_key)).all()
    for device_id, sealed in rows:
        sealer.open(sealed, auth.recovery_aad(device_id))
    return len(rows)


def rotate_seal_key(engine: Engine, sealer: sealing.Sealer) -> int:
    """A new seal key: every device's recovery key re-sealed under it (`sealing.rotate`);
    returns how many were re-sealed. Running servers follow (they re-read the key file)."""
    d = tb.device

    def reseal_all(s: sealing.Sealer) -> int:
        current = s.current_id()
        n = 0
        with db.write(engine) as conn:
            for device_id, sealed in conn.execute(select(d.c.id, d.c.sealed_recovery_key)):
                if sealing.sealed_key_id(sealed) == current:
                    continue
                key = s.open(sealed, auth.recovery_aad(device_id))
                conn.execute(
                    update(d)
                    .where(d.c.id == device_id)
                    .values(sealed_recovery_key=s.seal(key, auth.recovery_aad(device_id)))
                )
                n += 1
        return n

    def still_old(retired: set[bytes]) -> int:
        with db.read(engine) as conn:
            return sum(
                sealing.sealed_key_id(sealed) in retired
                for sealed in conn.execute(select(d.c.sealed_recovery_key)).scalars()
            )

    return sealing.rotate(sealer, reseal_all, still_old)


def bump_ref(conn: Connection) -> None:
    db.next_seqs(conn, 1, "ref")


def load_regions(conn: Connection, rows: list[dict[str, Any]]) -> None:
    r = T.region
    have = set(conn.execute(select(r.c.code)).scalars())
    new = [x for x in rows if x["code"] not in have]
    if new:
        conn.execute(
            r.insert(), [{k: x[k] for k in ("code", "name", "level", "parent_code")} for x in new]
        )
        bump_ref(conn)


def set_setting(
    engine: Engine,
    key: str,
    value: Any,
    year: int | None = None,
    region: str | None = None,
    note: str | None = None,
) -> None:
    s = T.setting
    with db.write(engine) as conn:
        cond = [
            s.c.key == key,
            s.c.year.is_(None) if year is None else s.c.year == year,
            s.c.region.is_(None) if region is None else s.c.region == region,
        ]
        conn.execute(s.delete().where(*cond))
        conn.execute(
            s.insert().values(
                id=str(uuid.uuid4()), key=key, value=value, year=year, region=region, note=note
            )
        )
        bump_ref(conn)


def set_min_app_version(engine: Engine, version: str) -> None:
    with db.write(engine) as conn:
        db.set_kv(conn, "min_app_version", version)


def publish_checklist(engine: Engine, path: Path) -> str:
    from gridworker.checklist import load_checklist

    definition = json.loads(path.read_text(encoding="utf-8"))
    checklist = load_checklist(definition)  # validates against the JSON Schema and the rules
    version = str(getattr(checklist, "version", definition.get("version")))
    c = T.checklist
    with db.write(engine) as conn:
        if conn.execute(select(c.c.version).where(c.c.version == version)).first():
            raise AdminError(f"调查表版本 {version} 已发布过；已发布的版本不能更改")
        conn.execute(
            c.insert().values(version=version, definition=definition, published_at=utcnow())
        )
        bump_ref(conn)
    return version


def list_conflicts(engine: Engine, include_resolved: bool = False) -> list[dict[str, Any]]:
    c = tb.conflict
    q = select(c).order_by(c.c.id)
    if not include_resolved:
        q = q.where(c.c.resolved.is_(False))
    with db.read(engine) as conn:
        return [dict(r) for r in conn.execute(q).mappings()]


def resolve_conflict(engine: Engine, conflict_id: int, note: str) -> None:
    """Mark a conflict reviewed. (To change the record, edit it on a device: the edit syncs.)"""
    c = tb.conflict
    with db.write(engine) as conn:
        n = conn.execute(
            update(c).where(c.c.id == conflict_id).values(resolved=True, resolution=note)
        )
        if n.rowcount != 1:
            raise AdminError(f"没有此冲突：{conflict_id}")


def publish_points_rules(
    engine: Engine, path: Path, region: str | None = None, year: int | None = None
) -> str:
    """Publish a 爱心超市 rule set (checked against its schema) as the setting ``points_rules``
    for the county, or for one township or village (``region``): resolved like any setting. A
    version once published keeps its content."""
    from gridworker.points.rules import SETTING, RulesError, load_rules

    try:
        rules = load_rules(path)
    except RulesError as e:
        raise AdminError(str(e)) from None
    if region is not None and not regions.is_valid_code(region):
        raise AdminError(f"无效的区划代码：{region}")
    s = T.setting
    with db.read(engine) as conn:
        for value in conn.execute(select(s.c.value).where(s.c.key == SETTING)).scalars():
            if value.get("version") == rules.version and value != dict(rules.raw):
                raise AdminError(f"积分细则版本 {rules.version} 已发布过且内容不同；请换一个版本号")
    set_setting(engine, SETTING, dict(rules.raw), year, region, note=rules.title)
    return rules.version


def register_shop_device(engine: Engine, device_id: str, village: str) -> None:
    """Name the device that is the village's 爱心超市 computer: the only one that redeems points
    and moves stock (gridworker.server.points). Its user must have the role ``shop`` for that
    village. A later registration replaces it (a new computer)."""
    from gridworker.points.rules import SHOP_DEVICE

    d, u = tb.device, tb.user
    with db.read(engine) as conn:
        row = conn.execute(
            select(d.c.revoked, u.c.role, u.c.scope)
            .join(u, u.c.username == d.c.username)
            .where(d.c.id == device_id)
        ).first()
    if row is None:
        raise AdminError(f"没有此设备：{device_id}")
    if row.revoked:
        raise AdminError("此设备已停用")
    if row.role != "shop" or row.scope != village:
        raise AdminError(f"此设备的用户不是村 {village} 的爱心超市用户（角色 shop）")
    set_setting(engine, SHOP_DEVICE, device_id, None, village, note="爱心超市兑换设备")
