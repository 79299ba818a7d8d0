"""Is the database on a network share or in a cloud-sync folder?

SQLite relies on file locks and on writes reaching the disk in order. A
network file system (SMB/CIFS, NFS, SSHFS ...) breaks both when the
connection drops or two computers write at once, and a sync tool (OneDrive,
Dropbox, 百度网盘 ...) copies the file while it is being written, or puts an
older copy back: the SQLite manual and every sync vendor warn that databases
get damaged that way. Kehu still opens such a file, but says so plainly and
tells the admin what to do instead.

``describe_location(path)`` answers with a ``LocationWarning`` or ``None``.
Everything it looks at (the platform, the mount table, what a Windows drive
letter is) can be passed in, so every rule is testable on any machine;
nothing here ever raises: a check that cannot be made is skipped.
"""

from __future__ import annotations

import ntpath
import os
import re
import subprocess
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, TextIO

from app.i18n import QT_TRANSLATE_NOOP

NETWORK = "network"
SYNC = "sync"

NETWORK_TEMPLATE = QT_TRANSLATE_NOOP(
    "app",
    "The database {path} is on a network share ({detail}). SQLite databases on "
    "network shares get damaged when the connection drops or when two computers "
    "write at the same time. Keep the database on this computer's own disk (a local "
    "folder) and let your backup or sync tool copy Kehu's backups instead. For "
    "several people in one office a shared-server mode (PostgreSQL) is planned; "
    "until then keep the database on one computer.",
)

SYNC_TEMPLATE = QT_TRANSLATE_NOOP(
    "app",
    "The database {path} is in the {service} sync folder. Sync tools copy a "
    "database while Kehu is writing it and can damage it or bring back an older "
    "copy. Keep the database on this computer's own disk (a local folder outside "
    "{service}) and let {service} copy Kehu's backups instead. For several people "
    "in one office a shared-server mode (PostgreSQL) is planned; until then keep "
    "the database on one computer.",
)


@dataclass(frozen=True)
class LocationWarning:
    """Why the database location is risky. ``template`` is English, marked
    for translation in the ``app`` context; ``params`` fill it."""

    kind: str  # NETWORK or SYNC
    detail: str  # the file system ("nfs4", "\\\\server\\share") or the service ("Dropbox")
    template: str
    params: dict[str, Any] = field(default_factory=dict)

    @property
    def message(self) -> str:
        return self.template.format(**self.params)

    def __str__(self) -> str:
        return self.message


# --- network file systems --------------------------------------------------------------

#: File system types (Linux /proc/mounts, macOS ``mount``) that live on another machine.
NETWORK_FS_TYPES = frozenset(
    {
        # SMB / Windows shares
        "cifs", "smb", "smb2", "smb3", "smbfs", "fuse.smbnetfs",
        # NFS and friends
        "nfs", "nfs4", "ncpfs", "ncp", "afs", "coda",
        # Apple
        "afpfs", "fuse.afpfs", "fuse.afpfs-ng", "webdav",
        # cluster and object-store file systems
        "glusterfs", "fuse.glusterfs", "ceph", "fuse.ceph", "fuse.ceph-fuse", "lustre",
        "gpfs", "beegfs", "orangefs", "fuse.juicefs", "fuse.s3fs", "fuse.gcsfuse",
        "fuse.goofys", "fuse.mfs", "fuse.lizardfs",
        # over SSH, FTP, WebDAV and cloud mounts
        "sshfs", "fuse.sshfs", "fuse.rclone", "davfs", "fuse.davfs2", "ftp",
        "fuse.curlftpfs", "fuse.onedriver",
    }
)  # fmt: skip

#: gvfs (GNOME's "Other Locations") mounts every remote place under one FUSE
#: mount point; the folder name below it says which kind.
_GVFS_NETWORK = ("smb-share", "smb-server", "sftp", "ftp", "ftps", "dav", "davs", "afp-volume",
                 "afp-server", "nfs", "google-drive", "onedrive", "network")  # fmt: skip


@dataclass(frozen=True)
class Mount:
    mount_point: str
    fs_type: str
    source: str = ""


_OCTAL = re.compile(r"\\([0-7]{3})")


def _unescape(text: str) -> str:
    """/proc/mounts writes a space in a mount point as ``\\040``."""
    return _OCTAL.sub(lambda m: chr(int(m.group(1), 8)), text)


_MOUNT_LINUX = re.compile(r"^(?P<src>.+?) on (?P<mp>/.*?) type (?P<fs>\S+) \(.*\)$")
_MOUNT_MAC = re.compile(r"^(?P<src>.+?) on (?P<mp>/.*?) \((?P<fs>[^,()]+)(?:,[^()]*)?\)$")


def parse_mounts(text: str) -> list[Mount]:
    """The mounts in *text*: /proc/self/mountinfo, /proc/mounts, or the output
    of ``mount`` (Linux or macOS). Lines it does not understand are skipped."""
    mounts: list[Mount] = []
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            continue
        fields = line.split()
        if " - " in line and len(fields) >= 7 and fields[0].isdigit() and fields[1].isdigit():
            # mountinfo: id parent major:minor root mount-point options ... - type source ...
            after = line.split(" - ", 1)[1].split()
            if after:
                source = after[1] if len(after) > 1 else ""
                mounts.append(Mount(_unescape(fields[4]), after[0], _unescape(source)))
            continue
        match = _MOUNT_LINUX.match(line) or _MOUNT_MAC.match(line)
        if match:
            mounts.append(Mount(match["mp"], match["fs"].strip(), match["src"]))
            continue
        if len(fields) >= 3 and fields[1].startswith("/"):
            # /proc/mounts: source mount-point type options dump pass
            mounts.append(Mount(_unescape(fields[1]), fields[2], _unescape(fields[0])))
    return mounts


def _contains(mount_point: str, path: str) -> bool:
    mp = mount_point.rstrip("/") or "/"
    return mp == "/" or path == mp or path.startswith(mp + "/")


def mount_of(path: str, mounts: Iterable[Mount], *, ignore_case: bool = False) -> Mount | None:
    """The mount holding *path*: the longest mount point containing it; of
    equal ones the last, which is mounted over the others."""

    def fold(text: str) -> str:
        return (text.casefold() if ignore_case else text).rstrip("/") or "/"

    key = fold(path)
    best: Mount | None = None
    best_length = -1
    for mount in mounts:
        point = fold(mount.mount_point)
        if _contains(point, key) and len(point) >= best_length:
            best, best_length = mount, len(point)
    return best


def _network_detail(path: str, mount: Mount) -> str | None:
    fs = mount.fs_type.lower()
    if fs == "fuse.gvfsd-fuse":
        rest = path[len(mount.mount_point.rstrip("/")) :].lstrip("/")
        kind = rest.split("/", 1)[0].split(":", 1)[0]
        return kind if kind in _GVFS_NETWORK else None
    if fs in NETWORK_FS_TYPES:
        return mount.fs_type
    if fs in ("fuse", "fuseblk") and re.match(r"^(\w+://|sshfs#|[^/\s]*@[^/\s]*:)", mount.source):
        return mount.fs_type  # an older FUSE mount of a remote place (sshfs#user@host:)
    return None


def _unc_share(path: str) -> str | None:
    """``\\\\server\\share`` for a UNC path (also ``//server/share`` and
    ``\\\\?\\UNC\\server\\share``), else None."""
    text = path.replace("/", "\\")
    if text.startswith(("\\\\?\\UNC\\", "\\\\.\\UNC\\")):
        text = "\\\\" + text[len("\\\\?\\UNC\\") :]
    elif text.startswith(("\\\\?\\", "\\\\.\\")):
        return None  # a local device path such as \\?\C:\...
    if not text.startswith("\\\\"):
        return None
    parts = [p for p in text[2:].split("\\") if p]
    if not parts:
        return None
    return "\\\\" + "\\".join(parts[:2])


def _windows_remote_drive(drive: str) -> str | None:
    """For a mapped network drive ("Z:"), the share it points at (or "" when
    Windows does not say); None for a local drive. Windows only."""
    if sys.platform != "win32":
        return None
    try:
        import ctypes

        drive_remote = 4
        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        if kernel32.GetDriveTypeW(drive + "\\") != drive_remote:
            return None
        size = ctypes.c_ulong(1024)
        buffer = ctypes.create_unicode_buffer(size.value)
        mpr = ctypes.windll.mpr  # type: ignore[attr-defined]
        if mpr.WNetGetConnectionW(drive, buffer, ctypes.byref(size)) == 0:
            return buffer.value
        return ""
    except (OSError, AttributeError, ValueError):
        return None


# --- sync folders -------------------------------------------------------------------------

#: (the name shown, folder names, folder-name prefixes). Folders any of these
#: services create or keep in sync.
SYNC_SERVICES: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = (
    # "OneDrive - Contoso" (work or school); macOS: CloudStorage/OneDrive-Personal
    ("OneDrive", ("OneDrive",), ("OneDrive - ", "OneDrive-")),
    ("Dropbox", ("Dropbox",), ("Dropbox (", "Dropbox-")),
    ("Google Drive", ("Google Drive", "GoogleDrive", "My Drive", "我的云端硬盘",
                      "Shared drives", "共享云端硬盘"), ("GoogleDrive-",)),
    ("iCloud Drive", ("iCloud Drive", "iCloudDrive", "Mobile Documents",
                      "com~apple~CloudDocs"), ()),
    ("Box", ("Box", "Box Sync"), ("Box-",)),
    ("pCloud", ("pCloud", "pCloud Drive", "pCloudDrive", "pCloud Sync"), ()),
    ("MEGA", ("MEGA", "MEGAsync", "MEGA Downloads"), ()),
    ("坚果云", ("Nutstore", "Nutstore Files", "坚果云", "我的坚果云"), ()),
    ("百度网盘", ("百度网盘", "BaiduNetdisk", "BaiduNetdiskDownload", "BaiduSyncdisk",
                  "百度网盘同步空间", "BaiduNetdiskWorkspace"), ()),
    ("WPS云盘", ("WPS云盘", "WPSDrive", "WPS网盘", "WPS Cloud Files"), ()),
    ("腾讯微云", ("腾讯微云", "微云", "Weiyun", "WeiyunSync", "微云同步助手"), ()),
    ("阿里云盘", ("阿里云盘", "aDrive", "AliyunDrive", "阿里云盘同步盘"), ()),
    ("天翼云盘", ("天翼云盘", "天翼云盘同步盘"), ()),
    ("Synology Drive", ("SynologyDrive", "Synology Drive"), ()),
    ("Seafile", ("Seafile", "Seafile Drive", "SeaDrive"), ()),
    ("Nextcloud", ("Nextcloud",), ()),
    ("ownCloud", ("ownCloud",), ()),
    ("Tresorit", ("Tresorit", "Tresorit Drive"), ()),
    ("Sync.com", ("Sync.com", "Sync.com Vault"), ()),
    ("Yandex Disk", ("Yandex.Disk", "YandexDisk"), ()),
    ("Adobe Creative Cloud", ("Creative Cloud Files",), ()),
)  # fmt: skip


def sync_service(parts: Iterable[str], *, ignore_case: bool) -> str | None:
    """The sync service whose folder holds a file inside the folders *parts*."""

    def fold(text: str) -> str:
        return text.casefold() if ignore_case else text

    folders = list(parts)
    for i, part in enumerate(folders):
        name = fold(part)
        for service, names, prefixes in SYNC_SERVICES:
            if name in {fold(n) for n in names} or name.startswith(
                tuple(fold(p) for p in prefixes)
            ):
                return service
        # macOS 12.3+: every file provider lives in ~/Library/CloudStorage/<Name>-<account>
        if (
            name == fold("CloudStorage")
            and i > 0
            and fold(folders[i - 1]) == fold("Library")
            and i + 1 < len(folders)
        ):
            return folders[i + 1].split("-", 1)[0] or folders[i + 1]
    return None


# --- the check -----------------------------------------------------------------------------


def _read_native_mounts(platform: str) -> str | None:
    """The mount table of this machine, or None when it cannot be read."""
    if platform.startswith("linux") or os.path.exists("/proc/self/mountinfo"):
        for name in ("/proc/self/mountinfo", "/proc/mounts"):
            try:
                with open(name, encoding="utf-8", errors="surrogateescape") as fh:
                    return fh.read()
            except OSError:
                continue
        return None
    if platform == "darwin":
        try:
            result = subprocess.run(
                ["/sbin/mount"], capture_output=True, text=True, timeout=3, check=False
            )
        except (OSError, subprocess.SubprocessError):
            return None
        return result.stdout if result.returncode == 0 else None
    return None


def _native_path(path: str | os.PathLike[str]) -> str:
    """The absolute path with symbolic links resolved (a link into Dropbox is in Dropbox)."""
    try:
        return os.path.realpath(os.path.abspath(os.fspath(path)))
    except (OSError, ValueError):
        return os.path.abspath(os.fspath(path))


def describe_location(
    path: str | os.PathLike[str],
    *,
    platform: str | None = None,
    mounts: str | None = None,
    remote_drive: Callable[[str], str | None] | None = None,
) -> LocationWarning | None:
    """Warn when *path* is on a network share or in a cloud-sync folder.

    By default this machine is looked at. Tests (and callers that know
    better) pass the *platform* (``sys.platform`` values), the mount table
    text (*mounts*: /proc/self/mountinfo, /proc/mounts or ``mount`` output)
    and *remote_drive* (a Windows drive "Z:" -> the share it maps, "" if
    unknown, None if local). With a given platform other than this one the
    path is taken as written."""
    native = platform is None or platform == sys.platform
    platform = sys.platform if platform is None else platform
    # Judged by where the file really is (a link into Dropbox is in Dropbox),
    # shown as the admin named it.
    text = _native_path(path) if native else os.fspath(path)
    shown = os.path.abspath(os.fspath(path)) if native else text
    windows = platform == "win32"
    ignore_case = windows or platform == "darwin"

    if windows:
        share = _unc_share(text)
        if share is not None:
            return _network(shown, share)
        drive = ntpath.splitdrive(text)[0]
        if re.fullmatch(r"[A-Za-z]:", drive):
            lookup = (
                remote_drive
                if remote_drive is not None
                else (_windows_remote_drive if native else None)
            )
            target = lookup(drive.upper()) if lookup is not None else None
            if target is not None:
                return _network(shown, f"{drive.upper()} {target}".strip())
        parts = [p for p in re.split(r"[\\/]+", text[len(drive) :]) if p]
    else:
        if mounts is None and native:
            mounts = _read_native_mounts(platform)
        if mounts:
            mount = mount_of(text, parse_mounts(mounts), ignore_case=ignore_case)
            detail = _network_detail(text, mount) if mount is not None else None
            if detail is not None:
                return _network(shown, detail)
        parts = [p for p in text.split("/") if p]

    service = sync_service(parts[:-1], ignore_case=ignore_case)
    if service is not None:
        return LocationWarning(SYNC, service, SYNC_TEMPLATE, {"path": shown, "service": service})
    return None


def _network(path: str, detail: str) -> LocationWarning:
    return LocationWarning(NETWORK, detail, NETWORK_TEMPLATE, {"path": path, "detail": detail})


# --- the command line -------------------------------------------------------------------------

_warned: set[str] = set()


def warn_on_stderr(
    target: str | os.PathLike[str] | None, *, stream: TextIO | None = None
) -> LocationWarning | None:
    """For commands that open a database: print the warning for the database
    named by --db / KEHU_DB / the default (*target* as ``open_database``
    takes it) once per process. Returns the warning printed, if any."""
    from app.db import resolve_target
    from app.errors import KehuError

    try:
        path = resolve_target(target)
    except KehuError:
        return None  # the command itself reports a target it cannot use
    key = _native_path(path)
    if key in _warned:
        return None
    warning = describe_location(path)
    if warning is None:
        return None
    _warned.add(key)
    out = stream if stream is not None else sys.stderr
    try:
        print(f"kehu: warning: {warning.message}", file=out)
    except (OSError, ValueError):
        pass  # a closed stderr must not stop the command
    return warning


__all__ = [
    "NETWORK",
    "NETWORK_FS_TYPES",
    "NETWORK_TEMPLATE",
    "SYNC",
    "SYNC_SERVICES",
    "SYNC_TEMPLATE",
    "LocationWarning",
    "Mount",
    "describe_location",
    "mount_of",
    "parse_mounts",
    "sync_service",
    "warn_on_stderr",
]
