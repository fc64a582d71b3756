"""`gridworker-server`: the county admin's command line.

    gridworker-server [--db URL] [--seal-key FILE] init
    gridworker-server seal-key rotate
    gridworker-server user add NAME --role grid_worker --scope 34062110420101 [--password-stdin]
    gridworker-server user disable NAME | user reset-password NAME
    gridworker-server device revoke DEVICE_ID | device list
    gridworker-server import-regions FILE.xlsx|FILE.csv [--report [OUT.csv|OUT.xlsx]]
    gridworker-server import-roster FILE.xlsx|FILE.csv [--report [OUT.csv|OUT.xlsx]]
    gridworker-server checklist publish FILE.json
    gridworker-server settings set KEY JSON_VALUE [--year Y] [--region CODE]
    gridworker-server points publish FILE.json [--region CODE] [--year Y]
    gridworker-server points shop-device DEVICE_ID --village CODE
    gridworker-server conflicts list | conflicts resolve ID --note TEXT
    gridworker-server demo-data --households N [--seed S] [--today YYYY-MM-DD] [--history-days D]
    gridworker-server serve [--host H] [--port P] [--workers N] [--hash-slots N]
                            [--forwarded-allow-ips IPS] [--attachment-quota-mb MB]
    gridworker-server report --region CODE --period 2022-05 --format xlsx|json --out FILE

``--db`` (or $GRIDWORKER_SERVER_DB): a PostgreSQL URL or an SQLite file path; default an SQLite
file in the gridworker data folder. ``--seal-key`` (or $GRIDWORKER_SEAL_KEY_FILE): the file the
device recovery keys are sealed under (gridworker.server.sealing), created by ``init``; keep it
out of the database's backups and a copy in escrow (docs/security.md).
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import socket
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from sqlalchemy import Engine

from gridworker.commands import server_report
from gridworker.server import admin, config, db, sealing


def _password(args: argparse.Namespace, prompt: str = "密码: ") -> str:
    if getattr(args, "password", None):
        return str(args.password)
    if sys.stdin.isatty():
        return getpass.getpass(prompt)
    return sys.stdin.readline().rstrip("\n")


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="gridworker-server", description="gridworker 县级同步服务器")
    p.add_argument("--db", default=None, help="database URL or SQLite file")
    p.add_argument(
        "--seal-key",
        type=Path,
        default=None,
        help="the seal key file (default $GRIDWORKER_SEAL_KEY_FILE, else "
        "<data home>/server-secrets/seal.key)",
    )
    sub = p.add_subparsers(dest="command", required=True)
    sub.add_parser("init", help="create or upgrade the database (and the seal key)")
    sub.add_parser("seal-key").add_subparsers(dest="action", required=True).add_parser(
        "rotate", help="a new seal key; every recovery key re-sealed under it"
    )
    user = sub.add_parser("user").add_subparsers(dest="action", required=True)
    add = user.add_parser("add")
    add.add_argument("username")
    add.add_argument("--role", required=True, choices=admin.ROLES)
    add.add_argument("--scope", required=True)
    add.add_argument("--display-name", default="")
    add.add_argument("--password", default=None, help="(tests) else prompted / read from stdin")
    for name in ("disable", "enable", "reset-password"):
        a = user.add_parser(name)
        a.add_argument("username")
        if name == "reset-password":
            a.add_argument("--password", default=None)
    dev = sub.add_parser("device").add_subparsers(dest="action", required=True)
    dev.add_parser("revoke").add_argument("device_id")
    dev.add_parser("list").add_argument("--user", default=None)
    for name, what in (
        ("import-regions", "register townships, villages and grids (.xlsx / .csv)"),
        ("import-roster", "import households and members (.xlsx / .csv)"),
    ):
        imp = sub.add_parser(name, help=what)
        imp.add_argument("file", type=Path)
        imp.add_argument(
            "--report",
            nargs="?",
            const="",
            default=None,
            metavar="FILE",
            help="also write the row-by-row report (.csv or .xlsx); without FILE: "
            "<input>-导入报告.csv next to the input",
        )
    sub.add_parser("checklist").add_subparsers(dest="action", required=True).add_parser(
        "publish"
    ).add_argument("file", type=Path)
    st = sub.add_parser("settings").add_subparsers(dest="action", required=True).add_parser("set")
    st.add_argument("key")
    st.add_argument("value", help="JSON value, e.g. 7000 or '{\"a\": 1}'")
    st.add_argument("--year", type=int, default=None)
    st.add_argument("--region", default=None)
    st.add_argument("--note", default=None)
    pts = sub.add_parser("points").add_subparsers(dest="action", required=True)
    pub = pts.add_parser("publish", help="publish the 爱心超市 scoring rules (JSON)")
    pub.add_argument("file", type=Path)
    pub.add_argument("--region", default=None)
    pub.add_argument("--year", type=int, default=None)
    shop = pts.add_parser("shop-device", help="register a village shop's computer")
    shop.add_argument("device_id")
    shop.add_argument("--village", required=True)
    mv = sub.add_parser("min-app-version")
    mv.add_argument("version")
    conf = sub.add_parser("conflicts").add_subparsers(dest="action", required=True)
    conf.add_parser("list").add_argument("--all", action="store_true")
    res = conf.add_parser("resolve")
    res.add_argument("id", type=int)
    res.add_argument("--note", default="已核对")
    demo = sub.add_parser("demo-data")
    demo.add_argument("--households", type=int, default=2000)
    demo.add_argument("--seed", type=int, default=1)
    demo.add_argument(
        "--today",
        type=date.fromisoformat,
        default=None,
        metavar="YYYY-MM-DD",
        help="the day the demo county is generated for (default: today)",
    )
    demo.add_argument(
        "--history-days",
        type=int,
        default=None,
        metavar="DAYS",
        help="visits go back this many days, ~0.4 visits per household a month "
        "(default 240; a county-size set of 3,000,000 visits for 300,000 "
        "households: 790)",
    )
    serve = sub.add_parser("serve")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8765)
    serve.add_argument("--workers", type=int, default=1)
    serve.add_argument("--log-level", default="warning")
    serve.add_argument(
        "--hash-slots",
        type=int,
        default=None,
        help="concurrent password hashes per worker (64 MiB each; default 4); more → 429",
    )
    serve.add_argument(
        "--forwarded-allow-ips",
        default=None,
        metavar="IPS",
        help="comma-separated addresses of trusted proxies whose X-Forwarded-For is believed "
        "(uvicorn's option); default: nobody's",
    )
    serve.add_argument(
        "--attachment-quota-mb",
        type=int,
        default=None,
        help="attachment megabytes one user may send per 24 hours (default 100)",
    )
    server_report.add_parser(sub)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    url = db.normalize_url(args.db or db.default_url())
    if args.seal_key is not None:  # for this process and the workers it starts
        os.environ[sealing.KEY_ENV] = str(args.seal_key.resolve())
    try:
        return _run(args, url)
    except (admin.AdminError, sealing.SealError) as e:
        print(f"错误：{e}", file=sys.stderr)
        return 2


def _run(args: argparse.Namespace, url: str) -> int:
    from gridworker.server import migrate

    engine = db.make_engine(url)
    cmd = args.command
    if cmd not in ("init", "serve"):
        _initialised(engine)
    if cmd == "init":
        sealer = sealing.Sealer()
        created = migrate.ensure_seal_key(engine, sealer)
        hashed = migrate.upgrade(engine, sealer)
        if hashed:
            print(f"已为 {hashed} 条旧记录计算内容校验值")
        print(f"数据库已就绪：{engine.url.render_as_string(hide_password=True)}")
        print(
            f"密封密钥：{sealer.path}"
            + ("（新建：请把副本交托管，勿与数据库备份放在一起）" if created else "")
        )
        print(f"已核对：{admin.check_seal_key(engine, sealer)} 个设备恢复密钥都能用此密钥打开")
    elif cmd == "seal-key":
        n = admin.rotate_seal_key(engine, sealing.Sealer())
        print(f"已换新密封密钥，重新密封 {n} 个设备恢复密钥；请把新密钥文件的副本交托管")
    elif cmd == "user":
        if args.action == "add":
            admin.add_user(
                engine, args.username, _password(args), args.role, args.scope, args.display_name
            )
        elif args.action in ("disable", "enable"):
            admin.disable_user(engine, args.username, args.action == "disable")
        else:
            admin.reset_password(engine, args.username, _password(args, "新密码: "))
        print("完成")
    elif cmd == "device":
        if args.action == "revoke":
            admin.revoke_device(engine, args.device_id)
            print("设备已停用")
        else:
            for d in admin.list_devices(engine, args.user):
                print(json.dumps(d, default=str, ensure_ascii=False))
    elif cmd in ("import-roster", "import-regions"):
        from gridworker.server.region_import import import_regions
        from gridworker.server.roster import import_roster

        importer = import_roster if cmd == "import-roster" else import_regions
        report = importer(engine, args.file)
        print(report.summary())
        if args.report is not None:
            out = (
                Path(args.report)
                if args.report
                else args.file.with_name(f"{args.file.stem}-导入报告.csv")
            )
            report.write(out)
            print(f"导入报告：{out}")
        return 0 if not report.rejected else 1
    elif cmd == "checklist":
        print(f"已发布调查表版本 {admin.publish_checklist(engine, args.file)}")
    elif cmd == "settings":
        admin.set_setting(
            engine, args.key, json.loads(args.value), args.year, args.region, args.note
        )
        print("完成")
    elif cmd == "points" and args.action == "publish":
        version = admin.publish_points_rules(engine, args.file, args.region, args.year)
        print(f"已发布积分细则版本 {version}")
    elif cmd == "points":
        admin.register_shop_device(engine, args.device_id, args.village)
        print(f"已登记村 {args.village} 的爱心超市兑换设备")
    elif cmd == "min-app-version":
        admin.set_min_app_version(engine, args.version)
    elif cmd == "conflicts":
        if args.action == "list":
            for c in admin.list_conflicts(engine, args.all):
                print(json.dumps(c, default=str, ensure_ascii=False))
        else:
            admin.resolve_conflict(engine, args.id, args.note)
    elif cmd == "demo-data":
        from gridworker.demo import HISTORY_DAYS
        from gridworker.server.demo_load import load_demo

        counts = load_demo(
            engine,
            args.households,
            args.seed,
            today=args.today,
            history_days=args.history_days or HISTORY_DAYS,
        )
        print(json.dumps(counts, ensure_ascii=False))
    elif cmd == "report":
        return server_report.run(args, engine)
    elif cmd == "serve":
        engine.dispose()
        settings = {
            config.HASH_SLOTS_ENV: args.hash_slots,
            config.QUOTA_ENV: args.attachment_quota_mb,
        }
        for name, value in settings.items():
            if value is not None:
                os.environ[name] = str(value)
        return serve(
            url, args.host, args.port, args.workers, args.log_level, args.forwarded_allow_ips
        )
    return 0


def _initialised(engine: Engine) -> None:
    """Every command but ``init`` and ``serve`` needs a database at the newest revision."""
    from sqlalchemy.exc import OperationalError

    from gridworker.server import migrate

    try:
        current = migrate.current(engine)
    except OperationalError as e:
        raise admin.AdminError(f"无法连接数据库：{e.orig}") from None
    if current is None:
        raise admin.AdminError("数据库尚未初始化：请先运行 gridworker-server init")
    if current != migrate.head():
        raise admin.AdminError(
            f"数据库版本 {current} 需要升级：请先运行 gridworker-server init（升级前请先备份）"
        )


def serve(
    url: str,
    host: str,
    port: int,
    workers: int,
    log_level: str,
    forwarded_allow_ips: str | None = None,
) -> int:
    import uvicorn

    from gridworker.server import migrate

    migrate.upgrade(db.make_engine(url))
    os.environ[db.DEFAULT_URL_ENV] = url
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    sock.listen(2048)
    sock.set_inheritable(True)
    actual = sock.getsockname()[1]
    print(
        f"gridworker-server listening on http://{host}:{actual} "
        f"(API docs: http://{host}:{actual}/api/v1/docs)",
        flush=True,
    )
    uvicorn.run(
        "gridworker.server.app:app_from_env",
        factory=True,
        fd=sock.fileno(),
        workers=workers,
        log_level=log_level,
        access_log=False,
        timeout_graceful_shutdown=2,
        # the client address is the TCP peer unless it is a proxy named here
        proxy_headers=bool(forwarded_allow_ips),
        forwarded_allow_ips=forwarded_allow_ips or "",
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
