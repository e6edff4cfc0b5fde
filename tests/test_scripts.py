"""scripts/start-demo.sh: install once, then start at once and offline; reinstall only when pyproject.toml changed.

The virtual environment is a stand-in (SMARTCITY_VENV) whose python only notes how it was called, so these
tests need no network and check what the script runs, not pip itself.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "scripts" / "start-demo.sh"


@pytest.fixture
def venv(tmp_path):
    folder = tmp_path / "venv"
    (folder / "bin").mkdir(parents=True)
    python = folder / "bin" / "python"
    python.write_text(f'#!/bin/sh\necho "$*" >> "{tmp_path / "calls.log"}"\n')
    python.chmod(0o755)
    return folder


def run(tmp_path, venv, *, path_dir=None, skip_check=True):
    env = {**os.environ, "SMARTCITY_VENV": str(venv)}
    env.pop("QT_QPA_PLATFORM", None)
    if skip_check:
        env["SMARTCITY_SKIP_PACKAGE_CHECK"] = "1"
    if path_dir:
        env["PATH"] = f"{path_dir}:{env['PATH']}"
    db = tmp_path / "demo.sqlite"
    started = time.perf_counter()
    done = subprocess.run(["bash", str(SCRIPT), str(db)], env=env, capture_output=True, text=True, timeout=60)
    calls = (tmp_path / "calls.log").read_text().splitlines() if (tmp_path / "calls.log").exists() else []
    return done, calls, time.perf_counter() - started


def stamp(venv, text):
    (venv / ".smartcity-installed").write_text(text)


def current_hash():
    return hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()


def test_installed_environment_starts_at_once_without_pip(tmp_path, venv):
    stamp(venv, f"{current_hash()} \n")
    (tmp_path / "demo.sqlite").write_bytes(b"")
    done, calls, seconds = run(tmp_path, venv)
    assert done.returncode == 0, done.stderr
    assert calls == [f"main.py --db {tmp_path / 'demo.sqlite'}"]
    assert seconds < 1.0


def test_missing_demo_database_is_filled_first(tmp_path, venv):
    stamp(venv, f"{current_hash()} \n")
    done, calls, _ = run(tmp_path, venv)
    assert done.returncode == 0, done.stderr
    assert calls == [f"main.py --db {tmp_path / 'demo.sqlite'} demo", f"main.py --db {tmp_path / 'demo.sqlite'}"]


def test_changed_pyproject_reinstalls_and_records_it(tmp_path, venv):
    stamp(venv, "0000 \n")
    done, calls, _ = run(tmp_path, venv)
    assert done.returncode == 0, done.stderr
    assert "-m pip install -q -e ." in calls
    assert f"{current_hash()} " in (venv / ".smartcity-installed").read_text().splitlines()


def test_an_install_with_the_test_tools_serves_the_app(tmp_path, venv):
    stamp(venv, f"{current_hash()} [test]\n{current_hash()} \n")
    (tmp_path / "demo.sqlite").write_bytes(b"")
    _, calls, _ = run(tmp_path, venv)
    assert not any("pip" in c for c in calls)


def test_missing_qt_libraries_print_the_apt_get_line(tmp_path, venv):
    """On Debian the script names what Qt's xcb platform lacks (scripts/debian-packages.txt) before starting."""
    stamp(venv, f"{current_hash()} \n")
    fake = tmp_path / "fakebin"
    fake.mkdir()
    wanted = [line.split()[0] for line in (ROOT / "scripts" / "debian-packages.txt").read_text().splitlines()
              if line.strip() and not line.startswith("#")]
    listing = "".join(f"installed {p}\\n" for p in wanted if p not in ("libxcb-icccm4", "libxcb-keysyms1"))
    (fake / "dpkg-query").write_text(f'#!/bin/sh\nprintf "{listing}"\n')
    (fake / "dpkg-query").chmod(0o755)
    done, calls, _ = run(tmp_path, venv, path_dir=fake, skip_check=False)
    assert done.returncode == 1 and calls == []
    assert "sudo apt-get install libxcb-icccm4 libxcb-keysyms1" in done.stderr


def test_the_windows_scripts_mirror_the_bash_ones():
    """They cannot run here; at least they exist, share the stamp file's name and install the same extras."""
    scripts = ROOT / "scripts"
    shared = (scripts / "ensure-venv.ps1").read_text()
    assert ".smartcity-installed" in shared and ".smartcity-installed" in (scripts / "ensure-venv.sh").read_text()
    assert 'Initialize-Venv ""' in (scripts / "start-demo.ps1").read_text()
    assert 'Initialize-Venv "[test]"' in (scripts / "test.ps1").read_text()


@pytest.mark.parametrize("posix_only", ["shell=True", "'/tmp", '"/tmp', "sh -c", "os.getuid", "import pwd", "fcntl"])
def test_the_app_assumes_no_posix_shell_or_path(posix_only):
    hits = [str(p.relative_to(ROOT)) for p in (ROOT / "app").rglob("*.py") if posix_only in p.read_text()]
    assert hits == []


ENTRY_POINT = ROOT / ".venv" / "bin" / "smartcity-secretariat"


@pytest.mark.skipif(not ENTRY_POINT.exists(), reason="needs the checkout's .venv")
def test_desktop_entry_installs_and_removes(tmp_path):
    """The menu entry starts this checkout's environment on the database given, with the app's icon."""
    import configparser

    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "share")}
    script = ROOT / "scripts" / "install-desktop-entry.sh"
    db = tmp_path / "a folder" / "งาน.sqlite"
    done = subprocess.run(["bash", str(script), str(db)], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    entry = tmp_path / "share" / "applications" / "smartcity-secretariat.desktop"
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str
    parser.read(entry, encoding="utf-8")
    desktop = parser["Desktop Entry"]
    assert desktop["Exec"] == f'"{ROOT / ".venv" / "bin" / "smartcity-secretariat"}" --db "{db}"'
    assert desktop["Icon"] == "smartcity-secretariat" and desktop["Name[th]"].startswith("ระบบงานเลขานุการ")
    assert (tmp_path / "share" / "icons" / "hicolor" / "scalable" / "apps" / "smartcity-secretariat.svg").exists()
    assert (tmp_path / "share" / "icons" / "hicolor" / "256x256" / "apps" / "smartcity-secretariat.png").exists()
    subprocess.run(["bash", str(script), "--remove"], env=env, check=True, capture_output=True, timeout=60)
    assert not entry.exists()


def test_the_bundle_carries_what_the_app_reads_from_files_and_ci_starts_it():
    """PyInstaller finds the Python modules; the files read at run time are named (built and started in CI)."""
    script = (ROOT / "scripts" / "build-bundle.sh").read_text()
    for data in ('"$ROOT/resources:resources"', '"$ROOT/app/migrations:app/migrations"',
                 '"$ROOT/docs/screenshots:docs/screenshots"'):
        assert f"--add-data {data}" in script
    assert "screenshots" in script.split("--check", 2)[2]  # the check starts the whole GUI offscreen
    assert "bash scripts/build-bundle.sh --check" in (ROOT / "scripts" / "test.sh").read_text()


BASE_SYSTEM = {"libc6", "libstdc++6", "libgcc-s1", "zlib1g", "libzstd1", "liblzma5", "liblz4-1", "libsystemd0",
               "libgcrypt20", "libgpg-error0", "libcap2", "libpcre2-8-0", "libmd0", "libbsd0", "libexpat1",
               "libffi8", "libxau6", "libxdmcp6", "libglvnd0", "libglx0", "libbrotli1", "libuuid1"}


def debian_package(soname: str) -> str:
    """Debian's name for a library package: libxcb-icccm.so.4 → libxcb-icccm4, libfoo2.so.3 → libfoo2-3."""
    name, _, version = soname.partition(".so.")
    return f"{name}-{version}" if name[-1].isdigit() else f"{name}{version}"


def test_debian_package_list_covers_what_qts_xcb_platform_loads():
    """Every library the xcb platform plugin and its Qt library link to comes from a listed package (or the base
    system); a library missing on this machine is named by Debian's convention (how the list once missed two)."""
    import shutil

    import PySide6

    if not shutil.which("ldd") or not shutil.which("dpkg"):
        pytest.skip("needs ldd and dpkg (Debian/Ubuntu)")
    qt = Path(PySide6.__file__).parent / "Qt"
    plugin, qpa = qt / "plugins" / "platforms" / "libqxcb.so", next((qt / "lib").glob("libQt6XcbQpa.so*"))
    listed = {line.split()[0] for line in (ROOT / "scripts" / "debian-packages.txt").read_text().splitlines()
              if line.strip() and not line.startswith("#")}
    unlisted = set()
    for line in subprocess.run(["ldd", str(plugin), str(qpa)], capture_output=True, text=True).stdout.splitlines():
        if "=>" not in line or str(qt) in line:
            continue
        soname, target = line.split("=>")[0].strip(), line.split("=>")[1].split()[0]
        if target == "not":
            unlisted.add(debian_package(soname))
            continue
        owner = subprocess.run(["dpkg", "-S", os.path.realpath(target)], capture_output=True, text=True).stdout
        owner = owner or subprocess.run(["dpkg", "-S", target], capture_output=True, text=True).stdout
        unlisted.add(owner.split(":")[0] if owner else debian_package(soname))
    assert unlisted - BASE_SYSTEM - listed == set()
