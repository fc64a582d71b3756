"""The signed-in screens and the navigation between them (Today, Roster, Household, Visit, and
for township users the township report screen, where they start).

Screens refresh from one handler, :meth:`Workspace.apply_changes`, connected to the operations
layer's ``changed`` signal: whatever changed the store (an edit, a completed visit, a sync) says
what it changed, and each screen re-reads only what it shows of that."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QStackedWidget, QWidget

from gridworker.changes import Changes
from gridworker.ui.case_queue import CaseQueue, has_queue
from gridworker.ui.household_edit import HouseholdDialog
from gridworker.ui.household_screen import HouseholdScreen
from gridworker.ui.roster_data import RosterData
from gridworker.ui.roster_screen import RosterScreen
from gridworker.ui.session import Session
from gridworker.ui.shop_screen import ShopScreen
from gridworker.ui.today_screen import TodayScreen
from gridworker.ui.township_screen import TownshipScreen, can_see_reports
from gridworker.ui.visit_screen import VisitScreen


class Workspace(QStackedWidget):
    screen_changed = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.data = RosterData(session, self)
        self.data.reload()  # the worker reads while the screens are built (results come queued)
        self.today = TodayScreen(session, self.data)
        self.roster = RosterScreen(session, self.data)
        self.household = HouseholdScreen(session)
        self.visit = VisitScreen(session)
        for w in (self.today, self.roster, self.household, self.visit):
            self.addWidget(w)
        self._history: list[QWidget] = []
        self.today.household_activated.connect(self.open_household)
        self.roster.household_activated.connect(self.open_household)
        self.household.visit_requested.connect(self.open_visit)
        self.session.ops.changed.connect(self.apply_changes)
        self.shop: ShopScreen | None = None
        if session.account.role == "shop":  # the village shop's computer: it starts there
            self.shop = ShopScreen(session)
            self.addWidget(self.shop)
            self.setCurrentWidget(self.shop)
        self.cases: CaseQueue | None = None
        if has_queue(session.account.role):  # village, township and county users
            self.cases = CaseQueue(session)
            self.addWidget(self.cases)
            self.cases.household_activated.connect(self.open_household)
            if not can_see_reports(session):
                self.setCurrentWidget(self.cases)
        self.township: TownshipScreen | None = None
        if can_see_reports(session):
            self.township = TownshipScreen(session)
            self.addWidget(self.township)
            self.township.household_activated.connect(self.open_household)
            self.setCurrentWidget(self.township)

    # --- navigation ----------------------------------------------------------------------
    def show_screen(self, widget: QWidget, remember: bool = True) -> None:
        current = self.currentWidget()
        if current is widget:
            return
        if current is self.visit:
            self.visit.save_now()
        if remember and current is not None:
            self._history.append(current)
            del self._history[:-20]
        self.setCurrentWidget(widget)
        self.screen_changed.emit(widget.objectName())

    def go_today(self) -> None:
        self.show_screen(self.today)

    def go_roster(self) -> None:
        self.show_screen(self.roster)
        self.roster.focus_search()

    def go_township(self) -> None:
        if self.township is not None:
            self.show_screen(self.township)

    def go_cases(self) -> None:
        if self.cases is not None:
            self.show_screen(self.cases)

    def back(self) -> None:
        if self._history:
            self.show_screen(self._history.pop(), remember=False)

    def open_household(self, household_id: str) -> None:
        self.household.open(household_id)
        self.show_screen(self.household)

    def open_visit(self, household_id: str, visit_id: str) -> None:
        if visit_id:
            self.visit.open_visit(visit_id)
        else:
            self.visit.start(household_id)
        self.show_screen(self.visit)

    def review_points(self) -> QWidget:
        """The village review of the month's points awards (a dialog)."""
        from gridworker.ui.points_dialog import ReviewDialog

        dialog = ReviewDialog(self.session, self)
        dialog.open()
        return dialog

    def register_household(self) -> HouseholdDialog:
        dialog = HouseholdDialog(self.session, self)
        dialog.saved.connect(lambda household_id: self.open_household(str(household_id)))
        dialog.open()
        return dialog

    def apply_changes(self, changes: Changes) -> None:
        """The one place screens refresh after a change (``Operations.changed``)."""
        if changes.scope:
            self.data.reload()
        elif changes.households:
            self.data.refresh(sorted(changes.households))
        elif changes.records or changes.sync:
            self.data.reload_counts()
        shown = self.household.view
        if shown is not None and changes.household(shown.id):
            self.household.reload()
        if self.township is not None and changes.records:
            self.township.store_changed()
        if self.shop is not None and changes.scope:
            self.shop.reload()
        if self.cases is not None and (changes.problems or changes.scope):
            self.cases.reload()

    def flush(self) -> None:
        """Save whatever is being edited (before closing, signing out, switching language)."""
        self.visit.save_now()
