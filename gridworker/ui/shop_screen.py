"""The village shop's screen (role ``shop``): 兑换 — find a household, pick goods, redeem, print
the receipt — and 库存 — the goods with their point prices and stock, new goods, donations and
purchases in, an inventory count with a reason for every difference.

Every change is one store operation (`gridworker.store.points`): refused, with the reason in
plain Chinese, on any computer but the one the county registered as the shop's, or when points
or stock fall short; nothing is written then.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from gridworker import vocab
from gridworker.changes import NOTHING, Changed
from gridworker.points.receipt import receipt_html
from gridworker.store import points
from gridworker.ui.household_screen import ID_ROLE, fill, make_table
from gridworker.ui.points_dialog import who
from gridworker.ui.session import Session

if TYPE_CHECKING:
    from sqlalchemy import Connection


def _id(table: QTableWidget, row: int) -> str:
    item = table.item(row, 0)
    return "" if item is None else str(item.data(ID_ROLE))


def _message(label: QLabel, text: str, error: bool) -> None:
    label.setStyleSheet("color:#b00020" if error else "color:#1b5e20")
    label.setText(text)


class ShopScreen(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.village = session.scope[:12]
        self.setObjectName("shop")
        self.tabs = QTabWidget()
        self.redeem = RedeemTab(self)
        self.stock = StockTab(self)
        self.tabs.addTab(self.redeem, self.tr("兑换"))
        self.tabs.addTab(self.stock, self.tr("库存"))
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("爱心超市"))
        title.setStyleSheet("font-size:16pt;font-weight:bold")
        layout.addWidget(title)
        layout.addWidget(self.tabs, 1)
        self.reload()

    def reload(self) -> None:
        self.redeem.reload()
        self.stock.reload()

    def run(self, fn: Any, done: Any, label: QLabel) -> None:
        """Write ``fn(conn)`` (nothing another screen shows), then ``done(result)`` and a reload;
        a refusal goes to ``label``."""

        def write(conn: Connection) -> Changed[Any]:
            return Changed(fn(conn), NOTHING)

        def ok(result: Any) -> None:
            done(result)
            self.reload()

        self.session.ops.write(write, ok, lambda e: _message(label, str(e), True), owner=self)


class RedeemTab(QWidget):
    def __init__(self, shop: ShopScreen) -> None:
        super().__init__()
        self.shop = shop
        self.last_receipt: str | None = None
        self.search = QLineEdit()
        self.search.setObjectName("shopSearch")
        self.search.setPlaceholderText(self.tr("户编号或户主姓名"))
        self.search.textChanged.connect(lambda _t: self.reload())
        self.households = make_table([self.tr("户编号"), self.tr("户主"), self.tr("积分余额")])
        self.households.setObjectName("shopHouseholds")
        self.households.itemSelectionChanged.connect(self._history)
        self.ledger = make_table(
            [self.tr("日期"), self.tr("类别"), self.tr("积分"), self.tr("内容")]
        )
        self.ledger.setObjectName("shopLedger")
        self.correct = QPushButton(self.tr("更正所选记录…"))
        self.correct.setObjectName("shopCorrect")
        self.correct.clicked.connect(self._correct)
        self.goods = make_table(
            [self.tr("物品"), self.tr("兑换积分"), self.tr("库存"), self.tr("兑换数量")]
        )
        self.goods.setObjectName("shopGoods")
        self.total = QLabel()
        self.message = QLabel()
        self.message.setObjectName("shopMessage")
        self.message.setWordWrap(True)
        self.button = QPushButton(self.tr("兑换"))
        self.button.setObjectName("shopRedeem")
        self.button.clicked.connect(self._redeem)
        self.receipt = QPushButton(self.tr("打印兑换凭证…"))
        self.receipt.setObjectName("shopReceipt")
        self.receipt.setEnabled(False)
        self.receipt.clicked.connect(self._print)
        left = QVBoxLayout()
        left.addWidget(self.search)
        left.addWidget(self.households, 2)
        left.addWidget(QLabel(self.tr("本户积分台账")))
        left.addWidget(self.ledger, 1)
        left.addWidget(self.correct)
        self.expire = QPushButton(self.tr("处理过期积分"))
        self.expire.setObjectName("shopExpire")
        self.expire.clicked.connect(self._expire)
        left.addWidget(self.expire)
        right = QVBoxLayout()
        right.addWidget(self.goods, 1)
        right.addWidget(self.total)
        row = QHBoxLayout()
        row.addWidget(self.button)
        row.addWidget(self.receipt)
        row.addStretch(1)
        right.addLayout(row)
        right.addWidget(self.message)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 2)
        layout.addLayout(right, 3)

    def reload(self) -> None:
        self._history()
        query, village = self.search.text(), self.shop.village

        def read(conn: Connection) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
            return points.households(conn, query), points.items(conn, village)

        self.shop.session.ops.read(read, self._show, owner=self)

    def _show(self, data: tuple[list[dict[str, Any]], list[dict[str, Any]]]) -> None:
        households, goods = data
        chosen = self.household_id()
        fill(
            self.households,
            [(h["household_id"], (h["number"], h["name"], h["balance"])) for h in households],
        )
        for r in range(self.households.rowCount()):
            if _id(self.households, r) == chosen:
                self.households.selectRow(r)
        fill(
            self.goods,
            [(g["id"], (g["name"], g["price"], f"{g['stock']}{g['unit']}", "")) for g in goods],
        )
        for r, g in enumerate(goods):
            spin = QSpinBox()
            spin.setRange(0, max(0, int(g["stock"])))
            spin.setObjectName(f"qty_{r}")
            spin.valueChanged.connect(self._update)
            spin.setProperty("price", int(g["price"]))
            self.goods.setCellWidget(r, 3, spin)
        self._update()

    def household_id(self) -> str | None:
        rows = self.households.selectionModel().selectedRows()
        return None if not rows else _id(self.households, rows[0].row())

    def lines(self) -> list[tuple[str, int]]:
        out = []
        for r in range(self.goods.rowCount()):
            spin = self.goods.cellWidget(r, 3)
            if isinstance(spin, QSpinBox) and spin.value():
                out.append((_id(self.goods, r), spin.value()))
        return out

    def _update(self) -> None:
        cost = 0
        for r in range(self.goods.rowCount()):
            spin = self.goods.cellWidget(r, 3)
            if isinstance(spin, QSpinBox):
                cost += spin.value() * int(spin.property("price"))
        self.total.setText(self.tr("合计：%1 分").replace("%1", str(cost)))

    def _redeem(self) -> None:
        hid, lines = self.household_id(), self.lines()
        if hid is None:
            _message(self.message, self.tr("请先选择兑换的户"), True)
            return
        s = self.shop.session
        writer, village, day = who(s), self.shop.village, s.today()

        def done(entry: dict[str, Any]) -> None:
            self.last_receipt = receipt_html(entry, village, int(entry["balance"]))
            self.receipt.setEnabled(True)
            text = self.tr("已兑换：扣 %1 分，余额 %2 分")
            text = text.replace("%1", str(-int(entry["points"]))).replace(
                "%2", str(entry["balance"])
            )
            _message(self.message, text, False)

        self.shop.run(
            lambda conn: points.redeem(conn, writer, village, hid, lines, day), done, self.message
        )

    def _history(self) -> None:
        hid = self.household_id()
        if hid is None:
            self.ledger.setRowCount(0)
            return
        self.shop.session.ops.read(
            lambda conn: points.history(conn, hid), self._show_history, owner=self
        )

    def _show_history(self, rows: list[dict[str, Any]]) -> None:
        def what(r: dict[str, Any]) -> str:
            items = r["items"] or []
            text = "、".join(
                str(i.get("name", "")) + (f"×{i['quantity']}" if "quantity" in i else "")
                for i in items
            )
            return text + ("（待评议）" if r["pending"] else "")

        fill(
            self.ledger,
            [
                (
                    r["id"],
                    (r["entry_date"], vocab.POINTS_KIND_NAMES[r["kind"]], r["points"], what(r)),
                )
                for r in rows
            ],
        )

    def _correct(self) -> None:
        chosen = self.ledger.selectionModel().selectedRows()
        if not chosen:
            _message(self.message, self.tr("请先在本户积分台账中选择要更正的记录"), True)
            return
        entry = _id(self.ledger, chosen[0].row())
        s = self.shop.session
        writer, village, day = who(s), self.shop.village, s.today()
        self.shop.run(
            lambda conn: points.correct(conn, writer, village, entry, day),
            lambda _id: _message(self.message, self.tr("已更正（原记录保留）"), False),
            self.message,
        )

    def _expire(self) -> None:
        """Points past the rules' expiry, for every household (refused when they never expire)."""
        s = self.shop.session
        writer, village, day = who(s), self.shop.village, s.today()

        def done(entries: list[dict[str, Any]]) -> None:
            text = self.tr("%1 户的过期积分已扣除，共 %2 分").replace("%1", str(len(entries)))
            _message(
                self.message, text.replace("%2", str(-sum(e["points"] for e in entries))), False
            )

        self.shop.run(lambda conn: points.expire(conn, writer, village, day), done, self.message)

    def _print(self) -> None:
        if self.last_receipt is None:
            return
        from gridworker.ui.printing.receipt_print import print_receipt

        print_receipt(self, self.last_receipt)


class StockTab(QWidget):
    def __init__(self, shop: ShopScreen) -> None:
        super().__init__()
        self.shop = shop
        self.table = make_table(
            [
                self.tr("物品"),
                self.tr("单位"),
                self.tr("兑换积分"),
                self.tr("单价（元）"),
                self.tr("库存"),
                self.tr("盘点数"),
                self.tr("差异原因"),
            ]
        )
        self.table.setObjectName("stockTable")
        self.message = QLabel()
        self.message.setObjectName("stockMessage")
        self.message.setWordWrap(True)
        # new goods
        self.name = QLineEdit()
        self.name.setObjectName("itemName")
        self.unit = QLineEdit("件")
        self.unit.setObjectName("itemUnit")
        self.price = QSpinBox()
        self.price.setObjectName("itemPrice")
        self.price.setRange(1, 100000)
        self.value = QDoubleSpinBox()
        self.value.setObjectName("itemValue")
        self.value.setRange(0, 1e6)
        add = QPushButton(self.tr("添加物品"))
        add.setObjectName("stockAddItem")
        add.clicked.connect(self._add)
        new = QGroupBox(self.tr("新物品"))
        f1 = QFormLayout(new)
        f1.addRow(self.tr("名称"), self.name)
        f1.addRow(self.tr("单位"), self.unit)
        f1.addRow(self.tr("兑换积分"), self.price)
        f1.addRow(self.tr("单价（元）"), self.value)
        f1.addRow(add)
        # goods in
        self.item = QComboBox()
        self.item.setObjectName("inItem")
        self.quantity = QSpinBox()
        self.quantity.setObjectName("inQuantity")
        self.quantity.setRange(1, 100000)
        self.donor = QLineEdit()
        self.donor.setObjectName("inDonor")
        self.donor.setPlaceholderText(self.tr("捐赠人（采购则留空）"))
        into = QPushButton(self.tr("入库"))
        into.setObjectName("stockIn")
        into.clicked.connect(self._stock_in)
        goods_in = QGroupBox(self.tr("捐赠或采购入库"))
        f2 = QFormLayout(goods_in)
        f2.addRow(self.tr("物品"), self.item)
        f2.addRow(self.tr("数量"), self.quantity)
        f2.addRow(self.tr("捐赠人"), self.donor)
        f2.addRow(into)
        count = QPushButton(self.tr("保存盘点"))
        count.setObjectName("stockCount")
        count.clicked.connect(self._count)
        side = QVBoxLayout()
        side.addWidget(new)
        side.addWidget(goods_in)
        side.addStretch(1)
        main = QVBoxLayout()
        main.addWidget(self.table, 1)
        row = QHBoxLayout()
        row.addWidget(count)
        row.addStretch(1)
        main.addLayout(row)
        main.addWidget(self.message)
        layout = QHBoxLayout(self)
        layout.addLayout(main, 3)
        layout.addLayout(side, 1)

    def reload(self) -> None:
        village = self.shop.village
        self.shop.session.ops.read(lambda conn: points.items(conn, village), self._show, owner=self)

    def _show(self, goods: list[dict[str, Any]]) -> None:
        fill(
            self.table,
            [
                (g["id"], (g["name"], g["unit"], g["price"], g["value"], g["stock"], "", ""))
                for g in goods
            ],
        )
        self.item.clear()
        for r, g in enumerate(goods):
            self.item.addItem(g["name"], g["id"])
            spin = QSpinBox()
            spin.setRange(0, 1_000_000)
            spin.setValue(int(g["stock"]))
            spin.setObjectName(f"counted_{r}")
            self.table.setCellWidget(r, 5, spin)
            reason = QLineEdit()
            reason.setObjectName(f"reason_{r}")
            self.table.setCellWidget(r, 6, reason)

    def _add(self) -> None:
        village = self.shop.village
        name, unit, price, value = (
            self.name.text(),
            self.unit.text(),
            self.price.value(),
            self.value.value(),
        )

        def done(_id: str) -> None:
            self.name.clear()
            _message(self.message, self.tr("已添加物品：%1").replace("%1", name), False)

        self.shop.run(
            lambda conn: points.save_item(conn, village, name, price, value, unit),
            done,
            self.message,
        )

    def _stock_in(self) -> None:
        item = self.item.currentData()
        if item is None:
            _message(self.message, self.tr("请先添加物品"), True)
            return
        s = self.shop.session
        writer, village, day = who(s), self.shop.village, s.today()
        qty, donor = self.quantity.value(), self.donor.text()
        self.shop.run(
            lambda conn: points.stock_in(conn, writer, village, str(item), qty, day, donor=donor),
            lambda _m: _message(self.message, self.tr("已入库"), False),
            self.message,
        )

    def _count(self) -> None:
        counted: dict[str, int] = {}
        reasons: dict[str, str] = {}
        for r in range(self.table.rowCount()):
            iid = _id(self.table, r)
            spin, reason = self.table.cellWidget(r, 5), self.table.cellWidget(r, 6)
            if isinstance(spin, QSpinBox):
                counted[iid] = spin.value()
            if isinstance(reason, QLineEdit):
                reasons[iid] = reason.text()
        s = self.shop.session
        writer, village, day = who(s), self.shop.village, s.today()
        self.shop.run(
            lambda conn: points.count(conn, writer, village, counted, reasons, day),
            lambda _m: _message(self.message, self.tr("盘点已保存"), False),
            self.message,
        )
