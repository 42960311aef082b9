#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The kiosk service's start and stop, end to end. Signpost runs as cage's child (as in
signpost-kiosk.service, where NotifyAccess=all lets the child speak); READY=1 and then
WATCHDOG=1 arrive on NOTIFY_SOCKET, the socket systemd would listen on. Then the unit's stop
(ExecStop=: SIGTERM to cage's children, wait for cage) ends cage with status 0. Headless, as
in check_cage_kiosk.sh. Fails when cage or pkill is missing.

Usage: check_cage_notify.py SIGNPOST SOURCE_DIR
"""
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time

# A guard against a hang, not a performance limit.
GIVE_UP_AFTER_SECONDS = 90


def fail(reason):
    # A missing tool fails: build.sh installs them, and a skipped proof proves nothing.
    print(f"FAIL: {reason}")
    sys.exit(1)


def main():
    signpost = sys.argv[1]
    if not shutil.which("cage"):
        fail("cage not found (Debian: cage; build.sh installs it)")
    if not shutil.which("pkill"):
        fail("pkill not found (Debian: procps)")

    work = tempfile.mkdtemp()
    try:
        return run(signpost, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def run(signpost, work):
    runtime = os.path.join(work, "runtime")
    os.mkdir(runtime, 0o700)
    config = os.path.join(work, "signpost.conf")
    open(config, "w").close()
    notify_path = os.path.join(work, "notify")
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    listener.bind(notify_path)
    listener.settimeout(1)

    command = ["cage", "-d", "--", signpost, "--mode", "kiosk", "--config", config]
    if os.getuid() == 0:
        # cage will not run as root; the service runs it as an unprivileged user too. nobody
        # may not reach the build tree (a checkout under /root, mode 0700): it runs a copy in
        # the test's own directory.
        copy = os.path.join(work, "signpost")
        shutil.copy2(signpost, copy)
        command[command.index(signpost)] = copy
        for path in (work, runtime, config, notify_path, copy):
            shutil.chown(path, "nobody", "nogroup")
        os.chmod(work, 0o755)
        command = ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups"] + command
    environment = dict(os.environ,
                       HOME=work, XDG_RUNTIME_DIR=runtime, NOTIFY_SOCKET=notify_path,
                       WATCHDOG_USEC="2000000",  # a ping every second
                       WLR_BACKENDS="headless", WLR_RENDERER="pixman",
                       WLR_LIBINPUT_NO_DEVICES="1", QT_QPA_PLATFORM="wayland")
    log_path = os.path.join(work, "log")
    with open(log_path, "wb") as log:
        cage = subprocess.Popen(command, env=environment, stdout=log, stderr=subprocess.STDOUT,
                                start_new_session=True)
    received = []
    deadline = time.monotonic() + GIVE_UP_AFTER_SECONDS
    try:
        while time.monotonic() < deadline and cage.poll() is None:
            try:
                message = listener.recv(4096).decode(errors="replace")
            except socket.timeout:
                continue
            received.append(message)
            if "READY=1" in received and "WATCHDOG=1" in received[received.index("READY=1"):]:
                break
    finally:
        stopped = stop_like_the_service(cage)
    if stopped != 0:
        with open(log_path, errors="replace") as log:
            print(log.read())
        print(f"FAIL: stopping as the unit's ExecStop= does left cage with status {stopped}, not 0")
        return 1
    print("received on NOTIFY_SOCKET:", received)
    if "READY=1" not in received or "WATCHDOG=1" not in received[received.index("READY=1"):]:
        with open(log_path, errors="replace") as log:
            print(log.read())
        print("FAIL: expected READY=1 and then WATCHDOG=1 from signpost under cage")
        return 1
    print("PASS: signpost under cage said READY=1 and pinged the watchdog")
    return 0


def stop_like_the_service(cage):
    """What signpost-kiosk.service's ExecStop= does: SIGTERM to cage's children, then wait for
    cage, which leaves by itself once its client has gone. Returns cage's exit status."""
    if cage.poll() is None:
        subprocess.run(["pkill", "-TERM", "-P", str(cage.pid)], check=False)
    try:
        return cage.wait(GIVE_UP_AFTER_SECONDS)
    except subprocess.TimeoutExpired:
        os.killpg(cage.pid, signal.SIGKILL)
        cage.wait()
        return "killed: it did not leave after SIGTERM to its children"


if __name__ == "__main__":
    sys.exit(main())
