"""The task runner: work off the Qt thread, results on it, stale callbacks dropped."""

import threading

import pytest
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication, QLabel

from ocpizza_desk.domain.errors import DomainError
from ocpizza_desk.gui.tasks import TaskRunner


@pytest.fixture
def runner(qapp):
    runner = TaskRunner()
    yield runner
    runner.wait_idle()


def test_work_runs_on_a_worker_and_the_result_comes_back_on_the_qt_thread(qtbot, runner):
    seen = {}

    def work():
        seen["worker"] = QThread.currentThread() is not QApplication.instance().thread()
        return 42

    def done(result):
        seen["result"] = result
        seen["callback_on_qt_thread"] = threading.current_thread() is threading.main_thread()

    with qtbot.waitSignals([runner.busy_changed, runner.busy_changed]):
        runner.run(work, done)
    qtbot.waitUntil(lambda: "result" in seen)
    assert seen == {"worker": True, "result": 42, "callback_on_qt_thread": True}
    assert not runner.busy


def test_failures_reach_the_failure_callback(qtbot, runner):
    errors = []

    def work():
        raise DomainError("permission.denied")

    runner.run(work, lambda _r: None, errors.append)
    qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors[0], DomainError) and errors[0].code == "permission.denied"


def test_progress_is_reported_on_the_qt_thread(qtbot, runner):
    steps, results = [], []

    def work(report):
        report("a", 0.5)
        report("b", 1.0)
        return "ok"

    runner.run_with_progress(work, lambda s, f: steps.append((s, f)), results.append)
    qtbot.waitUntil(lambda: bool(results))
    assert steps == [("a", 0.5), ("b", 1.0)] and results == ["ok"]


def test_a_callback_of_a_deleted_widget_is_dropped(qtbot, runner):
    release = threading.Event()
    label = QLabel()
    label.setText("before")
    runner.run(lambda: release.wait(5) and "after", label.setText)
    label.deleteLater()
    qtbot.waitUntil(lambda: not _alive(label))
    release.set()
    qtbot.waitUntil(lambda: not runner.busy)  # delivered without touching the dead label


def _alive(widget) -> bool:
    import shiboken6

    return shiboken6.isValid(widget)


def test_lambda_callbacks_are_dropped_when_their_named_owner_is_gone(qtbot, runner):
    release = threading.Event()
    label = QLabel()
    touched = []

    def touch(value):
        touched.append(value)
        label.setText(value)  # would raise on a deleted label

    runner.run(lambda: release.wait(5) and "after", lambda v: touch(v), owner=label)
    label.deleteLater()
    qtbot.waitUntil(lambda: not _alive(label))
    release.set()
    qtbot.waitUntil(lambda: not runner.busy)
    assert touched == []


def test_a_background_job_does_not_light_the_busy_indicator(qtbot, runner):
    release = threading.Event()
    changes = []
    runner.busy_changed.connect(changes.append)
    runner.run(lambda: release.wait(5), lambda _r: None, background=True)
    assert not runner.busy and changes == []
    runner.run(lambda: release.wait(5), lambda _r: None)
    assert runner.busy and changes == [True]
    release.set()
    qtbot.waitUntil(lambda: changes == [True, False])


def test_a_job_outliving_its_runner_is_dropped_quietly(qtbot, qapp):
    """A window closed while its live feed's last poll was on a worker: the answer has
    nobody to go to, and must not surface as an error in whatever runs next."""
    from PySide6.QtCore import QThreadPool

    pool = QThreadPool()
    runner = TaskRunner(pool=pool)
    release, delivered = threading.Event(), []
    runner.run(lambda: release.wait(5) and "late", delivered.append)
    runner.deleteLater()
    qtbot.waitUntil(lambda: not _alive(runner))
    with qtbot.captureExceptions() as raised:
        release.set()
        assert pool.waitForDone(5000)
        qapp.processEvents()
    assert raised == [] and delivered == []


def test_runners_deleted_while_their_jobs_report_never_crash(qtbot, qapp):
    """Workers emit at any moment, also while the runner that asked is being destroyed on the
    Qt thread (a window closed mid-poll): the process must neither crash nor call back."""
    import shiboken6
    from PySide6.QtCore import QThreadPool

    pool = QThreadPool()
    pool.setMaxThreadCount(4)
    delivered, progressed = [], []
    for _ in range(200):
        runner = TaskRunner(pool=pool)
        runner.run(lambda: "late", delivered.append)
        runner.run_with_progress(
            lambda report: [report("step", i / 20) for i in range(20)],
            lambda *a: progressed.append(a),
            delivered.append,
        )
        shiboken6.delete(runner)
    assert pool.waitForDone(10_000)
    qapp.processEvents()
    assert delivered == [] and progressed == []
