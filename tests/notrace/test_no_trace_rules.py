# SPDX-License-Identifier: GPL-3.0-or-later
"""The no-trace checker's own test: it must fail on one planted write or network socket, and
pass what the rule allows. Synthetic strace lines, in the exact form strace -f -y prints them."""

import os
import subprocess
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import no_trace_rules  # noqa: E402

RUNTIME = "/tmp/notrace-run/runtime"
START = "/tmp/notrace-run"

# What a clean run of Signpost looks like: reads, devices, /proc, the runtime directory, unix
# sockets to the display server and the accessibility bus.
CLEAN_LOG = """\
4100  execve("/usr/bin/signpost", ["signpost", "--mode", "kiosk"], 0x7ffd /* 30 vars */) = 0
4100  openat(AT_FDCWD</tmp/notrace-run>, "/etc/ld.so.cache", O_RDONLY|O_CLOEXEC) = 3</etc/ld.so.cache>
4100  openat(AT_FDCWD</tmp/notrace-run>, "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", O_RDONLY) = 4</usr/share/fonts/truetype/dejavu/DejaVuSans.ttf>
4100  openat(AT_FDCWD</tmp/notrace-run>, "/dev/null", O_RDWR|O_CLOEXEC) = 5</dev/null>
4100  openat(AT_FDCWD</tmp/notrace-run>, "/proc/self/oom_score_adj", O_WRONLY) = 6</proc/4100/oom_score_adj>
4100  openat(AT_FDCWD</tmp/notrace-run>, "/tmp/notrace-run/runtime/signpost.lock", O_RDWR|O_CREAT|O_CLOEXEC, 0644) = 7</tmp/notrace-run/runtime/signpost.lock>
4100  mkdir("/tmp/notrace-run/runtime/qt", 0700) = 0
4101  unlinkat(AT_FDCWD</tmp/notrace-run>, "runtime/old", 0 <unfinished ...>
4101  <... unlinkat resumed>) = 0
4100  socket(AF_UNIX, SOCK_STREAM|SOCK_CLOEXEC, 0) = 8<socket:[1000]>
4100  connect(8<socket:[1000]>, {sa_family=AF_UNIX, sun_path="/tmp/.X11-unix/X0"}, 20) = 0
4100  socket(AF_NETLINK, SOCK_RAW|SOCK_CLOEXEC, NETLINK_ROUTE) = 9<socket:[1001]>
4100  bind(8<socket:[1000]>, {sa_family=AF_UNIX, sun_path=@"/tmp/dbus-abstract"}, 22) = 0
4100  bind(8<socket:[1000]>, {sa_family=AF_UNIX, sun_path="/tmp/notrace-run/runtime/a11y"}, 30) = 0
4100  ftruncate(10</memfd:wayland-shm (deleted)>, 4096) = 0
4100  ftruncate(14</memfd:wayland-shm>(deleted), 3686400) = 0
4100  ftruncate(11<pipe:[2000]>, 0) = -1 EINVAL (Invalid argument)
4100  --- SIGCHLD {si_signo=SIGCHLD, si_code=CLD_EXITED, si_pid=4101, si_status=0} ---
4100  +++ exited with 0 +++
"""

# One line each that must fail the check, and the words its reason must contain.
VIOLATIONS = {
    "a file written in HOME": (
        '4100  openat(AT_FDCWD</tmp/notrace-run>, "/root/.cache/fontconfig/x.cache-8", '
        "O_RDWR|O_CREAT|O_EXCL|O_CLOEXEC, 0666) = 12</root/.cache/fontconfig/x.cache-8>",
        "/root/.cache/fontconfig/x.cache-8",
    ),
    "a relative write from the working directory": (
        '4100  openat(AT_FDCWD</tmp/notrace-run>, "last-visit.txt", O_WRONLY|O_CREAT|O_TRUNC, 0666) = 12',
        "/tmp/notrace-run/last-visit.txt",
    ),
    "a write relative to a directory descriptor": (
        '4100  openat(5</var/lib/signpost>, "visits.log", O_WRONLY|O_APPEND) = 12',
        "/var/lib/signpost/visits.log",
    ),
    "a failed attempt still counts": (
        '4100  openat(AT_FDCWD</tmp/notrace-run>, "/etc/signpost/signpost.conf", O_WRONLY|O_TRUNC) = -1 EACCES (Permission denied)',
        "/etc/signpost/signpost.conf",
    ),
    "an unfinished write from another thread": (
        '4102  openat(AT_FDCWD</tmp/notrace-run>, "/home/kiosk/.local/share/x", O_WRONLY|O_CREAT, 0600 <unfinished ...>',
        "/home/kiosk/.local/share/x",
    ),
    "a write to /dev/shm": (
        '4100  openat(AT_FDCWD</tmp/notrace-run>, "/dev/shm/signpost", O_RDWR|O_CREAT|O_NOFOLLOW|O_CLOEXEC, 0600) = 12',
        "/dev/shm/signpost",
    ),
    "climbing out of /proc": (
        '4100  openat(AT_FDCWD</tmp/notrace-run>, "/proc/../etc/x", O_WRONLY) = 12',
        "/etc/x",
    ),
    "a write whose open returned a file elsewhere": (
        '4100  openat(AT_FDCWD</tmp/notrace-run>, "/dev/fd/7", O_WRONLY) = 12</srv/visits.txt>',
        "/srv/visits.txt",
    ),
    "creat": ('4100  creat("/tmp/x", 0644) = 12</tmp/x>', "/tmp/x"),
    "rename": ('4100  rename("/tmp/notrace-run/runtime/a", "/var/tmp/b") = 0', "/var/tmp/b"),
    "renameat2": (
        '4100  renameat2(AT_FDCWD</tmp/notrace-run>, "a.tmp", AT_FDCWD</tmp/notrace-run>, "a", RENAME_NOREPLACE) = 0',
        "/tmp/notrace-run/a.tmp",
    ),
    "unlink": ('4100  unlink("/tmp/visit") = 0', "/tmp/visit"),
    "unlinkat": ('4100  unlinkat(AT_FDCWD</tmp/notrace-run>, "/tmp/visit", 0) = 0', "/tmp/visit"),
    "mkdir": ('4100  mkdir("/root/.config/Signpost", 0777) = 0', "/root/.config/Signpost"),
    "mkdirat": ('4100  mkdirat(AT_FDCWD</root>, ".cache", 0700) = 0', "/root/.cache"),
    "truncate": ('4100  truncate("/tmp/visit", 0) = 0', "/tmp/visit"),
    "ftruncate": ("4100  ftruncate(12</tmp/visit>, 0) = 0", "/tmp/visit"),
    "linkat": (
        '4100  linkat(12</tmp>, "", AT_FDCWD</tmp/notrace-run>, "/tmp/visit", AT_EMPTY_PATH) = 0',
        "/tmp/visit",
    ),
    "symlink": ('4100  symlink("/dev/null", "/tmp/visit") = 0', "/tmp/visit"),
    "utimensat": ("4100  utimensat(12</tmp/visit>, NULL, NULL, 0) = 0", "/tmp/visit"),
    "a unix socket file outside the runtime directory": (
        '4100  bind(8<socket:[1000]>, {sa_family=AF_UNIX, sun_path="/tmp/signpost.sock"}, 20) = 0',
        "/tmp/signpost.sock",
    ),
    "an AF_INET socket": (
        "4100  socket(AF_INET, SOCK_DGRAM|SOCK_CLOEXEC, IPPROTO_IP) = 12<socket:[3000]>",
        "AF_INET socket",
    ),
    "an AF_INET6 socket": (
        "4100  socket(AF_INET6, SOCK_STREAM, IPPROTO_TCP) = -1 EAFNOSUPPORT (Address family not supported by protocol)",
        "AF_INET6 socket",
    ),
    "an AF_PACKET socket": ("4100  socket(AF_PACKET, SOCK_RAW, 768) = 12", "AF_PACKET"),
    "a program started (D-Bus autolaunch), even when it is not there": (
        '4105  execve("/usr/bin/dbus-launch", ["dbus-launch", "--autolaunch", "0123", "--binary-syntax", '
        '"--close-stderr"], 0x7ffd /* 30 vars */) = -1 ENOENT (No such file or directory)',
        "starts a program /usr/bin/dbus-launch",
    ),
    "a connection to an internet address": (
        '4100  connect(12<socket:[3000]>, {sa_family=AF_INET, sin_port=htons(443), sin_addr=inet_addr("192.0.2.1")}, 16) = 0',
        "AF_INET address",
    ),
}


def check(text):
    return no_trace_rules.check_log(text.splitlines(), RUNTIME, START)


class TestNoTraceRules(unittest.TestCase):
    def test_a_clean_run_passes(self):
        checker = check(CLEAN_LOG)
        self.assertEqual(checker.violations, [])
        self.assertEqual(checker.counts["processes"], 1)
        self.assertEqual(checker.counts["unix sockets"], 2)

    def test_each_planted_line_fails(self):
        for name, (line, reason) in VIOLATIONS.items():
            with self.subTest(name):
                checker = check(CLEAN_LOG + line + "\n")
                self.assertEqual(len(checker.violations), 1, checker.violations)
                self.assertEqual(checker.violations[0][0], line)
                self.assertIn(reason, checker.violations[0][1])

    def test_only_the_metrics_textfile_is_allowed(self):
        # metrics_textfile=/var/lib/node-exporter/signpost.prom: written as PATH.tmp, renamed.
        metrics = "/var/lib/node-exporter/signpost.prom"
        allowed = [metrics, metrics + ".tmp"]
        written = (
            '4100  openat(AT_FDCWD</tmp/notrace-run>, "/var/lib/node-exporter/signpost.prom.tmp", '
            "O_WRONLY|O_CREAT|O_TRUNC|O_CLOEXEC, 0666) = 12</var/lib/node-exporter/signpost.prom.tmp>\n"
            '4100  rename("/var/lib/node-exporter/signpost.prom.tmp", '
            '"/var/lib/node-exporter/signpost.prom") = 0\n')
        checker = no_trace_rules.check_log((CLEAN_LOG + written).splitlines(), RUNTIME, START, allowed)
        self.assertEqual(checker.violations, [])
        self.assertEqual(len(check(CLEAN_LOG + written).violations), 2)  # not allowed by default
        for beside in ("/var/lib/node-exporter/other.prom", metrics + ".tmp2",
                       "/var/lib/node-exporter/signpost.prom.d/x"):
            with self.subTest(beside):
                line = (f'4100  openat(AT_FDCWD</tmp/notrace-run>, "{beside}", O_WRONLY|O_CREAT, '
                        f"0666) = 12<{beside}>")
                checker = no_trace_rules.check_log((CLEAN_LOG + line).splitlines(), RUNTIME,
                                                   START, allowed)
                self.assertEqual(len(checker.violations), 1, checker.violations)

    def test_the_command_line_checker_fails_on_one_write_and_one_inet_socket(self):
        # The proof that the check can fail, as the ctest runs it: one write, one AF_INET socket.
        planted = [VIOLATIONS["a relative write from the working directory"][0],
                   VIOLATIONS["an AF_INET socket"][0]]
        with tempfile.TemporaryDirectory() as directory:
            for log_text, expected_status in ((CLEAN_LOG, 0), (CLEAN_LOG + "\n".join(planted) + "\n", 1)):
                log = os.path.join(directory, "run.strace")
                with open(log, "w", encoding="utf-8") as file:
                    file.write(log_text)
                result = subprocess.run(
                    [sys.executable, "-B", no_trace_rules.__file__, "--runtime-dir", RUNTIME,
                     "--start-dir", START, log],
                    capture_output=True, text=True, check=False)
                self.assertEqual(result.returncode, expected_status, result.stdout)
                for line in planted if expected_status else []:
                    self.assertIn(line, result.stdout)

    def test_printed_visitor_texts_are_found(self):
        content = {
            "pathways": {"nodes": [
                {"id": "myself-age", "text": {"en": "How old are you?", "cy": "Faint yw eich oed chi?"},
                 "answers": [{"text": {"en": "Under 18"}, "next": "x"}]},
                {"id": "x", "text": "You can talk to Childline", "message": {"en": "It is free."}},
            ]},
            "services": [{"name": {"en": "Childline"}}],
        }
        with tempfile.TemporaryDirectory() as directory:
            path = os.path.join(directory, "content.json")
            with open(path, "w", encoding="utf-8") as file:
                import json
                json.dump(content, file)
            forbidden = no_trace_rules.visitor_strings(path)
        self.assertIn("Faint yw eich oed chi?", forbidden)
        self.assertIn("Under 18", forbidden)
        self.assertNotIn("x", forbidden)  # too short to search for
        self.assertIn("myself-age", forbidden)
        clean = ("qt warning qt.qpa.fonts: Populating font family aliases took 64 ms\n"
                 "qt debug default: myself-ageScreen is not a node id\n")
        self.assertEqual(no_trace_rules.check_output(clean, forbidden), [])
        leaked = clean + "qt warning default: showing You can talk to Childline (myself-age)\n"
        found = dict(no_trace_rules.check_output(leaked, forbidden))
        self.assertIn("You can talk to Childline", found)
        self.assertIn("Childline", found)
        self.assertIn("myself-age", found)

    def test_lines_after_the_first_paint_are_found(self):
        marker = "driver: first paint"
        start = "qt warning: a start-up problem for IT\n" + marker + "\n"
        self.assertEqual(no_trace_rules.printed_after(start, marker), [])
        self.assertEqual(no_trace_rules.printed_after(start + "\n", marker), [])
        late = 'OpenType support missing for "Noto Sans", script 13'
        self.assertEqual(no_trace_rules.printed_after(start + late + "\n", marker), [late])
        self.assertIsNone(no_trace_rules.printed_after("no marker\n", marker))


if __name__ == "__main__":
    unittest.main()
