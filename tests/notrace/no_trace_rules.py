# SPDX-License-Identifier: GPL-3.0-or-later
"""The no-trace rule for Signpost's public modes, applied to an strace log and to printed output.

An strace log (strace -f -y) breaks the rule when the traced program
  - opens a file for writing (O_WRONLY, O_RDWR, O_CREAT, O_TRUNC, O_APPEND, O_TMPFILE), or
    creates, renames, removes, links, truncates or changes the metadata of a file, anywhere
    outside /proc, /dev (but /dev/shm and /dev/mqueue count: files there outlive the process)
    and the runtime directory (XDG_RUNTIME_DIR) given for the run (and, when the run's
    configuration names a metrics_textfile, exactly that file and its PATH.tmp: nothing beside);
  - binds a unix socket to a path outside those places (that creates a file);
  - creates a socket of any family but AF_UNIX and AF_NETLINK (so AF_INET and AF_INET6 are
    caught), or connects to an AF_INET/AF_INET6 address;
  - starts a program: any execve after the first (the traced command's own), such as libdbus
    running dbus-launch to autolaunch a session bus.
An attempt counts even when it failed: on a kiosk with a writable home it would have succeeded.

Printed output breaks the rule when it contains any text of the content's pathways (node ids,
questions, answers, outcome headings and messages) or a service name: what a visitor chose; and
standard error breaks it with any line at all after the first paint (printed_after()).
"""

import ast
import json
import os
import re

WRITE_FLAGS = ("O_WRONLY", "O_RDWR", "O_CREAT", "O_TRUNC", "O_APPEND", "O_TMPFILE")
ALLOWED_SOCKET_FAMILIES = ("AF_UNIX", "AF_LOCAL", "AF_NETLINK")
INET_FAMILIES = ("AF_INET", "AF_INET6")
# Places files may be touched: kernel interfaces and devices. /dev/shm and /dev/mqueue are
# filesystems whose files outlive the process, so they are not exempt.
ALLOWED_ROOTS = ("/proc", "/dev")
NOT_ALLOWED_UNDER_DEV = ("/dev/shm", "/dev/mqueue")

# The system calls strace is asked to show (? = no complaint where the architecture lacks it).
TRACED_SYSCALLS = (
    "?open", "openat", "?openat2", "?creat",
    "?rename", "renameat", "?renameat2",
    "?unlink", "unlinkat", "?rmdir",
    "?mkdir", "mkdirat", "?mknod", "mknodat",
    "truncate", "ftruncate",
    "?link", "linkat", "?symlink", "symlinkat",
    "?chmod", "fchmodat", "?chown", "?lchown", "fchownat",
    "?utime", "?utimes", "?futimesat", "utimensat",
    "setxattr", "lsetxattr", "removexattr", "lremovexattr",
    "socket", "connect", "bind",
    "chdir", "execve",
)

# Which arguments name a path a call writes: (index of the directory fd or None, index of the path).
PATH_WRITERS = {
    "creat": [(None, 0)],
    "rename": [(None, 0), (None, 1)],
    "renameat": [(0, 1), (2, 3)],
    "renameat2": [(0, 1), (2, 3)],
    "unlink": [(None, 0)],
    "unlinkat": [(0, 1)],
    "rmdir": [(None, 0)],
    "mkdir": [(None, 0)],
    "mkdirat": [(0, 1)],
    "mknod": [(None, 0)],
    "mknodat": [(0, 1)],
    "truncate": [(None, 0)],
    "link": [(None, 1)],
    "linkat": [(2, 3)],
    "symlink": [(None, 1)],
    "symlinkat": [(1, 2)],
    "chmod": [(None, 0)],
    "fchmodat": [(0, 1)],
    "chown": [(None, 0)],
    "lchown": [(None, 0)],
    "fchownat": [(0, 1)],
    "utime": [(None, 0)],
    "utimes": [(None, 0)],
    "futimesat": [(0, 1)],
    "utimensat": [(0, 1)],
    "setxattr": [(None, 0)],
    "lsetxattr": [(None, 0)],
    "removexattr": [(None, 0)],
    "lremovexattr": [(None, 0)],
}
# open-like calls: (index of the directory fd or None, index of the path, index of the flags).
OPENERS = {"open": (None, 0, 1), "openat": (0, 1, 2), "openat2": (0, 1, 2)}

LINE = re.compile(r"^(?P<pid>\d+)\s+(?P<call>[a-z_0-9]+)\((?P<rest>.*)$")
# strace 6.1 marks a deleted file after the brackets: 14</memfd:wayland-shm>(deleted).
FD_PATH = re.compile(r"^(?:AT_FDCWD|-?\d+)<(?P<path>.*)>(?:\(deleted\))?$")
RETURNED_PATH = re.compile(r"\)\s+=\s+\d+<(?P<path>/[^>]*)>")


def split_arguments(text):
    """The top-level arguments of a call as strace prints them, and whether the list closed."""
    arguments, current, depth, quoted, escaped = [], [], 0, False, False
    for position, char in enumerate(text):
        if quoted:
            current.append(char)
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                quoted = False
            continue
        if char == '"':
            quoted = True
        elif char in "([{":
            depth += 1
        elif char in ")]}":
            if depth == 0:
                arguments.append("".join(current).strip())
                return arguments, text[position:]
            depth -= 1
        elif char == "," and depth == 0:
            arguments.append("".join(current).strip())
            current = []
            continue
        current.append(char)
    # "<unfinished ...>": the arguments are all there, the result comes on a later line.
    last = "".join(current).replace("<unfinished ...>", "").strip()
    if last:
        arguments.append(last)
    return arguments, ""


def decode_string(literal):
    """A C string as strace prints it ("..." with escapes), or None if it is not one."""
    literal = literal.strip()
    if literal.endswith("..."):
        literal = literal[:-3]
    if len(literal) < 2 or literal[0] != '"' or literal[-1] != '"':
        return None
    try:
        raw = ast.literal_eval("b" + literal)
    except (SyntaxError, ValueError):
        return None
    return raw.decode("utf-8", "surrogateescape")


def fd_path(argument):
    """The path strace -y shows for a descriptor (AT_FDCWD</dir> or 3</dir>), or None."""
    match = FD_PATH.match(argument.strip())
    return match.group("path") if match else None


class Checker:
    """Reads an strace log line by line and collects every line that breaks the rule."""

    def __init__(self, runtime_dir, start_dir, allowed_files=()):
        self.allowed = [os.path.normpath(root) for root in ALLOWED_ROOTS]
        # Single files the run may write, nothing beside them: the metrics_textfile and its
        # temporary PATH.tmp, when the configuration names one.
        self.allowed_files = {os.path.normpath(path) for path in allowed_files}
        self.runtime_dir = os.path.normpath(runtime_dir) if runtime_dir else None
        self.start_dir = os.path.normpath(start_dir)
        self.cwd = {}  # pid -> last known working directory
        self.last_cwd = self.start_dir  # threads share one; a new thread starts with the last seen
        self.violations = []  # (line, reason)
        self.counts = {"calls": 0, "write opens allowed": 0, "unix sockets": 0, "processes": 0}

    def is_allowed(self, path):
        path = os.path.normpath(path)
        if path in self.allowed_files:
            return True
        if self.runtime_dir and (path == self.runtime_dir or path.startswith(self.runtime_dir + "/")):
            return True
        if any(path == root or path.startswith(root + "/") for root in NOT_ALLOWED_UNDER_DEV):
            return False
        return any(path == root or path.startswith(root + "/") for root in self.allowed)

    def resolve(self, pid, dirfd_argument, path):
        if path.startswith("/"):
            return os.path.normpath(path)
        base = fd_path(dirfd_argument) if dirfd_argument is not None else None
        if base is None or not base.startswith("/"):
            base = self.cwd.get(pid, self.last_cwd)
        return os.path.normpath(os.path.join(base, path))

    def outside(self, pid, dirfd_argument, path_argument):
        """The path a call names, resolved, when it is outside the allowed places; else None."""
        path = decode_string(path_argument)
        if path is None:
            # NULL path (utimensat on a descriptor): the descriptor names the file.
            path = fd_path(dirfd_argument or "")
            if path is None:
                return "(a path strace did not show)"
            if not path.startswith("/"):
                return None  # a pipe, socket or anonymous inode: not a file
        resolved = self.resolve(pid, dirfd_argument, path)
        return None if self.is_allowed(resolved) else resolved

    def check_paths(self, line, pid, call, places, what):
        """places: (directory fd argument or None, path argument) for each path the call writes."""
        bad = [path for path in (self.outside(pid, dirfd, argument) for dirfd, argument in places) if path]
        if bad:
            self.violations.append((line, f"{call}: {what} {', '.join(bad)}"))

    def feed(self, line):
        line = line.rstrip("\n")
        match = LINE.match(line)
        if not match:
            return  # signals, exits, "<... resumed>" tails (their arguments came earlier)
        pid, call, rest = match.group("pid"), match.group("call"), match.group("rest")
        arguments, tail = split_arguments(rest)
        self.counts["calls"] += 1
        anchor = next((fd_path(a) for a in arguments if fd_path(a) and a.startswith("AT_FDCWD")), None)
        if anchor:
            self.cwd[pid] = self.last_cwd = anchor
        if call == "execve":
            self.counts["processes"] += 1
            if self.counts["processes"] > 1:
                program = decode_string(arguments[0]) if arguments else None
                self.violations.append((line, f"execve: starts a program {program or '(not shown)'}"))
        elif call == "chdir" and arguments and re.search(r"=\s+0\b", tail):
            target = decode_string(arguments[0])
            if target is not None:
                self.cwd[pid] = self.last_cwd = self.resolve(pid, None, target)
        elif call in OPENERS:
            dirfd_index, path_index, flags_index = OPENERS[call]
            if len(arguments) <= max(path_index, flags_index):
                return
            flags = arguments[flags_index]
            if not any(flag in flags for flag in WRITE_FLAGS):
                return
            dirfd = arguments[dirfd_index] if dirfd_index is not None else None
            before = len(self.violations)
            self.check_paths(line, pid, call, [(dirfd, arguments[path_index])], "opens for writing")
            returned = RETURNED_PATH.search(tail)
            if len(self.violations) == before and returned and not self.is_allowed(returned.group("path")):
                self.violations.append((line, f"{call}: opens for writing {returned.group('path')}"))
            if len(self.violations) == before:
                self.counts["write opens allowed"] += 1
        elif call in PATH_WRITERS:
            places = [
                (arguments[dirfd_index] if dirfd_index is not None else None, arguments[path_index])
                for dirfd_index, path_index in PATH_WRITERS[call]
                if len(arguments) > path_index
            ]
            self.check_paths(line, pid, call, places, "writes")
        elif call == "ftruncate" and arguments:
            path = fd_path(arguments[0])
            if path is None:
                self.violations.append((line, "ftruncate on a descriptor strace did not name"))
            elif path.startswith("/") and not path.startswith("/memfd:") and not self.is_allowed(path):
                self.violations.append((line, f"ftruncate: truncates {path}"))
        elif call == "socket" and arguments:
            family = arguments[0]
            if family in ALLOWED_SOCKET_FAMILIES:
                self.counts["unix sockets"] += 1
            else:
                self.violations.append((line, f"socket: {family} socket"))
        elif call in ("connect", "bind") and len(arguments) > 1:
            address = arguments[1]
            family = re.search(r"sa_family=(AF_[A-Z0-9_]+)", address)
            if family and family.group(1) in INET_FAMILIES:
                self.violations.append((line, f"{call}: {family.group(1)} address"))
            unix_path = re.search(r'sun_path=("(?:[^"\\]|\\.)*")', address)
            if call == "bind" and unix_path:
                self.check_paths(line, pid, call, [(None, unix_path.group(1))], "creates a socket file")


def check_log(lines, runtime_dir, start_dir, allowed_files=()):
    checker = Checker(runtime_dir, start_dir, allowed_files)
    for line in lines:
        checker.feed(line)
    return checker


def visitor_strings(content_path):
    """Every text a visit can reveal: pathway node ids and texts, answers, service names."""
    with open(content_path, encoding="utf-8") as file:
        content = json.load(file)

    def texts(value):
        if isinstance(value, str):
            return [value]
        if isinstance(value, dict):
            return [text for text in value.values() if isinstance(text, str)]
        return []

    found = set()
    for node in content.get("pathways", {}).get("nodes", []):
        found.add(node.get("id", ""))
        found.update(texts(node.get("text")))
        found.update(texts(node.get("message")))
        for answer in node.get("answers", []):
            found.update(texts(answer.get("text")))
    for service in content.get("services", []):
        found.update(texts(service.get("name")))
    # Very short strings would match by chance; every real one is longer.
    return sorted(text for text in found if len(text) >= 4)


def check_output(text, forbidden):
    """(forbidden string, the printed line holding it) for each that was printed. A node id
    (a lower-case slug such as "welcome") counts as a whole word only, so that an object name
    such as "welcomeScreen" is not taken for it."""
    leaks = []
    lines = text.splitlines()
    for needle in forbidden:
        if re.fullmatch(r"[a-z0-9-]+", needle):
            pattern = re.compile(r"(?<![\w-])" + re.escape(needle) + r"(?![\w-])")
            found = next((line for line in lines if pattern.search(line)), None)
        else:
            found = next((line for line in lines if needle in line), None)
        if found is not None:
            leaks.append((needle, found))
    return leaks


def printed_after(text, marker):
    """The lines printed after the first line that is exactly marker; None when it is missing."""
    lines = text.splitlines()
    if marker not in lines:
        return None
    return [line for line in lines[lines.index(marker) + 1:] if line.strip()]


def main():
    """Checks one strace log: exit 0 when it keeps the rule, 1 (naming each line) when not."""
    import argparse
    import sys

    parser = argparse.ArgumentParser(description=main.__doc__)
    parser.add_argument("--runtime-dir", required=True, help="the run's XDG_RUNTIME_DIR")
    parser.add_argument("--start-dir", default=os.getcwd(), help="the traced program's first working directory")
    parser.add_argument("log")
    arguments = parser.parse_args()
    with open(arguments.log, encoding="utf-8", errors="replace") as file:
        checker = check_log(file, arguments.runtime_dir, arguments.start_dir)
    for line, reason in checker.violations:
        print(f"VIOLATION {reason}\n    {line}")
    print(f"{checker.counts['calls']} calls checked, {len(checker.violations)} violation(s)")
    sys.exit(1 if checker.violations else 0)


if __name__ == "__main__":
    main()
