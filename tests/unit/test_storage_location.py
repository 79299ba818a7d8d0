"""Where the database lives: network shares and cloud-sync folders are named,
local folders pass. Mount tables and platforms are given as text, so every
rule runs on any machine."""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

import pytest

from app.storage_location import (
    NETWORK,
    SYNC,
    describe_location,
    mount_of,
    parse_mounts,
    warn_on_stderr,
)

MOUNTINFO = r"""
22 1 8:2 / / rw,relatime shared:1 - ext4 /dev/sda2 rw,errors=remount-ro
25 22 0:23 / /proc rw,nosuid,nodev,noexec,relatime shared:12 - proc proc rw
40 22 0:35 / /mnt/office rw,relatime shared:20 - nfs4 fileserver:/export/office rw,vers=4.2
41 40 8:17 / /mnt/office/local rw,relatime shared:21 - ext4 /dev/sdb1 rw
42 22 0:36 / /mnt/my\040share rw,relatime shared:22 - cifs //nas/finance rw,vers=3.1.1
43 22 0:37 / /home/wang/remote rw,nosuid,nodev shared:23 - fuse.sshfs wang@nas:/srv rw
44 22 0:38 / /run/user/1000/gvfs rw,nosuid,nodev shared:24 - fuse.gvfsd-fuse gvfsd-fuse rw
45 22 0:39 / /mnt/vmshare rw,relatime shared:25 - 9p hostshare rw,trans=virtio
46 22 0:40 / /auto/projects rw,relatime shared:26 - autofs systemd-1 rw
47 46 0:41 / /auto/projects rw,relatime shared:27 - nfs nas:/projects rw
48 22 0:42 / /mnt/cloud rw,nosuid,nodev shared:28 - fuse.rclone onedrive: rw
"""

PROC_MOUNTS = r"""
/dev/nvme0n1p2 / ext4 rw,relatime 0 0
//nas/docs /media/office\040docs cifs rw,relatime,vers=3.0 0 0
server:/home /net/home nfs rw,vers=3 0 0
tmpfs /tmp tmpfs rw,nosuid,nodev 0 0
"""

MAC_MOUNT = """
/dev/disk3s1s1 on / (apfs, sealed, local, read-only, journaled)
/dev/disk3s5 on /System/Volumes/Data (apfs, local, journaled, nobrowse, protect)
map auto_home on /System/Volumes/Data/home (autofs, automounted, nobrowse)
//wang@nas._smb._tcp.local/Finance on /Volumes/Finance (smbfs, nodev, nosuid, mounted by wang)
nas:/export on /Volumes/export (nfs, nodev, nosuid, mounted by wang)
/dev/disk4s1 on /Volumes/USB Stick (msdos, local, nodev, nosuid, noowners)
"""


def linux(path: str, mounts: str = MOUNTINFO):
    return describe_location(path, platform="linux", mounts=mounts)


def windows(path: str, remote=None):
    return describe_location(path, platform="win32", remote_drive=remote or (lambda _d: None))


def mac(path: str):
    return describe_location(path, platform="darwin", mounts=MAC_MOUNT)


# --- Linux mounts ---------------------------------------------------------------------------


def test_a_local_disk_passes():
    assert linux("/home/wang/.local/share/Kehu/kehu.sqlite3") is None


def test_nfs_mount_is_named_with_its_type_and_the_advice():
    warning = linux("/mnt/office/kehu/kehu.sqlite3")
    assert warning is not None
    assert (warning.kind, warning.detail) == (NETWORK, "nfs4")
    message = warning.message
    assert "/mnt/office/kehu/kehu.sqlite3" in message
    assert "network share (nfs4)" in message
    assert "local folder" in message and "backups" in message
    assert "PostgreSQL" in message
    # The template stays a template: the UI translates it, then fills it in.
    assert "{path}" in warning.template and warning.params["detail"] == "nfs4"


def test_the_longest_mount_point_wins():
    assert linux("/mnt/office/local/kehu.sqlite3") is None  # a local disk inside the share


def test_a_similar_name_is_not_inside_the_mount():
    assert linux("/mnt/office2/kehu.sqlite3") is None
    assert linux("/mnt/officekehu.sqlite3") is None


def test_the_mount_on_top_wins_over_the_one_below():
    assert linux("/auto/projects/kehu.sqlite3").detail == "nfs"  # nfs over autofs
    remounted = MOUNTINFO + "49 47 0:43 / /auto/projects rw shared:29 - tmpfs tmpfs rw\n"
    assert linux("/auto/projects/kehu.sqlite3", remounted) is None


def test_an_escaped_space_in_the_mount_point():
    assert linux("/mnt/my share/kehu.sqlite3").detail == "cifs"


def test_sshfs_and_rclone_are_network():
    assert linux("/home/wang/remote/kehu.sqlite3").detail == "fuse.sshfs"
    assert linux("/mnt/cloud/kehu.sqlite3").detail == "fuse.rclone"


def test_gvfs_network_places_but_not_a_phone():
    share = "/run/user/1000/gvfs/smb-share:server=nas,share=docs/kehu.sqlite3"
    assert linux(share).detail == "smb-share"
    assert linux("/run/user/1000/gvfs/sftp:host=nas/kehu.sqlite3").detail == "sftp"
    assert linux("/run/user/1000/gvfs/mtp:host=Phone/kehu.sqlite3") is None


def test_a_virtual_machine_share_is_not_warned_about():
    assert linux("/mnt/vmshare/kehu.sqlite3") is None  # 9p: the host's own disk


def test_proc_mounts_format():
    assert linux("/media/office docs/kehu.sqlite3", PROC_MOUNTS).detail == "cifs"
    assert linux("/net/home/wang/kehu.sqlite3", PROC_MOUNTS).detail == "nfs"
    assert linux("/tmp/kehu.sqlite3", PROC_MOUNTS) is None


def test_linux_mount_command_output_and_an_old_style_fuse_mount():
    text = (
        "/dev/sda1 on / type ext4 (rw,relatime)\n"
        "sshfs#wang@nas:/srv on /mnt/srv type fuse (rw,nosuid,nodev)\n"
    )
    assert linux("/mnt/srv/kehu.sqlite3", text).detail == "fuse"
    assert linux("/home/kehu.sqlite3", text) is None


def test_unreadable_lines_are_skipped():
    mounts = parse_mounts("garbage\n\n  \n" + PROC_MOUNTS + "only two")
    assert [m.mount_point for m in mounts] == ["/", "/media/office docs", "/net/home", "/tmp"]
    assert mount_of("/tmp/x", mounts).fs_type == "tmpfs"


def test_no_mount_table_still_checks_the_folders():
    assert linux("/home/wang/kehu.sqlite3", "") is None
    assert linux("/home/wang/Dropbox/kehu.sqlite3", "").detail == "Dropbox"


# --- macOS -------------------------------------------------------------------------------------


def test_macos_network_volumes():
    assert mac("/Volumes/Finance/kehu.sqlite3").detail == "smbfs"
    assert mac("/volumes/finance/Kehu/kehu.sqlite3").detail == "smbfs"  # APFS ignores case
    assert mac("/Volumes/export/kehu.sqlite3").detail == "nfs"
    assert mac("/Volumes/USB Stick/kehu.sqlite3") is None
    assert mac("/Users/wang/Library/Application Support/Kehu/kehu.sqlite3") is None


def test_macos_icloud_and_cloud_storage_folders():
    icloud = "/Users/wang/Library/Mobile Documents/com~apple~CloudDocs/Kehu/kehu.sqlite3"
    assert mac(icloud).detail == "iCloud Drive"
    assert mac("/Users/wang/Library/CloudStorage/OneDrive-Personal/kehu.sqlite3").detail == (
        "OneDrive"
    )
    google = "/Users/wang/Library/CloudStorage/GoogleDrive-wang@x.cn/My Drive/k.sqlite3"
    assert mac(google).kind == SYNC
    # A provider this list does not know is still a cloud folder.
    assert mac("/Users/wang/Library/CloudStorage/Jianguoyun-wang/kehu.sqlite3").detail == (
        "Jianguoyun"
    )


# --- Windows -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "path",
    [
        r"\\nas\finance\Kehu\kehu.sqlite3",
        "//nas/finance/Kehu/kehu.sqlite3",
        r"\\?\UNC\nas\finance\Kehu\kehu.sqlite3",
    ],
)
def test_unc_paths_are_network_shares(path):
    warning = windows(path)
    assert (warning.kind, warning.detail) == (NETWORK, r"\\nas\finance")
    assert r"network share (\\nas\finance)" in warning.message


def test_a_long_local_path_is_not_a_share():
    assert windows(r"\\?\C:\Users\wang\AppData\Local\Kehu\kehu.sqlite3") is None


def test_mapped_network_drive():
    shares = {"Z:": r"\\fileserver\office", "Y:": ""}
    warning = windows(r"z:\客户\kehu.sqlite3", remote=shares.get)
    assert warning.detail == r"Z: \\fileserver\office"
    assert windows(r"Y:\kehu.sqlite3", remote=shares.get).detail == "Y:"
    assert windows(r"C:\Users\wang\AppData\Local\Kehu\kehu.sqlite3", remote=shares.get) is None


@pytest.mark.parametrize(
    ("path", "service"),
    [
        (r"C:\Users\wang\OneDrive\文档\kehu.sqlite3", "OneDrive"),
        (r"C:\Users\wang\OneDrive - 深圳华强电子有限公司\kehu.sqlite3", "OneDrive"),
        (r"C:\Users\wang\onedrive\kehu.sqlite3", "OneDrive"),
        (r"D:\Dropbox (Personal)\kehu.sqlite3", "Dropbox"),
        (r"C:\Users\wang\DROPBOX\账本\kehu.sqlite3", "Dropbox"),
        (r"G:\My Drive\kehu.sqlite3", "Google Drive"),
        (r"G:\我的云端硬盘\kehu.sqlite3", "Google Drive"),
        (r"C:\Users\wang\Google Drive\kehu.sqlite3", "Google Drive"),
        (r"C:\Users\wang\iCloudDrive\kehu.sqlite3", "iCloud Drive"),
        (r"C:\Users\wang\Box\kehu.sqlite3", "Box"),
        (r"P:\pCloud Drive\kehu.sqlite3", "pCloud"),
        (r"C:\Users\wang\MEGA\kehu.sqlite3", "MEGA"),
        (r"C:\Users\wang\Nutstore\kehu.sqlite3", "坚果云"),
        (r"C:\Users\wang\我的坚果云\kehu.sqlite3", "坚果云"),
        (r"D:\BaiduSyncdisk\kehu.sqlite3", "百度网盘"),
        (r"D:\百度网盘\客户\kehu.sqlite3", "百度网盘"),
        (r"C:\Users\wang\WPSDrive\123\WPS云盘\kehu.sqlite3", "WPS云盘"),
        (r"D:\腾讯微云\kehu.sqlite3", "腾讯微云"),
        (r"D:\阿里云盘\kehu.sqlite3", "阿里云盘"),
        (r"D:\天翼云盘\kehu.sqlite3", "天翼云盘"),
        (r"C:\Users\wang\SynologyDrive\kehu.sqlite3", "Synology Drive"),
        (r"C:\Users\wang\Seafile\kehu.sqlite3", "Seafile"),
        (r"C:\Users\wang\Nextcloud\kehu.sqlite3", "Nextcloud"),
        (r"C:\Users\wang\ownCloud\kehu.sqlite3", "ownCloud"),
        (r"C:\Users\wang\Tresorit\kehu.sqlite3", "Tresorit"),
        (r"C:\Users\wang\Sync.com\kehu.sqlite3", "Sync.com"),
    ],
)
def test_sync_folders(path, service):
    warning = windows(path)
    assert warning is not None, path
    assert (warning.kind, warning.detail) == (SYNC, service)
    assert f"the {service} sync folder" in warning.message
    assert f"outside {service}" in warning.message
    assert path in warning.message


@pytest.mark.parametrize(
    "path",
    [
        r"C:\Users\wang\AppData\Local\Kehu\kehu.sqlite3",
        r"D:\账本\kehu.sqlite3",
        r"C:\Users\wang\Documents\Dropbox.sqlite3",  # the file's own name does not count
        r"C:\Users\wang\Boxes\kehu.sqlite3",
        r"C:\Users\wang\MyDropboxNotes\kehu.sqlite3",
    ],
)
def test_ordinary_windows_folders_pass(path):
    assert windows(path) is None


def test_linux_folder_names_are_case_sensitive():
    assert linux("/home/wang/dropbox/kehu.sqlite3", "") is None
    assert linux("/home/wang/box/kehu.sqlite3", "") is None
    assert linux("/home/wang/Nextcloud/kehu.sqlite3", "").detail == "Nextcloud"


def test_a_network_share_is_reported_before_a_sync_folder_on_it():
    assert windows(r"\\nas\home\Dropbox\kehu.sqlite3").kind == NETWORK
    assert linux("/mnt/office/Dropbox/kehu.sqlite3").kind == NETWORK


# --- this machine -------------------------------------------------------------------------


def test_this_machine_temporary_folder_passes(tmp_path: Path):
    assert describe_location(tmp_path / "kehu.sqlite3") is None


@pytest.mark.skipif(sys.platform == "win32", reason="symbolic links need rights on Windows")
def test_a_link_into_a_sync_folder_is_followed(tmp_path: Path):
    synced = tmp_path / "Dropbox" / "Kehu"
    synced.mkdir(parents=True)
    link = tmp_path / "kehu-data"
    os.symlink(synced, link)
    warning = describe_location(link / "kehu.sqlite3")
    assert warning is not None and warning.detail == "Dropbox"
    assert warning.params["path"] == str(link / "kehu.sqlite3")  # as the admin named it


def test_command_line_warning_is_printed_once(tmp_path: Path):
    folder = tmp_path / "OneDrive"
    folder.mkdir()
    target = folder / "kehu.sqlite3"
    out = io.StringIO()
    warning = warn_on_stderr(str(target), stream=out)
    assert warning is not None and warning.detail == "OneDrive"
    assert out.getvalue().startswith("kehu: warning: The database ")
    assert "OneDrive sync folder" in out.getvalue()
    again = io.StringIO()
    assert warn_on_stderr(f"sqlite:///{target}", stream=again) is None
    assert again.getvalue() == ""


def test_command_line_is_quiet_for_a_local_file_and_a_bad_target(tmp_path: Path):
    out = io.StringIO()
    assert warn_on_stderr(tmp_path / "kehu.sqlite3", stream=out) is None
    assert warn_on_stderr("postgresql://office/kehu", stream=out) is None
    assert out.getvalue() == ""
