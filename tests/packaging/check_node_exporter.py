#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A kiosk's metrics_textfile, scraped the way a force's monitoring does, with the packaged
arrangement: a textfile collector directory owned by root (0755, as Debian's
/var/lib/prometheus/node-exporter) gets the ACL entry the package's tmpfiles file gives the kiosk
account (systemd-tmpfiles, as the packaged drop-in runs it before each start; an unprivileged
stand-in account here, as the build machine has no `signpost` account); the real signpost starts
as a kiosk as that account under the kiosk service's UMask=0077 (offscreen, to its first paint);
the real prometheus-node-exporter, as yet another account, serves that directory with only its
textfile collector on 127.0.0.1 (a free port), and a scrape finds Signpost's metrics, read
without error. Fails, never skips, when node_exporter, systemd-tmpfiles or root is missing."""

import argparse
import os
import pwd
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request

EXPECTED = ("signpost_info{", "signpost_content_info{", "signpost_content_version ",
            "signpost_crash_loop ", "signpost_content_fallback{", "signpost_language_enabled{",
            "signpost_speech_info{", "signpost_start_time_seconds ")
COLLECTOR_DIRECTORY = "/var/lib/prometheus/node-exporter"  # Debian's, as the tmpfiles file names
KIOSK = "nobody"      # stands in for the package's `signpost` account
EXPORTER = "daemon"   # stands in for node_exporter's `prometheus` account


def as_account(account, command):
    entry = pwd.getpwnam(account)
    return ["setpriv", f"--reuid={entry.pw_uid}", f"--regid={entry.pw_gid}", "--clear-groups",
            *command]


def grant_like_the_package(tmpfiles, root):
    """Applies the packaged tmpfiles line to ROOT/var/lib/prometheus/node-exporter, with the
    stand-in account; returns why it could not, or None."""
    with open(tmpfiles, encoding="utf-8") as file:
        lines = [line.split() for line in file if line.strip() and not line.startswith("#")]
    if lines != [["a+", COLLECTOR_DIRECTORY, "-", "-", "-", "-", "u:signpost:rwx"]]:
        return f"{tmpfiles} no longer holds the one ACL line this check knows: {lines}"
    stand_in = os.path.join(root, "stand-in.tmpfiles")
    with open(stand_in, "w", encoding="utf-8") as file:
        file.write(f"a+ {COLLECTOR_DIRECTORY} - - - - u:{KIOSK}:rwx\n")
    result = subprocess.run(["systemd-tmpfiles", f"--root={root}", "--create", stand_in],
                            capture_output=True, text=True)
    if result.returncode != 0 or result.stderr.strip():
        return f"systemd-tmpfiles: {result.returncode} {result.stderr.strip()}"
    return None


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def scrape(url, deadline):
    last = None
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                return response.read().decode("utf-8")
        except OSError as error:
            last = error
            time.sleep(0.2)
    raise RuntimeError(f"no answer from {url}: {last}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--signpost", required=True)
    parser.add_argument("--tmpfiles", required=True,
                        help="packaging/systemd/signpost-node-exporter.tmpfiles")
    arguments = parser.parse_args()
    exporter = shutil.which("prometheus-node-exporter") or shutil.which("node_exporter")
    if not exporter:
        print("FAIL: prometheus-node-exporter is not installed (Debian: prometheus-node-exporter)")
        return 1
    for tool in ("systemd-tmpfiles", "setpriv"):
        if not shutil.which(tool):
            print(f"FAIL: {tool} is not installed (Debian: systemd, util-linux)")
            return 1
    if os.geteuid() != 0:
        print("FAIL: run as root: the check gives the kiosk and node_exporter their own accounts")
        return 1
    with tempfile.TemporaryDirectory() as work:
        os.chmod(work, 0o755)
        textfiles = os.path.join(work, COLLECTOR_DIRECTORY.lstrip("/"))
        os.makedirs(textfiles, mode=0o755)
        problem = grant_like_the_package(arguments.tmpfiles, work)
        if problem:
            print(f"FAIL: {problem}")
            return 1
        config = os.path.join(work, "signpost.conf")
        with open(config, "w", encoding="utf-8") as file:
            file.write("[signpost]\ncontent_directory=no-content-store\n"
                       f"metrics_textfile={os.path.join(textfiles, 'signpost.prom')}\n")
        os.chmod(config, 0o644)
        runtime = os.path.join(work, "runtime")
        os.mkdir(runtime, mode=0o700)
        os.chown(runtime, pwd.getpwnam(KIOSK).pw_uid, pwd.getpwnam(KIOSK).pw_gid)
        environment = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_RUNTIME_DIR=runtime,
                           HOME=runtime)
        run = subprocess.run(as_account(KIOSK, [
                                 "sh", "-c", 'umask 0077 && exec "$@"', "kiosk",
                                 arguments.signpost, "--config", config, "--mode", "kiosk",
                                 "--windowed", "--quit-after-first-paint"]),
                             env=environment, capture_output=True, text=True, timeout=120)
        if run.returncode != 0:
            print(f"FAIL: signpost exited {run.returncode}\n{run.stdout}{run.stderr}")
            return 1
        written = sorted(os.listdir(textfiles))
        if written != ["signpost.prom"]:
            print(f"FAIL: the textfile directory holds {written}, not just signpost.prom "
                  f"(signpost said: {run.stderr.strip()})")
            return 1
        mode = os.stat(os.path.join(textfiles, "signpost.prom")).st_mode & 0o777
        print(f"as '{KIOSK}' (for signpost) with umask 0077: {COLLECTOR_DIRECTORY}/signpost.prom "
              f"written through the packaged ACL, mode {mode:o}")
        if mode != 0o644:
            print(f"FAIL: signpost.prom is {mode:o}, not 644: node_exporter's account cannot read it")
            return 1

        port = free_port()
        server = subprocess.Popen(as_account(EXPORTER, [
                                      exporter, f"--web.listen-address=127.0.0.1:{port}",
                                      "--collector.disable-defaults", "--collector.textfile",
                                      f"--collector.textfile.directory={textfiles}"]),
                                  stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        try:
            body = scrape(f"http://127.0.0.1:{port}/metrics", time.monotonic() + 30)
        except RuntimeError as error:
            server.kill()
            print(f"FAIL: {error}\n{server.communicate()[0]}")
            return 1
        finally:
            if server.poll() is None:
                server.terminate()
                server.wait(timeout=10)
    missing = [name for name in EXPECTED if not any(line.startswith(name) for line in body.splitlines())]
    errors = [line for line in body.splitlines() if line.startswith("node_textfile_scrape_error")]
    print(f"node_exporter ({exporter}, as '{EXPORTER}') on 127.0.0.1:{port} served "
          f"{len(body.splitlines())} lines")
    for line in body.splitlines():
        if line.startswith("signpost_"):
            print("  " + line)
    if not any(line.startswith("signpost_info{") and 'mode="kiosk"' in line for line in body.splitlines()):
        missing.append('signpost_info{mode="kiosk"}')
    if missing:
        print(f"FAIL: not in the scrape: {missing}")
        return 1
    if errors != ["node_textfile_scrape_error 0"]:
        print(f"FAIL: the textfile collector reported {errors}")
        return 1
    print("PASS: node_exporter's textfile collector serves Signpost's metrics")
    return 0


if __name__ == "__main__":
    sys.exit(main())
