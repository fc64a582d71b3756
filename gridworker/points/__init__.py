"""爱心超市 积分制: scoring rules as data (`rules`), the points ledger and the shop's stock
(`ledger`: balances and stock levels, the checks both sides run). No Qt, no HTTP."""
