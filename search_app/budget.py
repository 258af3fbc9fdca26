"""What one web request may still spend: a deadline, and whether its client is still there.

A WSGI thread cannot be interrupted from outside, so long loops (figure aggregates,
programme pairs, export rows) call `checkpoint()` every few hundred items; it raises
RequestStopped once the request is past `request_timeout_s` or waitress reports that
the client hung up (`waitress.client_disconnected`, offered when the server runs with
channel_request_lookahead). Outside a request (the CLI) there is no budget and
`checkpoint()` costs one context-variable read.
"""
from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from contextvars import ContextVar
from dataclasses import dataclass

EVERY = 256  # items between two checks in guarded loops


class RequestStopped(Exception):
    """The request ran out of time or its client left; the message is for the user."""


@dataclass(slots=True)
class Budget:
    deadline: float | None  # time.monotonic() value, None for no time limit
    disconnected: Callable[[], bool] | None = None

    def check(self) -> None:
        if self.disconnected is not None and self.disconnected():
            raise RequestStopped("Máy khách đã ngắt kết nối; đã dừng xử lý yêu cầu.")
        if self.deadline is not None and time.monotonic() > self.deadline:
            raise RequestStopped("Yêu cầu mất quá nhiều thời gian và đã bị dừng; hãy thu hẹp tìm kiếm "
                                 "(bớt bộ lọc hoặc thêm từ khóa) rồi thử lại.")

    def guard(self, items: Iterable) -> Iterator:
        """The items, checking the budget before the first and every EVERY items after."""
        for i, item in enumerate(items):
            if i % EVERY == 0:
                self.check()
            yield item


_CURRENT: ContextVar[Budget | None] = ContextVar("baocao_budget", default=None)


def start(timeout_s: float | None, disconnected: Callable[[], bool] | None) -> Budget:
    """The budget of the request now starting in this thread (timeout_s None or 0: no time limit)."""
    budget = Budget(time.monotonic() + timeout_s if timeout_s else None, disconnected)
    _CURRENT.set(budget)
    return budget


def end() -> None:
    _CURRENT.set(None)


def current() -> Budget | None:
    return _CURRENT.get()


def checkpoint() -> None:
    budget = _CURRENT.get()
    if budget is not None:
        budget.check()


def guard(items: Iterable) -> Iterable:
    """Items checked against the current request's budget, if there is one."""
    budget = _CURRENT.get()
    return items if budget is None else budget.guard(items)
