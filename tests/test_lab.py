"""JupyterLab as analysts use it: `make lab` runs as root and not, at the project root;
a section notebook opened in a real browser (Debian's Chromium driven by Playwright for
Python through ``executable_path``; nothing downloaded) runs with Run All and no error
output; saved, its outputs do not reach git (the nbstripout filter `make lab` sets up).

The browser test runs JupyterLab in a copy of the project, so the notebook it runs and
saves is never one of the checkout's."""

from __future__ import annotations

import json
import os
import secrets
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from conftest import ROOT

CHROMIUM = Path("/usr/bin/chromium")
RUN = ROOT / ".venv" / "bin"
NOTEBOOK = "02-claims.ipynb"
SCREENSHOT = Path(os.environ.get("CLAIMBRIEF_LAB_SCREENSHOT", "/tmp/claimbrief-lab.png"))


def _make_n(*args: str) -> str:
    return subprocess.run(["make", "-n", "-C", str(ROOT), *args], capture_output=True, text=True, timeout=60,
                          check=True).stdout


def test_make_lab_opens_at_the_project_root_and_allows_root_only_as_root():
    command = [line for line in _make_n("lab").splitlines() if "jupyter lab" in line][-1]
    assert f'--ServerApp.root_dir="{ROOT}"' in command
    assert ("--allow-root" in command) == (os.getuid() == 0)
    assert "nbstripout --install" in _make_n("lab")  # the git filter is set up first
    if os.getuid() == 0 and shutil.which("setpriv"):
        # the same Makefile read by a user who is not root: no --allow-root
        as_user = subprocess.run(["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "make", "-n", "-f",
                                  str(ROOT / "Makefile"), "-C", "/tmp", "lab", "STAMP=", "UV=/bin/true"],
                                 capture_output=True, text=True, timeout=60)
        line = [x for x in as_user.stdout.splitlines() if "jupyter lab" in x]
        assert line and "--allow-root" not in line[-1], as_user.stdout + as_user.stderr


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def lab_project(tmp_path):
    """A copy of the project (notebooks, seeds, register, Makefile) as a git repository
    with the notebook filter of `make git-filter`."""
    root = tmp_path / "project"
    root.mkdir()
    for name in ("notebooks", "seeds"):
        shutil.copytree(ROOT / name, root / name)
    for name in ("sources.yaml", "Makefile", "pyproject.toml", "uv.lock", ".gitignore"):
        shutil.copy2(ROOT / name, root / name)
    env = {**os.environ, "CLAIMBRIEF_ROOT": str(root), "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org",
           "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org"}
    subprocess.run(["git", "init", "-q"], cwd=root, check=True)
    made = subprocess.run(["make", "-f", str(ROOT / "Makefile"), "git-filter", f"RUN={RUN}"],
                          cwd=root, env=env, capture_output=True, text=True, timeout=120)
    assert made.returncode == 0, made.stderr
    subprocess.run(["git", "add", "notebooks"], cwd=root, env=env, check=True)
    subprocess.run(["git", "commit", "-qm", "notebooks"], cwd=root, env=env, check=True)
    return root, env


@pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed (make browser)")
def test_a_section_notebook_runs_all_in_jupyterlab_and_its_outputs_stay_out_of_git(lab_project):
    sync_api = pytest.importorskip("playwright.sync_api")
    root, env = lab_project
    port, token = _free_port(), secrets.token_hex(16)
    command = [str(RUN / "jupyter"), "lab", f"--ServerApp.root_dir={root}", "--no-browser", "--ServerApp.ip=127.0.0.1",
               f"--ServerApp.port={port}", f"--IdentityProvider.token={token}", "--ServerApp.port_retries=0",
               # (a workspace and settings of its own: the tabs a JupyterLab of this user left open
               # elsewhere are not restored into the one under test)
               f"--LabApp.workspaces_dir={root.parent / 'lab-workspaces'}",
               f"--LabApp.user_settings_dir={root.parent / 'lab-settings'}",
               *(["--allow-root"] if os.getuid() == 0 else [])]
    server = subprocess.Popen(command, cwd=root, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/status?token={token}", timeout=2):
                    break
            except OSError:
                assert server.poll() is None, server.stderr.read().decode()[-2000:]
                assert time.monotonic() < deadline, "JupyterLab did not answer"
                time.sleep(0.5)
        with sync_api.sync_playwright() as p:
            browser = p.chromium.launch(executable_path=str(CHROMIUM), headless=True,
                                        args=["--no-sandbox"] if os.getuid() == 0 else [])
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            try:
                _run_all(page, port, token)
            finally:
                page.screenshot(path=str(SCREENSHOT), full_page=False)  # what it looked like, to look at
            browser.close()
    finally:
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
    saved = json.loads((root / "notebooks" / NOTEBOOK).read_text(encoding="utf-8"))
    code = [c for c in saved["cells"] if c["cell_type"] == "code"]
    assert all(c["execution_count"] for c in code), "a cell did not run"  # Run All ran every cell
    outputs = [o for c in code for o in c["outputs"]]
    assert not [o for o in outputs if o["output_type"] == "error"
                or (o["output_type"] == "stream" and o["name"] == "stderr" and "Error" in "".join(o["text"]))]
    shown = "".join("".join(o.get("data", {}).get("text/html", "")) for o in outputs)
    assert "<svg" in shown or "<img" in shown  # the chart
    assert 'class="ledger"' in shown  # the ledger
    # saved with its outputs, but git sees the notebook as committed: no outputs
    staged = subprocess.run(["git", "add", "notebooks"], cwd=root, env=env, capture_output=True, text=True)
    assert staged.returncode == 0, staged.stderr
    status = subprocess.run(["git", "status", "--porcelain", "notebooks"], cwd=root, capture_output=True, text=True)
    changed = subprocess.run(["git", "diff", "--cached"], cwd=root, capture_output=True, text=True).stdout
    assert ".ipynb_checkpoints" not in status.stdout
    blob = json.loads(subprocess.run(["git", "show", f":notebooks/{NOTEBOOK}"], cwd=root, capture_output=True,
                                     text=True).stdout)
    committed = json.loads((ROOT / "notebooks" / NOTEBOOK).read_text(encoding="utf-8"))
    # what git gets is the committed notebook: no outputs, no execution counts, the same ids,
    # and the same metadata (the committed kernelspec is the one JupyterLab writes back)
    assert blob["cells"] == committed["cells"], changed[:3000]
    assert blob["metadata"] == committed["metadata"], changed[:3000]
    assert not changed, changed[:3000]


def _kernel_states(port: int, token: str) -> list[str]:
    """The execution states of the server's kernels; none while the server answers the list
    with an error of its own (a 5xx, seen once in a loaded CI run while the notebook's kernel
    was starting): the loops that ask go on asking until their deadline."""
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/kernels?token={token}", timeout=5) as answer:
            return [k["execution_state"] for k in json.load(answer)]
    except urllib.error.HTTPError as error:
        if error.code < 500:
            raise
        return []


def _run_all(page, port: int, token: str) -> None:
    """Open the notebook, Run All, wait until its kernel is idle again, save."""
    page.goto(f"http://127.0.0.1:{port}/lab/tree/notebooks/{NOTEBOOK}?token={token}")
    page.wait_for_selector(".jp-Notebook .jp-Cell", timeout=120_000)
    page.wait_for_selector(".jp-Notebook-ExecutionIndicator[data-status='idle']", timeout=120_000)
    deadline = time.monotonic() + 120
    while "idle" not in _kernel_states(port, token):  # the notebook's kernel started and answered
        assert time.monotonic() < deadline, "the notebook's kernel did not start"
        time.sleep(0.5)
    page.get_by_role("menuitem", name="Run", exact=True).click()
    page.get_by_role("menuitem", name="Run All Cells", exact=True).click()
    # the first cell is queued or has run ...
    page.wait_for_function("() => /\\[(\\*|\\d+)\\]/.test(document.querySelector("
                           "'.jp-Notebook .jp-CodeCell .jp-InputPrompt').textContent)", timeout=60_000)
    # ... and the last, which Run All selects and JupyterLab draws (it draws only the cells in
    # view), has a number: every cell ran
    page.wait_for_function("() => /\\[\\d+\\]/.test(document.querySelector("
                           "'.jp-Notebook .jp-CodeCell.jp-mod-selected .jp-InputPrompt').textContent)",
                           timeout=300_000)
    deadline, quiet = time.monotonic() + 300, 0
    while quiet < 4:
        assert time.monotonic() < deadline, "the notebook did not finish running"
        time.sleep(0.5)
        states = _kernel_states(port, token)
        quiet = quiet + 1 if states and all(state == "idle" for state in states) else 0
    page.keyboard.press("Control+s")
    page.wait_for_selector(".jp-mod-dirty", state="detached", timeout=30_000)
    page.wait_for_timeout(1000)


def test_the_committed_kernelspec_is_the_one_the_project_kernel_writes():
    """JupyterLab writes its kernel's spec into a notebook it saves; a committed spec that
    differs shows up in git after every session in the lab."""
    from jupyter_client.kernelspec import KernelSpecManager

    spec = KernelSpecManager().get_kernel_spec("python3")
    for path in sorted((ROOT / "notebooks").rglob("*.ipynb")):
        kernelspec = json.loads(path.read_text(encoding="utf-8"))["metadata"]["kernelspec"]
        assert kernelspec == {"display_name": spec.display_name, "language": spec.language, "name": "python3"}, path
