"""The dependency audit (.ci/audit_dependencies.py, run by `make audit` and
`make test`): a known vulnerability fails the build, a vulnerability service
out of reach only warns, a broken audit setup fails; and the lock and
pyproject keep the pins the audit relies on."""

from __future__ import annotations

import http.server
import importlib.util
import json
import os
import re
import subprocess
import sys
import threading
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / ".ci" / "audit_dependencies.py"

_spec = importlib.util.spec_from_file_location("audit_dependencies", SCRIPT)
assert _spec is not None and _spec.loader is not None
audit = importlib.util.module_from_spec(_spec)
sys.modules.setdefault("audit_dependencies", audit)  # its dataclasses look themselves up
_spec.loader.exec_module(audit)


def report(*deps: dict) -> str:
    return json.dumps({"dependencies": list(deps), "fixes": []})


VULNERABLE_JINJA = {
    "name": "jinja2",
    "version": "3.1.4",
    "vulns": [
        {"id": "GHSA-q2x7-8rv6-6q7h", "fix_versions": ["3.1.5"], "aliases": ["CVE-2024-56326"]}
    ],
}
CLEAN = {"name": "peewee", "version": "4.5.3", "vulns": []}
SKIPPED = {"name": "pillow", "skip_reason": "Dependency not found on PyPI and could not be audited"}


# --- reading one pip-audit run ------------------------------------------------------------------


def test_a_known_vulnerability_is_a_finding():
    outcome = audit.classify("pypi", 1, report(CLEAN, VULNERABLE_JINJA, SKIPPED), "")
    assert outcome.status == audit.VULNERABLE
    [vuln] = outcome.vulnerabilities
    line = vuln.line()
    assert "jinja2 3.1.4" in line and "GHSA-q2x7-8rv6-6q7h" in line
    assert "CVE-2024-56326" in line and "3.1.5" in line


def test_a_clean_report_passes():
    outcome = audit.classify("pypi", 0, report(CLEAN), "")
    assert (outcome.status, outcome.checked) == (audit.OK, 1)
    assert audit.classify("pypi", 0, None, "No known vulnerabilities found").status == audit.OK


def test_every_package_skipped_means_not_checked():
    outcome = audit.classify("pypi", 0, report(SKIPPED, SKIPPED), "")
    assert outcome.status == audit.UNCHECKED
    assert "all 2 skipped" in outcome.detail and "not found on PyPI" in outcome.detail


@pytest.mark.parametrize(
    "stderr",
    [
        "requests.exceptions.ConnectionError: HTTPSConnectionPool(host='pypi.org', port=443): "
        "Max retries exceeded (Caused by NameResolutionError(...))",
        "ERROR:pip_audit._cli:Could not connect to PyPI's vulnerability feed\n"
        "ERROR:pip_audit._cli:Tip: your network may be blocking this service.",
        "requests.exceptions.SSLError: [SSL: CERTIFICATE_VERIFY_FAILED]",
        "pip_audit._service.interface.ServiceError: 503 Server Error",
    ],
)
def test_a_service_out_of_reach_is_not_a_finding(stderr):
    outcome = audit.classify("pypi", 1, None, stderr)
    assert outcome.status == audit.UNCHECKED


def test_a_broken_audit_setup_is_not_taken_for_an_outage():
    stderr = "pip-audit: error: requirements.lock: invalid requirement: 'peewee=4.5'"
    assert audit.classify("pypi", 2, None, stderr).status == audit.BROKEN
    assert audit.classify("pypi", 1, "not json", "Traceback ... KeyError: 'x'").status == (
        audit.BROKEN
    )


# --- the whole script, with a stand-in for pip-audit's answers ---------------------------------

FAKE_PIP_AUDIT = """
import json, os, sys
args = sys.argv[1:]
out = args[args.index("--output") + 1]
service = args[args.index("--vulnerability-service") + 1]
mode = os.environ["FAKE_AUDIT"]
def write(*deps):
    with open(out, "w", encoding="utf-8") as fh:
        json.dump({"dependencies": list(deps), "fixes": []}, fh)
if mode == "vulnerable":
    write({"name": "reportlab", "version": "3.6.12",
           "vulns": [{"id": "PYSEC-2023-90", "fix_versions": ["3.6.13"],
                      "aliases": ["CVE-2023-33733"]}]})
    sys.exit(1)
if mode == "clean":
    write({"name": "reportlab", "version": "5.1.0", "vulns": []})
    sys.exit(0)
if mode == "offline" or (mode == "osv-only" and service == "pypi"):
    print("requests.exceptions.ConnectionError: Max retries exceeded", file=sys.stderr)
    sys.exit(1)
if mode == "osv-only":
    write({"name": "reportlab", "version": "5.1.0", "vulns": []})
    sys.exit(0)
print("pip-audit: error: invalid requirement: 'reportlab=5'", file=sys.stderr)
sys.exit(2)
"""


@pytest.fixture
def run_script(tmp_path: Path):
    fake = tmp_path / "fake" / "pip_audit"
    fake.mkdir(parents=True)
    (fake / "__init__.py").write_text("", encoding="utf-8")
    (fake / "__main__.py").write_text(FAKE_PIP_AUDIT, encoding="utf-8")
    lock = tmp_path / "requirements.lock"
    lock.write_text("# a lock\nreportlab==5.1.0\n", encoding="utf-8")

    def run(mode: str, *, strict: bool = False, lock_file: Path = lock):
        env = dict(os.environ, FAKE_AUDIT=mode, PYTHONPATH=str(fake.parent))
        env.pop("KEHU_AUDIT_STRICT", None)
        if strict:
            env["KEHU_AUDIT_STRICT"] = "1"
        return subprocess.run(
            [sys.executable, str(SCRIPT), str(lock_file)],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
        )

    return run


def test_script_fails_on_a_vulnerability(run_script):
    result = run_script("vulnerable")
    assert result.returncode == 1
    assert "FAILED" in result.stderr and "PYSEC-2023-90" in result.stderr
    assert "CVE-2023-33733" in result.stderr and "3.6.13" in result.stderr


def test_script_passes_a_clean_lock(run_script):
    result = run_script("clean")
    assert result.returncode == 0, result.stderr
    assert "no known vulnerabilities" in result.stderr


def test_script_falls_back_to_the_second_service(run_script):
    result = run_script("osv-only")
    assert result.returncode == 0, result.stderr
    assert "checked against osv" in result.stderr


def test_script_only_warns_when_no_service_answers(run_script):
    result = run_script("offline")
    assert result.returncode == 0
    assert "WARNING: the dependency audit was NOT done" in result.stderr
    assert "not a finding" in result.stderr
    assert run_script("offline", strict=True).returncode == 1


def test_script_fails_when_the_audit_cannot_run(run_script, tmp_path: Path):
    assert run_script("broken").returncode == 2
    missing = run_script("clean", lock_file=tmp_path / "nothing.lock")
    assert missing.returncode == 2 and "make lock" in missing.stderr


# --- what the audit relies on ------------------------------------------------------------------


def _pins() -> dict[str, str]:
    return audit.locked(ROOT / "requirements.lock")


def test_the_lock_pins_every_dependency_of_pyproject():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    wanted = project["dependencies"] + project["optional-dependencies"]["test"]
    pins = _pins()
    for requirement in wanted:
        name = audit._canonical(re.split(r"[<>=!~;\[ ]", requirement, maxsplit=1)[0])
        assert name in pins, f"{name} is not in requirements.lock: run `make lock`"
    assert "kehu" not in pins  # the project itself is not a dependency


def _version(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in re.findall(r"\d+", text)[:3])


def test_reportlab_and_jinja2_stay_at_releases_with_the_known_fixes():
    pins = _pins()
    # 5.0: URLs in markup (<img src="http://...">) are not fetched unless trusted;
    # 3.6.13: CVE-2023-33733.
    assert _version(pins["reportlab"]) >= (5, 0, 0)
    assert _version(pins["jinja2"]) >= (3, 1, 6)  # the sandbox escapes of 2024/2025
    dependencies = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"][
        "dependencies"
    ]
    assert "reportlab>=5.0,<6" in dependencies
    assert "Jinja2>=3.1.6" in dependencies


@pytest.fixture
def image_server():
    """A local web server answering every request with a few bytes."""

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 - the name http.server calls
            self.send_response(200)
            self.send_header("Content-Type", "image/png")
            self.end_headers()
            self.wfile.write(b"PNG-ish")

        def log_message(self, *_args):
            pass

    server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/logo.png"
    server.shutdown()
    server.server_close()


def test_the_installed_reportlab_does_not_fetch_untrusted_urls(image_server, monkeypatch):
    from reportlab import rl_config
    from reportlab.lib.utils import open_for_read

    assert not rl_config.trustedHosts  # the default: no host is trusted
    with pytest.raises(OSError):
        open_for_read(image_server)
    # The refusal is the setting, not the network: trusting the host lets it through.
    monkeypatch.setattr(rl_config, "trustedHosts", ["127.0.0.1:*"])
    assert open_for_read(image_server).read() == b"PNG-ish"
