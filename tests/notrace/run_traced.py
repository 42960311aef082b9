#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Runs a command under strace in a clean environment and applies the no-trace rule.

    run_traced.py --work-dir DIR --content uk.json [--platform offscreen|xcb|cage]
                  [--no-session-bus] [--first-paint-marker LINE] [--expect-violation KIND]...
                  -- COMMAND...

The command gets a fresh, empty HOME and a fresh XDG_RUNTIME_DIR (both under DIR, the only
place besides /proc and /dev where it may write is the runtime directory), no other XDG_*
variables, the chosen Qt platform, and Qt messages forced to standard error so they are seen.
xcb: the X server of the caller (xvfb-run), and its session bus unless --no-session-bus.
cage: a headless cage (with Xwayland, as the kiosk unit runs it, DISPLAY set) started here, with
strace and the command inside it; as root, all of it runs as the unprivileged user nobody, from a
world-readable copy of the command and its files under /tmp.

Besides the strace rule (no_trace_rules.py), the run breaks the rule when a process it started
is still running after it ended (this script is their subreaper, so even a daemon that detached
is seen; it is then ended), and, with --first-paint-marker, when standard error has any line
after that marker (or lacks it).
Exit status: 0 when the run completed (status 0) and kept the rule; 1 when it did not, or when
a tool is missing or broken; 77 when this machine refuses ptrace (as some containers do) or cage
or Xwayland is missing: ctest then shows the test as skipped, with the reason, never as passed.

--expect-violation write|socket|print|execve|leftover|stderr turns the test round, for the proof
that it can fail: exit 0 only when the run completed and broke the rule in every way given.
"""

import argparse
import ctypes
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import no_trace_rules  # noqa: E402

SKIP = 77


def fresh_directory(path, mode=0o700):
    shutil.rmtree(path, ignore_errors=True)
    os.makedirs(path)
    os.chmod(path, mode)
    return path


# With a display (--platform xcb), what the program needs to reach the X server and the session
# bus (where the accessibility bus is found) is kept.
DISPLAY_VARIABLES = ("DISPLAY", "XAUTHORITY", "DBUS_SESSION_BUS_ADDRESS")


def clean_environment(home, runtime_dir, platform, session_bus=True):
    # cage sets DISPLAY and WAYLAND_DISPLAY for its client itself.
    keep = DISPLAY_VARIABLES if platform == "xcb" else ()
    if not session_bus:
        keep = tuple(key for key in keep if key != "DBUS_SESSION_BUS_ADDRESS")
    environment = {
        key: value
        for key, value in os.environ.items()
        if (key in keep)
        or (not key.startswith("XDG_") and not key.startswith("QT_")
            and key not in ("HOME", "TMPDIR", "WAYLAND_DISPLAY") + DISPLAY_VARIABLES)
    }
    environment.update(
        {
            "HOME": home,
            "XDG_RUNTIME_DIR": runtime_dir,
            "QT_QPA_PLATFORM": "wayland" if platform == "cage" else platform,
            "LC_ALL": "C.UTF-8",
            # Qt may send messages to the journal when standard error is not a terminal; here
            # every message must reach the captured output to be checked.
            "QT_FORCE_STDERR_LOGGING": "1",
            # Debug messages of Signpost's own code (the "default" category) are printed too.
            "QT_LOGGING_RULES": os.environ.get("NOTRACE_LOGGING_RULES", "default.debug=true"),
        }
    )
    if platform != "offscreen":
        # As with a screen reader running: Qt joins the accessibility bus and serves every widget.
        environment["QT_LINUX_ACCESSIBILITY_ALWAYS_ON"] = "1"
    if platform == "cage":
        # wlroots' headless backend and pixman renderer: no GPU, screen or seat needed.
        environment.update({"WLR_BACKENDS": "headless", "WLR_RENDERER": "pixman",
                            "WLR_LIBINPUT_NO_DEVICES": "1"})
    return environment


PR_SET_CHILD_SUBREAPER = 36


def become_subreaper():
    """Processes that detach from the run (a daemon's double fork) become this script's children,
    so that orphaned_processes() sees them."""
    libc = ctypes.CDLL(None, use_errno=True)
    return libc.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) == 0


def orphaned_processes(started):
    """(pid, command line) of every running process whose parent is this script other than the
    process it started: one the run started and then left behind (its parent ended, or it
    detached as a daemon does), since this script is the subreaper of the run."""
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit() or int(entry) == started:
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="utf-8", errors="replace") as file:
                stat = file.read()
            with open(f"/proc/{entry}/cmdline", "rb") as file:
                command = file.read().replace(b"\0", b" ").decode(errors="replace").strip()
        except OSError:
            continue
        fields = stat[stat.rindex(")") + 2:].split()
        if int(fields[1]) == os.getpid() and fields[0] != "Z":
            found.append((int(entry), command or stat[stat.index("(") + 1:stat.rindex(")")]))
    return found


def end_processes(processes):
    for pid, _ in processes:
        try:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
        except (ProcessLookupError, ChildProcessError):
            pass


ORPHAN_GRACE = 1.0  # seconds an orphaned process may run before it is ended (run_watching)


def run_watching(command, environment, cwd, timeout, work_dir):
    """Runs command to its end: (status or None on timeout, stdout, stderr, left behind). strace
    -f waits for every process it traces, so one left running would hold the run open: each
    process orphaned during the run is noted, and ended once it has been seen for ORPHAN_GRACE
    seconds. Not at once: a daemon's double fork leaves the grandchild orphaned just before it
    calls execve, and on a busy machine ending it there would hide the execve from the trace."""
    left_behind = {}
    first_seen = {}
    with open(os.path.join(work_dir, "stdout"), "w+", encoding="utf-8", errors="replace") as out, \
            open(os.path.join(work_dir, "stderr"), "w+", encoding="utf-8", errors="replace") as err:
        process = subprocess.Popen(command, env=environment, cwd=cwd, stdout=out, stderr=err,
                                   stdin=subprocess.DEVNULL)
        deadline = time.monotonic() + timeout
        status = None
        while time.monotonic() < deadline:
            orphans = orphaned_processes(process.pid)
            left_behind.update(orphans)  # the latest command line: after its execve
            now = time.monotonic()
            for pid, _ in orphans:
                first_seen.setdefault(pid, now)
            end_processes([o for o in orphans if now - first_seen[o[0]] >= ORPHAN_GRACE])
            status = process.poll()
            if status is not None:
                break
            time.sleep(0.1)
        if status is None:
            process.kill()
            process.wait()
        orphans = orphaned_processes(process.pid)
        left_behind.update(orphans)
        end_processes(orphans)
        out.seek(0)
        err.seek(0)
        return status, out.read(), err.read(), sorted(left_behind.items())


UNPRIVILEGED_USER = ("nobody", "nogroup")
CAGE_DIRECTORIES = []


def prepare_cage_run(arguments):
    """Under cage: a world-readable directory under /tmp holding a copy of the command and of
    every file it names (a checkout under /root is out of reach for nobody), the command line
    rewritten to use them, and how to run as nobody. None, message when cage cannot run here."""
    for tool, package in (("cage", "cage"), ("Xwayland", "xwayland")):
        if shutil.which(tool) is None:
            return None, f"SKIP: {tool} is not installed (Debian: {package})"
    base = tempfile.mkdtemp(prefix="signpost-notrace-")
    CAGE_DIRECTORIES.append(base)
    os.chmod(base, 0o755)
    command = []
    for index, argument in enumerate(arguments.command):
        if os.path.isfile(argument):
            copy = os.path.join(base, f"{index}-{os.path.basename(argument)}")
            shutil.copy2(argument, copy)
            os.chmod(copy, 0o755)
            argument = copy
        command.append(argument)
    content = os.path.join(base, "content.json")
    shutil.copy2(arguments.content, content)
    os.chmod(content, 0o644)
    return {"base": base, "command": command}, ""


def strace_command(log):
    return [
        "strace", "-f", "-y", "-qq", "--seccomp-bpf", "-o", log,
        "-e", "trace=" + ",".join(no_trace_rules.TRACED_SYSCALLS),
    ]


def ptrace_refused(strace_errors):
    return "Operation not permitted" in strace_errors and "ptrace" in strace_errors.lower()


def probe_strace(work_dir):
    """(status, message): 0 when strace can trace here; SKIP when this machine refuses ptrace
    (containers often do); 1 when strace is missing or fails some other way."""
    if shutil.which("strace") is None:
        return 1, "FAIL: strace is not installed (Debian: apt-get install strace; build.sh lists it)"
    probe = subprocess.run(
        strace_command(os.path.join(work_dir, "probe.strace")) + ["--", "true"],
        capture_output=True, text=True, check=False,
    )
    if probe.returncode == 0:
        return 0, ""
    if ptrace_refused(probe.stderr):
        return SKIP, ("SKIP: this machine does not allow ptrace, so nothing can be traced "
                      f"({probe.stderr.strip()}). Run the container with --cap-add=SYS_PTRACE, "
                      "or set kernel.yama.ptrace_scope to 0 or 1.")
    return 1, f"FAIL: strace does not work here: {probe.stderr.strip() or probe.returncode}"


def with_metrics_textfile(command, work_dir):
    """The command with its --config FILE replaced by a copy naming a metrics_textfile in the
    work directory (relative keys such as content_directory keep meaning the same place)."""
    index = command.index("--config") + 1
    source = os.path.abspath(command[index])
    metrics_dir = fresh_directory(os.path.join(work_dir, "metrics"), 0o755)
    metrics = os.path.join(metrics_dir, "signpost.prom")
    config = os.path.join(work_dir, "signpost.conf")
    with open(source, encoding="utf-8") as file:
        text = file.read()
    text = text.replace("content_directory=", "content_directory=" + os.path.dirname(source) + "/")
    with open(config, "w", encoding="utf-8") as file:
        file.write(text.rstrip("\n") + f"\nmetrics_textfile={metrics}\n")
    return metrics, command[:index] + [config] + command[index + 1:]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--work-dir", required=True, help="where the run's home, runtime directory and logs go")
    parser.add_argument("--content", required=True, help="the content the program runs with (its visitor texts)")
    parser.add_argument("--expect-violation", action="append", default=[],
                        choices=("write", "socket", "print", "execve", "leftover", "stderr"))
    parser.add_argument("--platform", default="offscreen", choices=("offscreen", "xcb", "cage"),
                        help="offscreen (default); xcb under xvfb-run; cage: a headless cage started here")
    parser.add_argument("--no-session-bus", action="store_true",
                        help="leave out the caller's DBUS_SESSION_BUS_ADDRESS")
    parser.add_argument("--first-paint-marker",
                        help="the line the command prints at its first paint; none may follow it on standard error")
    parser.add_argument("--metrics-textfile", action="store_true",
                        help="run with the command's --config plus metrics_textfile in the work "
                             "directory: that file (and PATH.tmp) is the one write allowed, and "
                             "it must have been written")
    parser.add_argument("--timeout", type=float, default=600)
    parser.add_argument("command", nargs="+")
    arguments = parser.parse_args()

    cage = None
    if arguments.platform == "cage":
        cage, message = prepare_cage_run(arguments)
        if cage is None:
            print(message)
            return SKIP
        arguments.command = cage["command"]
        work_dir = fresh_directory(os.path.join(cage["base"], "run"), 0o755)
    else:
        work_dir = fresh_directory(os.path.abspath(arguments.work_dir), 0o755)
    home = fresh_directory(os.path.join(work_dir, "home"))
    runtime_dir = fresh_directory(os.path.join(work_dir, "runtime"))
    log = os.path.join(work_dir, "strace.log")
    metrics = None
    if arguments.metrics_textfile:
        metrics, arguments.command = with_metrics_textfile(arguments.command, work_dir)

    status, message = probe_strace(work_dir)
    if status != 0:
        print(message)
        return status

    command = strace_command(log) + ["--"] + arguments.command
    start_dir = os.getcwd()
    status_file = os.path.join(work_dir, "status")
    if cage:
        # As the kiosk unit runs it: Signpost, cage's client, as an unprivileged user. cage 0.1.4
        # does not pass on its client's exit status, so the client's shell writes it down, and
        # the client's standard error goes to a file of its own, apart from cage's.
        command = ["cage", "-d", "--", "sh", "-c", '"$@" 2>"$0.stderr"; echo $? >"$0"',
                   status_file] + command
        if os.getuid() == 0:
            user, group = UNPRIVILEGED_USER
            for path in (work_dir, home, runtime_dir):
                shutil.chown(path, user, group)
            command = ["setpriv", f"--reuid={user}", f"--regid={group}", "--clear-groups"] + command
        start_dir = work_dir
    if not become_subreaper():
        print("FAIL: could not become the subreaper of the run (prctl PR_SET_CHILD_SUBREAPER)")
        return 1
    print("running:", " ".join(arguments.command))
    print(f"  HOME={home}\n  XDG_RUNTIME_DIR={runtime_dir}\n  strace log: {log}")
    environment = clean_environment(home, runtime_dir, arguments.platform,
                                    session_bus=not arguments.no_session_bus)
    status, stdout, stderr, leftovers = run_watching(command, environment, start_dir,
                                                     arguments.timeout, work_dir)
    if status is None:
        print(f"FAIL: the command did not finish within {arguments.timeout:.0f} s")
        return 1
    returncode = status
    if cage:
        try:
            with open(status_file, encoding="utf-8") as file:
                returncode = int(file.read().strip() or "1")
        except (OSError, ValueError):
            print(f"FAIL: the command did not run to its end under cage (cage exited {status})")
            print(stdout + stderr)
            return 1
    command_stderr = stderr
    if cage:
        with open(status_file + ".stderr", encoding="utf-8", errors="replace") as file:
            command_stderr = file.read()
    output = stdout + command_stderr + (("--- cage ---\n" + stderr) if cage else "")
    with open(os.path.join(work_dir, "output.txt"), "w", encoding="utf-8") as file:
        file.write(output)
    if ptrace_refused(command_stderr) and returncode != 0:
        print("SKIP: strace was refused ptrace:", command_stderr.strip())
        return SKIP

    with open(log, encoding="utf-8", errors="replace") as file:
        checker = no_trace_rules.check_log(
            file, runtime_dir, start_dir, [metrics, metrics + ".tmp"] if metrics else [])
    forbidden = no_trace_rules.visitor_strings(arguments.content)
    leaks = no_trace_rules.check_output(output, forbidden)

    counts = checker.counts
    print(f"strace: {counts['calls']} calls checked in {counts['processes']} program(s); "
          f"{counts['write opens allowed']} opens for writing allowed (/proc, /dev, the runtime "
          f"directory{', the metrics_textfile' if metrics else ''}); {counts['unix sockets']} unix or netlink sockets")
    print(f"output: {len(output.splitlines())} lines checked against {len(forbidden)} visitor texts")
    if output.strip():
        print("--- what the program printed ---\n" + output.rstrip() + "\n---")
    for line, reason in checker.violations:
        print(f"VIOLATION {reason}\n    {line}")
    for needle, line in leaks:
        print(f"VIOLATION printed a visitor text {needle!r}\n    {line}")
    for pid, process in leftovers:
        print(f"VIOLATION a process it started was left running (ended by the test): "
              f"{pid} {process}")
    late_lines = []
    if arguments.first_paint_marker:
        late = no_trace_rules.printed_after(command_stderr, arguments.first_paint_marker)
        if late is None:
            late_lines = [f"(no line {arguments.first_paint_marker!r}: the first paint was never marked)"]
        else:
            late_lines = late
        for line in late_lines:
            print(f"VIOLATION printed on standard error after the first paint\n    {line}")

    socket_violations = [v for v in checker.violations if v[1].split(":")[0] in ("socket", "connect")]
    execve_violations = [v for v in checker.violations if v[1].startswith("execve:")]
    file_violations = [v for v in checker.violations
                       if v not in socket_violations and v not in execve_violations]
    if returncode != 0:
        print(f"FAIL: the command exited with status {returncode}")
        return 1
    if metrics:
        written = open(metrics, encoding="utf-8").read() if os.path.isfile(metrics) else ""
        if "signpost_info{" not in written:
            print(f"FAIL: the metrics_textfile {metrics} was not written")
            return 1
        print(f"metrics_textfile {metrics}: {len(written.splitlines())} lines, the one file allowed")
    if counts["processes"] == 0:
        print("FAIL: the strace log shows no program started; nothing was checked")
        return 1
    if arguments.expect_violation:
        caught = {"write": file_violations, "socket": socket_violations, "print": leaks,
                  "execve": execve_violations, "leftover": leftovers, "stderr": late_lines}
        missed = [kind for kind in arguments.expect_violation if not caught[kind]]
        if not missed:
            print(f"PASS: the planted {' and '.join(arguments.expect_violation)} was caught, "
                  "so the test can fail")
            return 0
        print(f"FAIL: a {' and '.join(missed)} was planted but the check did not catch it")
        return 1
    if checker.violations or leaks or leftovers or late_lines:
        print(f"FAIL: {len(checker.violations)} file, network or program-start violation(s), "
              f"{len(leaks)} visitor text(s) printed, {len(leftovers)} process(es) left behind, "
              f"{len(late_lines)} line(s) printed after the first paint")
        return 1
    print("PASS: no file written, no network socket, no program started, no process left behind, "
          "no visitor text printed" + (", nothing printed after the first paint"
                                       if arguments.first_paint_marker else ""))
    return 0


def main_cleaning_up():
    status = main()
    # A passed cage run's copies under /tmp go; a failed one's stay, to be looked at.
    for base in CAGE_DIRECTORIES if status != 1 else ():
        shutil.rmtree(base, ignore_errors=True)
    return status


if __name__ == "__main__":
    sys.exit(main_cleaning_up())
