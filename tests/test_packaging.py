"""The install commands the README gives work from this repository: `python -m build` makes a wheel and an
sdist that carry the rule pages, the wheel installs into a fresh venv and its `goleash` runs, and the
minimum Python is the same everywhere it is stated."""

import re
import subprocess
import sys
import tarfile
import tomllib
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RULES = sorted(p.name for p in (ROOT / "server/goleash/rule_docs").glob("GL*.md"))


def test_build_wheel_and_sdist_then_install_the_wheel(tmp_path):
    dist = tmp_path / "dist"
    r = subprocess.run([sys.executable, "-m", "build", "--outdir", str(dist), str(ROOT)],
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stdout[-2000:] + r.stderr[-2000:]
    wheel = next(dist.glob("goleash-*-py3-none-any.whl"))
    sdist = next(dist.glob("goleash-*.tar.gz"))
    names = zipfile.ZipFile(wheel).namelist()
    assert len(RULES) > 30 and all(f"goleash/rule_docs/{page}" in names for page in RULES)
    assert "goleash/py.typed" in names
    with tarfile.open(sdist) as t:
        members = t.getnames()
    assert any(m.endswith("server/goleash/rule_docs/GL101.md") for m in members)
    assert any(m.endswith("/README.md") for m in members) and any(m.endswith("/LICENSE") for m in members)

    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=120)
    py = venv / "bin" / "python"
    r = subprocess.run([str(py), "-m", "pip", "install", "-q", str(wheel)], capture_output=True, text=True,
                       timeout=300)
    assert r.returncode == 0, r.stderr[-2000:]
    r = subprocess.run([str(venv / "bin" / "goleash"), "check", "examples/leak.go"], cwd=ROOT,
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 1 and "(GL101)" in r.stdout, r.stdout + r.stderr
    # the doc link of an installed goleash opens a page of that installation
    r = subprocess.run([str(py), "-c", "from goleash.docs import doc_url; print(doc_url('GL101'))"],
                       capture_output=True, text=True, cwd=tmp_path, timeout=60)
    url = r.stdout.strip()
    assert url.startswith(f"file://{venv}") and Path(url[len("file://"):]).read_text().startswith("# GL101")


def test_minimum_python_is_stated_consistently():
    spec = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["requires-python"]
    major, minor = map(int, re.fullmatch(r">=(\d+)\.(\d+)", spec).groups())
    want = f"{major}.{minor}"
    readme = (ROOT / "README.md").read_text()
    stated = set(re.findall(r"Python (\d+\.\d+)\+", readme))
    assert stated == {want}, f"README says Python {stated}, pyproject {spec}"
    ext_readme = (ROOT / "vscode-extension/README.md").read_text()
    assert set(re.findall(r"Python (\d+\.\d+)\+", ext_readme)) == {want}
    runner = (ROOT / "vscode-extension/bundled/run.py").read_text()
    assert f"MIN_PYTHON = ({major}, {minor})" in runner
    ts = (ROOT / "vscode-extension/src/extension.ts").read_text()
    assert f"const MIN_PYTHON = [{major}, {minor}]" in ts
    assert sys.version_info >= (major, minor)
