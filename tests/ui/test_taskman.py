"""Results of background work always arrive later, on the GUI thread, through the event loop."""

from __future__ import annotations

import threading

from PySide6.QtCore import QThread

from ui.taskman import TaskManager


def test_on_done_runs_later_on_the_gui_thread_even_for_instant_tasks(qtbot) -> None:
    manager = TaskManager()
    calls: list[tuple[object, bool]] = []
    for _ in range(50):
        manager.run_in_background(
            lambda: 42,
            lambda future: calls.append((future.result(),
                                         QThread.currentThread() is manager.thread())))
    assert calls == [], "on_done ran inside run_in_background"
    qtbot.waitUntil(lambda: len(calls) == 50)
    assert all(value == 42 and on_gui for value, on_gui in calls)
    assert manager.pending == 0
    manager.shutdown()


def test_cache_work_runs_on_one_worker_thread_in_order(qtbot) -> None:
    manager = TaskManager()
    seen: list[tuple[int, str]] = []
    for number in range(20):
        manager.run_in_background(
            lambda number=number: seen.append((number, threading.current_thread().name)))
    qtbot.waitUntil(lambda: manager.pending == 0)
    assert [number for number, _ in seen] == list(range(20))
    assert len({name for _, name in seen}) == 1
    assert seen[0][1].startswith("cache")
    manager.shutdown()


def test_a_result_delivered_after_shutdown_may_ask_for_more_work_harmlessly(qtbot) -> None:
    # A screen's on_done that schedules a follow-up read, arriving while the window closes.
    manager = TaskManager()
    follow_ups: list[object] = []
    delivered: list[bool] = []

    def on_done(_future: object) -> None:
        follow_ups.append(manager.run_in_background(lambda: 1, lambda _f: follow_ups.append(0)))
        delivered.append(True)

    manager.run_in_background(lambda: 42, on_done)
    manager.shutdown()  # the first task finished; its delivery is still queued
    qtbot.waitUntil(lambda: delivered == [True])
    (refused,) = follow_ups
    assert refused.cancelled(), "work asked for after shutdown must not run"
    assert manager.pending == 0
