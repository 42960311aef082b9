#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The kiosk unit's system call filter lets the kiosk run. cage (headless), Signpost in kiosk
mode and whatever they start are traced from cage's start to Signpost's first paint and exit,
as the unit runs them (an unprivileged user, Qt's Wayland platform, no session bus); every
system call they made must be one the unit's SystemCallFilter= lines allow, or one that failed
with EPERM anyway (the unit's SystemCallErrorNumber=EPERM answers the same). Only what this
headless run does is checked: a GPU driver, a touch screen or a real seat may call more (the
unit's SystemCallErrorNumber=EPERM makes such a call fail rather than kill the kiosk).

Usage: check_cage_syscalls.py SIGNPOST UNIT_FILE [--without-filter-line LINE]
--without-filter-line is the proof that the check can fail: the unit is read without that
SystemCallFilter= line, and the check passes only if it then finds a call the unit refuses.
Exits 77 (skipped, with the reason) when cage, strace or systemd-analyze is missing or ptrace
is refused.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

SKIP = 77
CALL = re.compile(r"^\d+\s+([a-z_0-9]+)\(")


def skip(reason):
    print(f"SKIP: {reason}")
    sys.exit(SKIP)


def syscall_groups():
    """Every @group systemd knows, as the names and @groups it lists."""
    text = subprocess.run(["systemd-analyze", "syscall-filter", "--no-pager"], check=True,
                          capture_output=True, text=True).stdout
    groups, current = {}, None
    for line in text.splitlines():
        if line.startswith("@"):
            current = groups.setdefault(line.strip(), set())
        elif current is not None and line.strip() and not line.strip().startswith("#"):
            current.add(line.strip())
    return groups


def expand(name, groups):
    if not name.startswith("@"):
        return {name}
    return set().union(*(expand(member, groups) for member in groups.get(name, ())))


def allowed_calls(unit_lines, groups):
    """The calls the unit's SystemCallFilter= lines allow: the first (an allow list), then each
    later line removing (~) or adding calls, as systemd applies them."""
    allowed = None
    for line in unit_lines:
        match = re.match(r"^SystemCallFilter=(~?)(.*)$", line.strip())
        if not match:
            continue
        names = set().union(*(expand(name, groups) for name in match.group(2).split()))
        if match.group(1):
            allowed = (allowed if allowed is not None else set()) - names
        else:
            allowed = names if allowed is None else allowed | names
    return allowed


def main():
    signpost, unit_file = sys.argv[1], sys.argv[2]
    left_out = sys.argv[4] if len(sys.argv) > 4 and sys.argv[3] == "--without-filter-line" else None
    for tool, package in (("cage", "cage"), ("strace", "strace"), ("systemd-analyze", "systemd")):
        if not shutil.which(tool):
            skip(f"{tool} not found (Debian: {package})")
    groups = syscall_groups()
    with open(unit_file, encoding="utf-8") as file:
        unit_lines = [line for line in file if line.strip() != left_out]
    allowed = allowed_calls(unit_lines, groups)
    refusal_is_eperm = any(line.strip() == "SystemCallErrorNumber=EPERM" for line in unit_lines)
    if not allowed:
        print(f"FAIL: {unit_file} has no SystemCallFilter= allow list")
        return 1

    work = tempfile.mkdtemp()
    try:
        os.chmod(work, 0o755)
        runtime = os.path.join(work, "runtime")
        os.mkdir(runtime, 0o700)
        config = os.path.join(work, "signpost.conf")
        open(config, "w").close()
        # A copy the unprivileged user can reach (a checkout under /root is out of its reach).
        binary = os.path.join(work, "signpost")
        shutil.copy2(signpost, binary)
        log = os.path.join(work, "strace.log")
        command = ["cage", "-d", "--", binary, "--mode", "kiosk", "--config", config,
                   "--quit-after-first-paint"]
        if os.getuid() == 0:
            # cage will not run as root; the unit runs it as its own user too.
            shutil.chown(runtime, "nobody", "nogroup")
            command = ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups"] + command
        environment = {key: value for key, value in os.environ.items()
                       if not key.startswith(("XDG_", "QT_", "WAYLAND_", "DBUS_", "DISPLAY"))}
        environment.update({"HOME": work, "XDG_RUNTIME_DIR": runtime, "QT_QPA_PLATFORM": "wayland",
                            "WLR_BACKENDS": "headless", "WLR_RENDERER": "pixman",
                            "WLR_LIBINPUT_NO_DEVICES": "1",
                            "ASAN_OPTIONS": "detect_leaks=0:abort_on_error=1"})
        run = subprocess.run(["strace", "-f", "-qq", "-o", log, "--"] + command, env=environment,
                             cwd=work, capture_output=True, text=True, timeout=90, check=False)
        if "ptrace" in run.stderr and "Operation not permitted" in run.stderr:
            skip(f"this machine does not allow ptrace ({run.stderr.strip()})")
        used = {}
        succeeded = set()  # calls that did not already fail with EPERM, as the filter fails them
        with open(log, encoding="utf-8", errors="replace") as file:
            started = False  # setpriv's own calls come before cage, as systemd's do in the unit
            for line in file:
                if not started:
                    started = 'execve("/usr/bin/cage"' in line
                    continue
                match = CALL.match(line)
                if match:
                    used[match.group(1)] = used.get(match.group(1), 0) + 1
                    if "= -1 EPERM" not in line or not refusal_is_eperm:
                        succeeded.add(match.group(1))
        if not started or "signpost" not in open(log, encoding="utf-8", errors="replace").read():
            print(run.stdout + run.stderr)
            print("FAIL: cage and signpost did not both run under strace")
            return 1
        outside = sorted(name for name in succeeded if name not in allowed)
        print(f"{len(used)} different system calls made by cage and signpost "
              f"({sum(used.values())} calls), checked against {unit_file}'s SystemCallFilter=")
        for name in sorted(set(used) - succeeded - allowed):
            # The unit's SystemCallErrorNumber=EPERM gives the answer the kernel already gave.
            print(f"refused by the unit, and already refused with EPERM here: {name}")
        for name in outside:
            print(f"NOT ALLOWED by the unit: {name} ({used[name]} calls)")
        if left_out:
            if outside:
                print(f"PASS: without {left_out!r} the check fails, so it can fail")
                return 0
            print(f"FAIL: without {left_out!r} the check still passed")
            return 1
        if outside:
            print("FAIL: the unit's system call filter would refuse calls the kiosk makes")
            return 1
        print("PASS: every system call of the headless kiosk run is allowed by the unit")
        return 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
