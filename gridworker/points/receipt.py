"""What a printed redemption receipt (兑换凭证) says: the shop, the household (户编号 and head:
never an ID number), the goods, the points taken and the balance left, who served, and lines
to sign. Qt-free; `ui/printing/receipt_print.py` paints it."""

from __future__ import annotations

import html
from collections.abc import Mapping
from typing import Any


def receipt_html(entry: Mapping[str, Any], shop_name: str, balance: int) -> str:
    esc = html.escape
    rows = "".join(
        f"<tr><td>{esc(str(it.get('name', '')))}</td>"
        f"<td class='n'>{int(it.get('quantity', 0))}{esc(str(it.get('unit', '')))}</td>"
        f"<td class='n'>{int(it.get('price', 0))}</td>"
        f"<td class='n'>{int(it.get('price', 0)) * int(it.get('quantity', 0))}</td></tr>"
        for it in entry.get("items") or ()
    )
    return (
        "<html><head><style>"
        "body{font-size:10pt} table{border-collapse:collapse;width:100%}"
        "th,td{border:1px solid #666;padding:2px 4px} td.n{text-align:right}"
        "</style></head><body>"
        f"<h2 align='center'>{esc(shop_name)} 爱心超市积分兑换凭证</h2>"
        f"<p>日期：{esc(str(entry['entry_date']))}　凭证号：{esc(str(entry['id'])[:8])}</p>"
        f"<p>户编号：{esc(str(entry['household_number']))}"
        f"　户主：{esc(str(entry['household_name']))}</p>"
        "<table><tr><th>物品</th><th>数量</th><th>单价（分）</th><th>积分</th></tr>"
        f"{rows}</table>"
        f"<p>本次扣减积分：<b>{-int(entry['points'])}</b> 分　兑换后余额：<b>{balance}</b> 分</p>"
        f"<p>经办人：{esc(str(entry.get('worker_name') or ''))}</p>"
        "<p>领取人签字：________________　　经办人签字：________________</p>"
        "</body></html>"
    )
