"""Audit the locked dependency set for known vulnerabilities (``make audit``).

Runs pip-audit over requirements.lock, first against PyPI's vulnerability
data, then OSV's. The outcome decides the exit status:

- 0: no known vulnerability; or the services could not be reached (a
  network outage, a firewall): then a WARNING says plainly that the audit
  was NOT done, and the build goes on.
- 1: a known vulnerability in a locked package (always fails), or, with
  KEHU_AUDIT_STRICT=1, an audit that could not be done.
- 2: the audit itself is broken (no lock file, pip-audit missing, a lock
  file pip-audit cannot read): fix the project, not the network.

Usage: python .ci/audit_dependencies.py [requirements.lock]
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SERVICES = ("pypi", "osv")
#: One pip-audit run; a hanging connection counts as unreachable.
RUN_TIMEOUT_S = 600

OK, VULNERABLE, UNCHECKED, BROKEN = "ok", "vulnerable", "unchecked", "broken"

#: pip-audit's error output when the service, not the project, is the problem.
NETWORK_TROUBLE = re.compile(
    r"ConnectionError|ConnectTimeout|ReadTimeout|Timeout|timed out|NameResolutionError"
    r"|Name or service not known|Temporary failure in name resolution|nodename nor servname"
    r"|getaddrinfo failed|Max retries exceeded|Connection (refused|reset|aborted)"
    r"|Network is unreachable|No route to host|SSLError|CERTIFICATE_VERIFY_FAILED|ProxyError"
    r"|Could not connect|not redirecting properly|ServiceError|HTTPError|\b50[234]\b"
    r"|Tip: your network may be blocking",
    re.IGNORECASE,
)


@dataclass
class Vulnerability:
    package: str
    version: str
    id: str
    fix_versions: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)

    def line(self) -> str:
        fix = ", ".join(self.fix_versions) or "no fixed release yet"
        also = f" ({', '.join(self.aliases)})" if self.aliases else ""
        return f"  {self.package} {self.version}: {self.id}{also}; fixed in: {fix}"


@dataclass
class Outcome:
    status: str  # OK, VULNERABLE, UNCHECKED or BROKEN
    service: str
    checked: int = 0
    vulnerabilities: list[Vulnerability] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (package, reason)
    detail: str = ""


def classify(service: str, returncode: int, report: str | None, stderr: str) -> Outcome:
    """What one pip-audit run (``-f json``) found. *report* is its JSON output
    (None when it wrote none)."""
    data = None
    if report:
        try:
            data = json.loads(report)
        except ValueError:
            data = None
    if isinstance(data, dict) and isinstance(data.get("dependencies"), list):
        outcome = Outcome(OK, service)
        for dep in data["dependencies"]:
            name = str(dep.get("name", "?"))
            if "skip_reason" in dep:
                outcome.skipped.append((name, str(dep["skip_reason"])))
                continue
            outcome.checked += 1
            for vuln in dep.get("vulns") or []:
                outcome.vulnerabilities.append(
                    Vulnerability(
                        name,
                        str(dep.get("version", "?")),
                        str(vuln.get("id", "?")),
                        [str(v) for v in vuln.get("fix_versions") or []],
                        [str(a) for a in vuln.get("aliases") or []],
                    )
                )
        if outcome.vulnerabilities:
            outcome.status = VULNERABLE
        elif outcome.checked == 0:
            outcome.status = UNCHECKED
            outcome.detail = f"all {len(outcome.skipped)} skipped: {_reasons(outcome.skipped)}"
        elif returncode != 0:
            outcome.status = BROKEN
            outcome.detail = _tail(stderr)
        return outcome
    if returncode == 0:
        # Nothing skipped and nothing found: pip-audit writes no report then.
        return Outcome(OK, service)
    if NETWORK_TROUBLE.search(stderr):
        return Outcome(UNCHECKED, service, detail=_tail(stderr, 1))
    return Outcome(BROKEN, service, detail=_tail(stderr))


def _tail(text: str, lines: int = 3) -> str:
    kept = [line for line in text.strip().splitlines() if line.strip()]
    return "\n".join(kept[-lines:])


def _reasons(skipped: list[tuple[str, str]]) -> str:
    reasons = sorted({re.sub(r":.*", "", reason) for _name, reason in skipped})
    return "; ".join(reasons)


def run_pip_audit(lock: Path, service: str) -> Outcome:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "audit.json"
        command = [
            sys.executable, "-m", "pip_audit",
            "--requirement", str(lock),
            "--no-deps", "--disable-pip",  # every package is pinned in the lock
            "--vulnerability-service", service,
            "--format", "json", "--aliases", "on",
            "--output", str(out),
            "--progress-spinner", "off",
            "--timeout", "20",
        ]  # fmt: skip
        try:
            result = subprocess.run(
                command, capture_output=True, text=True, timeout=RUN_TIMEOUT_S, check=False
            )
        except subprocess.TimeoutExpired:
            return Outcome(UNCHECKED, service, detail=f"no answer within {RUN_TIMEOUT_S} s")
        report = out.read_text(encoding="utf-8") if out.exists() else None
        return classify(service, result.returncode, report, result.stderr)


def locked(lock: Path) -> dict[str, str]:
    """name -> version of every ``name==version`` line in the lock file."""
    pins: dict[str, str] = {}
    for raw in lock.read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].strip()
        if "==" in line:
            name, version = line.split("==", 1)
            pins[_canonical(name)] = version.split(";", 1)[0].strip()
    return pins


def _canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower().strip()


def drift(pins: dict[str, str]) -> list[str]:
    """Locked packages installed at another version than the lock says."""
    notes = []
    for name, version in sorted(pins.items()):
        try:
            installed = metadata.version(name)
        except metadata.PackageNotFoundError:
            continue  # e.g. a package only one platform needs
        if installed != version:
            notes.append(f"  {name}: {installed} installed, {version} locked")
    return notes


def main(argv: list[str]) -> int:
    lock = Path(argv[1]) if len(argv) > 1 else ROOT / "requirements.lock"
    strict = os.environ.get("KEHU_AUDIT_STRICT", "") not in ("", "0")
    if not lock.is_file():
        print(f"audit: {lock} is missing; make it with `make lock`.", file=sys.stderr)
        return 2
    try:
        import pip_audit  # noqa: F401
    except ImportError:
        print(
            "audit: pip-audit is not installed in this environment; it is in the test "
            "extras: `pip install -e '.[test]' -c requirements.lock` (make does this).",
            file=sys.stderr,
        )
        return 2
    pins = locked(lock)
    moved = drift(pins)
    if moved:
        print(
            "audit: WARNING: the installed packages differ from the lock (the audit "
            "covers the lock):\n" + "\n".join(moved),
            file=sys.stderr,
        )

    tried: list[Outcome] = []
    for service in SERVICES:
        outcome = run_pip_audit(lock, service)
        tried.append(outcome)
        if outcome.status == VULNERABLE:
            print(
                f"audit: FAILED: known vulnerabilities in the locked dependencies "
                f"({service}):\n" + "\n".join(v.line() for v in outcome.vulnerabilities) + "\n"
                "Upgrade the package in pyproject.toml (or its lock pin), run the "
                "tests, then `make lock`.",
                file=sys.stderr,
            )
            return 1
        if outcome.status == BROKEN:
            print(
                f"audit: FAILED: pip-audit could not audit {lock.name}:\n{outcome.detail}",
                file=sys.stderr,
            )
            return 2
        if outcome.status == OK:
            print(
                f"audit: no known vulnerabilities in {outcome.checked or len(pins)} locked "
                f"packages (checked against {service}).",
                file=sys.stderr,
            )
            if outcome.skipped:
                print(
                    f"audit: WARNING: {len(outcome.skipped)} packages could not be checked: "
                    + ", ".join(name for name, _reason in outcome.skipped),
                    file=sys.stderr,
                )
            return 0

    why = "\n".join(f"  {o.service}: {o.detail or 'no answer'}" for o in tried)
    print(
        "audit: WARNING: the dependency audit was NOT done - no vulnerability service "
        f"could check the {len(pins)} locked packages from this machine:\n{why}\n"
        "The services cannot be used from here (network, firewall or proxy); this is "
        "not a finding. Run `make audit` where PyPI's JSON API or api.osv.dev answers"
        + ("." if not strict else "; KEHU_AUDIT_STRICT is set, so this fails."),
        file=sys.stderr,
    )
    return 1 if strict else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
