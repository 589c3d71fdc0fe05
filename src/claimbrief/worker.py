"""Short-lived stage processes of a build: the extraction and the assembly.

Each article's tables are extracted, and its briefing assembled, in a process of its own
(``python -m claimbrief.extract``, ``python -m claimbrief.render``).  The build process
then never holds the gazetteer, nbconvert or WeasyPrint: its memory stays flat over a
build of many articles, the kernels' clients in its threads are not slowed by extraction
holding the interpreter lock, and each stage's memory goes back to the system at once.

The protocol, both sides of which are here: the build starts the process (:class:`Worker`),
which may load what it needs at once (:func:`serve`'s ``warm_up``), and sends it one job,
the JSON of a dict, on stdin.  The process carries it out and exits 0 without the
interpreter's teardown (which for the gazetteer's millions of objects takes half a
second the build would wait for), or prints one sentence on stdout and exits 2.
Anything it prints on stderr (a library's warning) is passed on.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable

from .errors import BuildError, ClaimbriefError


class Worker:
    """One stage process (``python -m <module>``) run for one job."""

    def __init__(self, module: str, what: str, cwd: str, label: str = "") -> None:
        self.what = what  # "assembly", "extraction": named in messages
        self.label = label  # put before each line it prints, as the build's own lines are
        # Its own temporary folder, removed when it ends: a process killed at the build's
        # deadline (or one that exits without the interpreter's teardown) leaves nothing
        # of the libraries it loaded in the user's temporary folder.
        self.tmp = tempfile.mkdtemp(prefix="claimbrief-worker-")
        # In its own session: Ctrl-C reaches the build, which kills it.
        self.process = subprocess.Popen(
            [sys.executable, "-m", module], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=subprocess.PIPE, cwd=cwd, start_new_session=True, env={**os.environ, "TMPDIR": self.tmp})

    def run(self, job: dict, deadline: float) -> None:
        """Send ``job`` and wait until it is done; a failure is a one-sentence BuildError."""
        try:
            out, err = self.process.communicate(json.dumps(job).encode("utf-8"),
                                                timeout=max(0.1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            self.kill()
            raise BuildError(f"the build timed out during the {self.what} (see --build-timeout).") from None
        finally:
            if self.process.poll() is not None:
                shutil.rmtree(self.tmp, ignore_errors=True)
        warnings = err.decode("utf-8", "replace").strip()
        code = self.process.returncode
        if code:
            # Its own one sentence (stdout); else how it ended and the last line it printed
            # (a traceback's, when it could not even start: a library missing, say).
            said = out.decode("utf-8", "replace").strip().splitlines()
            if code > 0 and said:
                raise BuildError(said[-1])
            last = warnings.splitlines()[-1].strip() if warnings else ""
            raise BuildError(f"the {self.what} process ended unexpectedly ({_exit_status(code)})"
                             + (f": {last[:300]}" if last else "") + ".")
        if warnings:
            print("\n".join(self.label + line for line in warnings.splitlines()), file=sys.stderr, flush=True)

    def kill(self) -> None:
        """End the process if it still runs, and release its pipes."""
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait()
        for stream in (self.process.stdin, self.process.stdout, self.process.stderr):
            if stream is not None:
                stream.close()
        shutil.rmtree(self.tmp, ignore_errors=True)


def _exit_status(code: int) -> str:
    import signal

    if code < 0:
        try:
            return f"killed by {signal.Signals(-code).name}"
        except ValueError:
            return f"killed by signal {-code}"
    return f"exit code {code}"


def serve(run: Callable[[dict], None], failure: str, warm_up: Callable[[], None] | None = None) -> int:
    """The stage process's side: ``warm_up()``, then read one job from stdin and ``run(job)``.

    Exit 0 when done, or when stdin closes with no job (the build ended first); exit 2
    with one sentence on stdout when the job fails; ``failure`` begins the sentence for
    an unexpected error ("the briefing could not be assembled")."""
    if warm_up is not None:
        warm_up()
    raw = sys.stdin.buffer.read()
    if not raw.strip():
        return 0
    try:
        run(json.loads(raw))
    except ClaimbriefError as exc:
        message = str(exc)
    except OSError as exc:
        message = f"{failure}: {exc.strerror or exc} ({exc.filename or 'file system'})."
    except Exception as exc:  # noqa: BLE001 - reported as one sentence by the build
        message = f"{failure}: {type(exc).__name__}: {str(exc).strip()[:300]}."
    else:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(0)  # done and on disk: skip the teardown the build would wait for
    print(message, flush=True)
    return 2
