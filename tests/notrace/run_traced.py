#!/usr/bin/env python3
"""Runs a command under strace in a clean environment and applies the no-trace rule.

    run_traced.py --work-dir DIR --content uk.json [--expect-violation KIND] -- COMMAND...

The command gets a fresh, empty HOME and a fresh XDG_RUNTIME_DIR (both under DIR, the only
place besides /proc and /dev where it may write is the runtime directory), no other XDG_*
variables, the offscreen Qt platform, and Qt messages forced to standard error so they are seen.
Exit status: 0 when the run completed (status 0) and kept the rule; 1 when it did not, or when strace is
missing or broken; 77 when this machine refuses ptrace (as some containers do): ctest then shows
the test as skipped, never as passed.

--expect-violation write|socket|print turns the test round, for the proof that it can fail: exit
0 only when the run completed and broke the rule in that way.
"""

import argparse
import os
import shutil
import subprocess
import sys

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


def clean_environment(home, runtime_dir, platform):
    keep = DISPLAY_VARIABLES if platform != "offscreen" else ()
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
            "QT_QPA_PLATFORM": platform,
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
    return environment


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


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--work-dir", required=True, help="where the run's home, runtime directory and logs go")
    parser.add_argument("--content", required=True, help="the content the program runs with (its visitor texts)")
    parser.add_argument("--expect-violation", choices=("write", "socket", "print"))
    parser.add_argument("--platform", default="offscreen",
                        help="Qt platform: offscreen (default), or xcb under xvfb-run and dbus-run-session")
    parser.add_argument("--timeout", type=float, default=600)
    parser.add_argument("command", nargs="+")
    arguments = parser.parse_args()

    work_dir = fresh_directory(os.path.abspath(arguments.work_dir), 0o755)
    home = fresh_directory(os.path.join(work_dir, "home"))
    runtime_dir = fresh_directory(os.path.join(work_dir, "runtime"))
    log = os.path.join(work_dir, "strace.log")

    status, message = probe_strace(work_dir)
    if status != 0:
        print(message)
        return status

    command = strace_command(log) + ["--"] + arguments.command
    print("running:", " ".join(arguments.command))
    print(f"  HOME={home}\n  XDG_RUNTIME_DIR={runtime_dir}\n  strace log: {log}")
    try:
        run = subprocess.run(
            command, env=clean_environment(home, runtime_dir, arguments.platform),
            capture_output=True, text=True, errors="replace", timeout=arguments.timeout, check=False,
        )
    except subprocess.TimeoutExpired:
        print(f"FAIL: the command did not finish within {arguments.timeout:.0f} s")
        return 1
    output = run.stdout + run.stderr
    with open(os.path.join(work_dir, "output.txt"), "w", encoding="utf-8") as file:
        file.write(output)
    if ptrace_refused(run.stderr) and run.returncode != 0:
        print("SKIP: strace was refused ptrace:", run.stderr.strip())
        return SKIP

    with open(log, encoding="utf-8", errors="replace") as file:
        checker = no_trace_rules.check_log(file, runtime_dir, os.getcwd())
    forbidden = no_trace_rules.visitor_strings(arguments.content)
    leaks = no_trace_rules.check_output(output, forbidden)

    counts = checker.counts
    print(f"strace: {counts['calls']} calls checked in {counts['processes']} program(s); "
          f"{counts['write opens allowed']} opens for writing under /proc, /dev or the runtime "
          f"directory; {counts['unix sockets']} unix or netlink sockets")
    print(f"output: {len(output.splitlines())} lines checked against {len(forbidden)} visitor texts")
    if output.strip():
        print("--- what the program printed ---\n" + output.rstrip() + "\n---")
    for line, reason in checker.violations:
        print(f"VIOLATION {reason}\n    {line}")
    for needle, line in leaks:
        print(f"VIOLATION printed a visitor text {needle!r}\n    {line}")

    socket_violations = [v for v in checker.violations if v[1].split(":")[0] in ("socket", "connect")]
    file_violations = [v for v in checker.violations if v not in socket_violations]
    if run.returncode != 0:
        print(f"FAIL: the command exited with status {run.returncode}")
        return 1
    if counts["processes"] == 0:
        print("FAIL: the strace log shows no program started; nothing was checked")
        return 1
    if arguments.expect_violation:
        caught = {"write": file_violations, "socket": socket_violations, "print": leaks}[
            arguments.expect_violation]
        if caught:
            print(f"PASS: the planted {arguments.expect_violation} was caught, so the test can fail")
            return 0
        print(f"FAIL: a {arguments.expect_violation} was planted but the check did not catch it")
        return 1
    if checker.violations or leaks:
        print(f"FAIL: {len(checker.violations)} file or network violation(s), "
              f"{len(leaks)} visitor text(s) printed")
        return 1
    print("PASS: no file written, no network socket, no visitor text printed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
