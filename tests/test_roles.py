"""One role vocabulary (gridworker.vocab.ROLES): the server accepts exactly these names, the app
decides from them who sees reports, and account files written by older versions still open."""

from __future__ import annotations

import json
from pathlib import Path

from gridworker import vocab
from gridworker.accounts import Account, list_accounts, load_account, save_account


def test_the_server_accepts_exactly_the_vocabulary() -> None:
    from gridworker.server import admin

    assert (
        admin.ROLES
        == tuple(vocab.ROLES)
        == ("grid_worker", "village", "township", "county", "county_admin", "shop")
    )


def test_an_old_account_file_saying_grid_is_a_grid_worker(tmp_path: Path) -> None:
    folder = tmp_path / "accounts" / "gw1"
    folder.mkdir(parents=True)
    old = {"username": "gw1", "display_name": "刘红旗", "role": "grid", "scope": "34062110120101"}
    (folder / "account.json").write_text(json.dumps(old, ensure_ascii=False), "utf-8")
    account = load_account(folder)
    assert account.role == "grid_worker" and not vocab.sees_reports(account.role)
    assert [a.role for a in list_accounts(tmp_path)] == ["grid_worker"]
    save_account(folder, account)  # written back with today's name
    assert json.loads((folder / "account.json").read_text("utf-8"))["role"] == "grid_worker"


def test_who_sees_reports() -> None:
    assert [r for r in vocab.ROLES if vocab.sees_reports(r)] == ["township"]
    assert not vocab.sees_reports("nobody")
    assert Account("t", "t", "township", "340621101").role in vocab.ROLES
