"""Tests for claimbrief.worker: the protocol of the build's short-lived stage processes
(one JSON job on stdin; exit 0, or one sentence on stdout and exit 2)."""

from __future__ import annotations

import time

import pytest

from claimbrief.errors import BuildError
from claimbrief.worker import Worker

STAGE = '''
import sys, time
from claimbrief.errors import BuildError
from claimbrief.worker import serve

def run(job):
    what = job["do"]
    if what == "write":
        open(job["path"], "w").write("done")
    elif what == "warn":
        print("a warning from a library", file=sys.stderr)
    elif what == "refuse":
        raise BuildError("the job was refused.")
    elif what == "full":
        raise OSError(28, "No space left on device")
    elif what == "crash":
        raise ValueError("bad value")
    elif what == "hang":
        time.sleep(60)
    elif what == "leave":
        import tempfile
        tempfile.mkdtemp()  # a library's temporary folder, left to an exit that skips teardown
        if job.get("hang"):
            time.sleep(60)

sys.exit(serve(run, "the test job failed"))
'''


@pytest.fixture
def stage(tmp_path, monkeypatch):
    """A stage module (``python -m cb_test_stage``) on the processes' PYTHONPATH."""
    (tmp_path / "cb_test_stage.py").write_text(STAGE, encoding="utf-8")
    monkeypatch.setenv("PYTHONPATH", str(tmp_path))

    def start(module: str = "cb_test_stage") -> Worker:
        return Worker(module, "test", str(tmp_path))

    return start


def test_a_job_is_done_and_the_process_is_gone(stage, tmp_path):
    worker = stage()
    worker.run({"do": "write", "path": str(tmp_path / "out.txt")}, time.monotonic() + 60)
    assert (tmp_path / "out.txt").read_text() == "done"
    assert worker.process.returncode == 0
    worker.kill()  # harmless once it has ended


def test_what_the_process_prints_on_stderr_is_passed_on(stage, capsys):
    stage().run({"do": "warn"}, time.monotonic() + 60)
    assert "a warning from a library" in capsys.readouterr().err


@pytest.mark.parametrize("what, sentence", [
    ("refuse", "the job was refused."),
    ("full", "the test job failed: No space left on device (file system)."),
    ("crash", "the test job failed: ValueError: bad value."),
])
def test_a_failed_job_is_one_sentence(stage, what, sentence):
    worker = stage()
    with pytest.raises(BuildError) as caught:
        worker.run({"do": what}, time.monotonic() + 60)
    assert str(caught.value) == sentence
    assert worker.process.returncode == 2


def test_a_process_that_cannot_start_names_its_last_line(stage):
    worker = stage("cb_no_such_stage")
    with pytest.raises(BuildError) as caught:
        worker.run({"do": "write"}, time.monotonic() + 60)
    assert str(caught.value).startswith("the test process ended unexpectedly (exit code 1): ")
    assert "No module named cb_no_such_stage" in str(caught.value)


def test_a_job_past_the_deadline_is_killed(stage):
    worker = stage()
    started = time.monotonic()
    with pytest.raises(BuildError, match="timed out during the test"):
        worker.run({"do": "hang"}, time.monotonic() + 1)
    assert time.monotonic() - started < 10
    assert worker.process.returncode is not None


def test_a_process_killed_before_its_job_is_reaped(stage):
    worker = stage()
    worker.kill()
    assert worker.process.returncode is not None
    assert worker.process.stdin.closed and worker.process.stdout.closed


def test_what_a_stage_leaves_in_its_temporary_folder_goes_with_it(stage, tmp_path, monkeypatch):
    import tempfile
    from pathlib import Path

    users = tmp_path / "users-tmp"
    users.mkdir()
    monkeypatch.setenv("TMPDIR", str(users))
    monkeypatch.setattr(tempfile, "tempdir", None)  # (read $TMPDIR again)
    done = stage()
    done.run({"do": "leave"}, time.monotonic() + 60)  # done: it exits without teardown
    killed = stage()
    with pytest.raises(BuildError, match="timed out"):
        killed.run({"do": "leave", "hang": True}, time.monotonic() + 2)  # killed at the deadline
    for worker in (done, killed):
        worker.kill()
        assert not Path(worker.tmp).exists()
    assert list(users.iterdir()) == []
