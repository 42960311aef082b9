#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Signpost against a bare Qt Widgets window, side by side, in one run (issue 9).

Prints Markdown tables: start to first paint (wall, CPU, instructions), memory, idle CPU,
screen-change and quick-exit latency (screen changes also with every core busy), Read aloud's
start and stop, content load + validation, RSS over 10,000 actions, and the soak: RssAnon and
RssFile over 100,000 random visitor actions.
Everything runs on Qt's offscreen platform with one 1920x1080 screen. Benchmarks print figures;
nothing here fails on a slow machine. `--smoke` runs every program once with tiny sizes and
fails only if one of them does not run or report (the benchmark_smoke test).

Normally started by tests/benchmark/run.sh or `cmake --build <dir> --target benchmark`, which
pass the paths of the programs built from this tree.
"""

import argparse
import json
import os
import pathlib
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
from benchmark_report import CONTENT_FUNCTIONS, START_PHASES, report  # noqa: E402

MARK = "signpost-benchmark: exit-requested-ns "
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def parse_arguments():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    for name in ("signpost", "bare", "preload", "latency", "content-load", "soak", "speech"):
        parser.add_argument("--" + name, required=True, help="path of the built program")
    parser.add_argument("--runs", type=int, default=10, help="start runs of each program (>= 10)")
    parser.add_argument("--callgrind-runs", type=int, default=1,
                        help="callgrind runs of each program (0: no instruction counts)")
    parser.add_argument("--idle-seconds", type=float, default=60.0, help="idle CPU period")
    parser.add_argument("--transitions", type=int, default=1000)
    parser.add_argument("--quick-exits", type=int, default=1000)
    parser.add_argument("--actions", type=int, default=10000)
    parser.add_argument("--languages", default="cy,pl,ro,ur,pa,ar",
                        help="languages timed besides English: a language change there and back, "
                             "and a walk in each")
    parser.add_argument("--language-transitions", type=int, default=150,
                        help="walk steps in each of --languages")
    parser.add_argument("--language-changes", type=int, default=10,
                        help="times each language is chosen from English and English again")
    parser.add_argument("--busy-transitions", type=int, default=300,
                        help="English screen changes timed again with the machine busy (0: none)")
    parser.add_argument("--busy-processes", type=int, default=os.cpu_count() or 1,
                        help="processes spinning during that walk (default: one per core)")
    parser.add_argument("--speech-transitions", type=int, default=300,
                        help="screen changes with Read aloud on (spread over the languages)")
    parser.add_argument("--speech-quick-exits", type=int, default=150,
                        help="quick exits of each kind with Read aloud on")
    parser.add_argument("--speech-languages", default="en,cy,ar",
                        help="languages whose voices the speech walk uses, comma-separated")
    parser.add_argument("--soak-actions", type=int, default=100000,
                        help="random visitor actions of the soak (0: no soak; about 20 minutes "
                        "of CPU for 100,000)")
    parser.add_argument("--soak-sample-every", type=int, default=1000,
                        help="a soak sample every N actions, for the curve")
    parser.add_argument("--services", default="1000,2000,5000,10000",
                        help="generated content sizes, comma-separated")
    parser.add_argument("--nodes", type=int, default=2000, help="pathway nodes in generated content")
    parser.add_argument("--json", help="also write every raw figure to this file")
    parser.add_argument("--smoke", action="store_true",
                        help="each program once with tiny sizes (the benchmark_smoke test)")
    arguments = parser.parse_args()
    if arguments.smoke:
        arguments.runs, arguments.callgrind_runs, arguments.idle_seconds = 1, 0, 1.0
        arguments.transitions, arguments.quick_exits, arguments.actions = 5, 3, 20
        arguments.languages, arguments.language_transitions, arguments.language_changes = "ar", 3, 1
        arguments.speech_transitions, arguments.speech_quick_exits = 3, 3
        arguments.busy_transitions, arguments.busy_processes = 3, 1
        arguments.speech_languages = "en,cy,ar"
        arguments.services, arguments.nodes = "50", 20
        arguments.soak_actions, arguments.soak_sample_every = 200, 100
    return arguments


class Bench:
    def __init__(self, arguments):
        self.args = arguments
        self.work = pathlib.Path(tempfile.mkdtemp(prefix="signpost-benchmark-"))
        screen = {"name": "benchmark", "x": 0, "y": 0, "width": 1920, "height": 1080,
                  "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1.0}
        config = self.work / "offscreen.json"
        config.write_text(json.dumps({"screens": [screen], "windowFrameMargins": False}))
        self.empty_conf = self.work / "signpost.conf"  # no system configuration: all defaults
        self.empty_conf.write_text("")
        env = dict(os.environ)
        # Never let a benchmark run talk to a service manager or a display.
        for name in ("NOTIFY_SOCKET", "WATCHDOG_USEC", "WATCHDOG_PID", "DISPLAY",
                     "WAYLAND_DISPLAY", "QT_SCALE_FACTOR", "QT_SCREEN_SCALE_FACTORS"):
            env.pop(name, None)
        env.update({"QT_QPA_PLATFORM": "offscreen:configfile=" + str(config),
                    "QT_QPA_OFFSCREEN_NO_GLX": "1", "LC_ALL": "C.UTF-8"})
        self.env = env
        self.results = {}

    # The two programs compared, as (name, command to first paint, command that stays).
    def programs(self):
        signpost = [self.args.signpost, "--mode", "kiosk", "--config", str(self.empty_conf)]
        return [("bare", [self.args.bare], [self.args.bare, "--stay"]),
                ("signpost", signpost + ["--quit-after-first-paint"], signpost)]

    def cleanup(self):
        shutil.rmtree(self.work, ignore_errors=True)

    # One start, timed by the runner (spawn) and the preloaded clock (exit asked after paint).
    def start_once(self, command):
        env = dict(self.env, LD_PRELOAD=os.path.abspath(self.args.preload))
        # An AddressSanitizer build wants its runtime first; the preloaded clock comes first.
        asan = env.get("ASAN_OPTIONS", "")
        env["ASAN_OPTIONS"] = (asan + ":" if asan else "") + "verify_asan_link_order=0"
        errors = self.work / "stderr.txt"
        with open(errors, "w") as stderr:
            begin = time.monotonic_ns()
            process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=stderr)
            _, status, usage = os.wait4(process.pid, 0)
            end = time.monotonic_ns()
            process.returncode = os.waitstatus_to_exitcode(status)
        text = errors.read_text(errors="replace")
        marks = [int(line[len(MARK):]) for line in text.splitlines() if line.startswith(MARK)]
        if process.returncode != 0 or not marks:
            raise RuntimeError(f"{command[0]} exited {process.returncode} without painting:\n{text}")
        return {"first_paint_ms": (marks[0] - begin) / 1e6, "exit_ms": (end - begin) / 1e6,
                "cpu_ms": (usage.ru_utime + usage.ru_stime) * 1e3,
                "peak_rss_kb": usage.ru_maxrss}

    def measure_start(self):
        for _, command, _ in self.programs():
            self.start_once(command)  # warm the page cache and fontconfig's cache first
        runs = {name: [] for name, _, _ in self.programs()}
        for i in range(self.args.runs):
            # Alternate the order so a change in machine load falls on both equally.
            order = self.programs() if i % 2 == 0 else list(reversed(self.programs()))
            for name, command, _ in order:
                runs[name].append(self.start_once(command))
        self.results["start"] = runs

    def measure_instructions(self):
        if self.args.callgrind_runs <= 0:
            return
        if not shutil.which("valgrind"):
            self.results["instructions_skipped"] = "valgrind is not installed"
            return
        counts = {}
        for name, command, _ in self.programs():
            counts[name] = []
            for run in range(self.args.callgrind_runs):
                out = self.work / f"callgrind.{name}.{run}"
                # Dump once when QCoreApplication::exit is entered (the call queued after the
                # first paint): part 1 is start → first paint, the rest is teardown.
                valgrind = ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}",
                            "--dump-before=QCoreApplication::exit*", "--dump-instr=no"]
                env = dict(self.env, QT_HASH_SEED="0")  # the same hashing every run
                done = subprocess.run(valgrind + command, env=env, stdout=subprocess.DEVNULL,
                                      stderr=subprocess.PIPE, text=True)
                if done.returncode != 0:
                    raise RuntimeError(f"callgrind of {name} failed:\n{done.stderr[-2000:]}")
                # out.1 holds the dump taken at exit(); out itself the rest (teardown).
                first_part = out.with_name(out.name + ".1")
                if not first_part.exists():
                    raise RuntimeError(f"callgrind of {name}: QCoreApplication::exit was never "
                                       "called, so there is no start → first paint part")
                before = callgrind_total(first_part)
                counts[name].append({"to_first_paint": before,
                                     "total": before + callgrind_total(out),
                                     "phases": callgrind_inclusive(first_part, START_PHASES)})
        self.results["instructions"] = counts

    # Where the content load goes at the largest generated size, by function (callgrind).
    def profile_content(self):
        if self.args.callgrind_runs <= 0 or not shutil.which("valgrind"):
            return
        largest = self.args.services.split(",")[-1]
        out = self.work / "callgrind.content"
        command = ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}",
                   "--toggle-collect=ContentLoader::loadFile*", "--dump-instr=no",
                   self.args.content_load, "--services", largest, "--nodes", str(self.args.nodes),
                   "--repeat", "1"]
        done = subprocess.run(command, env=dict(self.env, QT_HASH_SEED="0"),
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        if done.returncode != 0:
            raise RuntimeError(f"callgrind of the content load failed:\n{done.stderr[-2000:]}")
        # Two loads are collected: the built-in content (small), then the generated one.
        self.results["content_profile"] = {
            "services": int(largest), "total": callgrind_total(out),
            "functions": callgrind_inclusive(out, CONTENT_FUNCTIONS)}

    # A stayed-up program after it has settled: memory, then idle CPU over a period.
    def spawn_settled(self, command):
        process = subprocess.Popen(command, env=self.env, stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL)
        wait_until_quiet(process.pid)
        return process

    def measure_memory(self):
        memory = {}
        for name, _, command in self.programs():  # one at a time: shared pages split by 1
            process = self.spawn_settled(command)
            try:
                memory[name] = read_memory(process.pid)
            finally:
                stop(process)
        self.results["memory"] = memory

    def measure_idle(self):
        processes = {name: self.spawn_settled(command) for name, _, command in self.programs()}
        try:
            before = {name: read_activity(p.pid) for name, p in processes.items()}
            time.sleep(self.args.idle_seconds)
            after = {name: read_activity(p.pid) for name, p in processes.items()}
        finally:
            for process in processes.values():
                stop(process)
        idle = {}
        for name in processes:
            seconds = (after[name]["at"] - before[name]["at"]) / 1e9
            cpu = (after[name]["ticks"] - before[name]["ticks"]) / CLOCK_TICKS
            idle[name] = {"seconds": seconds, "cpu_ms": cpu * 1e3,
                          "cpu_percent": 100 * cpu / seconds,
                          "wakeups_per_s": (after[name]["switches"] - before[name]["switches"])
                          / seconds}
        self.results["idle"] = idle

    def measure_latency(self):
        command = [self.args.latency, "--transitions", str(self.args.transitions),
                   "--quick-exits", str(self.args.quick_exits), "--actions", str(self.args.actions),
                   "--languages", self.args.languages,
                   "--language-transitions", str(self.args.language_transitions),
                   "--language-changes", str(self.args.language_changes)]
        if self.args.smoke:
            command += ["--warm-up", "5"]
        self.results["latency"] = run_json(command, self.env)

    # The same English walk while other programs want every core: a kiosk PC doing its updates
    # or a virus scan. Each spinning process runs at normal priority, as such work would.
    def measure_busy_latency(self):
        if self.args.busy_transitions <= 0 or self.args.busy_processes <= 0:
            return
        command = [self.args.latency, "--transitions", str(self.args.busy_transitions),
                   "--quick-exits", "0", "--actions", "0", "--languages", "",
                   "--language-transitions", "0", "--language-changes", "0"]
        if self.args.smoke:
            command += ["--warm-up", "5"]
        spinners = [subprocess.Popen([sys.executable, "-c", "while True: pass"],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                    for _ in range(self.args.busy_processes)]
        try:
            latency = run_json(command, self.env)
        finally:
            for spinner in spinners:
                stop(spinner)
        self.results["busy_latency"] = {"processes": len(spinners), "latency": latency}

    def measure_speech(self):
        command = [self.args.speech, "--transitions", str(self.args.speech_transitions),
                   "--quick-exits", str(self.args.speech_quick_exits),
                   "--languages", self.args.speech_languages]
        if self.args.smoke:
            command += ["--warm-up", "1"]
        self.results["speech"] = run_json(command, self.env)

    def measure_soak(self):
        if self.args.soak_actions <= 0:
            return
        command = [self.args.soak, "--actions", str(self.args.soak_actions),
                   "--sample-every", str(self.args.soak_sample_every)]
        self.results["soak"] = run_json(command, self.env)["soak"]

    def measure_content(self):
        command = [self.args.content_load, "--services", self.args.services,
                   "--nodes", str(self.args.nodes)]
        if self.args.smoke:
            command += ["--repeat", "1"]
        self.results["content"] = run_json(command, self.env)["content_load"]


def callgrind_total(path):
    for line in path.read_text(errors="replace").splitlines():
        if line.startswith(("summary:", "totals:")):
            return int(line.split()[1])
    return 0


def callgrind_inclusive(path, functions):
    if not shutil.which("callgrind_annotate"):
        return {}
    done = subprocess.run(["callgrind_annotate", "--inclusive=yes", "--threshold=100", str(path)],
                          stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    found = {}
    # "  1,234 (12.34%)  file:function [object]", file being ??? without debug information
    entry = re.compile(r"^\s*([\d,]+)\s+\(\s*[\d.]+%\)\s+(?:\?\?\?|[^\s:]+):(.*?)(?: \[.*\])?$")
    for line in done.stdout.splitlines():
        match = entry.match(line)
        if not match or "'" in match.group(2):  # no entry, or a recursion cycle's second one
            continue
        for prefix, _ in functions:
            if prefix not in found and match.group(2).startswith(prefix):
                found[prefix] = int(match.group(1).replace(",", ""))
    return found


def run_json(command, env):
    done = subprocess.run(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          text=True)
    if done.returncode != 0:
        raise RuntimeError(f"{command[0]} exited {done.returncode}:\n{done.stdout[-2000:]}"
                           f"\n{done.stderr[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def cpu_ticks(pid):
    fields = pathlib.Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])  # utime + stime, all threads


def wait_until_quiet(pid, quiet_s=0.5, timeout_s=60.0):
    """Up and idle: at least a second old and no CPU tick used for half a second."""
    start = time.monotonic()
    last, since = cpu_ticks(pid), time.monotonic()
    while time.monotonic() - start < timeout_s:
        time.sleep(0.05)
        ticks = cpu_ticks(pid)
        if ticks != last:
            last, since = ticks, time.monotonic()
        elif time.monotonic() - since >= quiet_s and time.monotonic() - start >= 1.0:
            return
    raise RuntimeError(f"process {pid} did not settle within {timeout_s} s")


def read_memory(pid):
    values = {}
    for line in pathlib.Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines()[1:]:
        key, _, rest = line.partition(":")
        values[key.strip()] = int(rest.split()[0])
    status = pathlib.Path(f"/proc/{pid}/status").read_text()
    hwm = next(int(line.split()[1]) for line in status.splitlines() if line.startswith("VmHWM:"))
    return {"rss_kb": values["Rss"], "pss_kb": values["Pss"],
            "uss_kb": values.get("Private_Clean", 0) + values.get("Private_Dirty", 0),
            "peak_rss_kb": hwm}


def read_activity(pid):
    switches = 0
    for task in pathlib.Path(f"/proc/{pid}/task").iterdir():
        for line in (task / "status").read_text().splitlines():
            if line.startswith(("voluntary_ctxt_switches:", "nonvoluntary_ctxt_switches:")):
                switches += int(line.split()[1])
    return {"at": time.monotonic_ns(), "ticks": cpu_ticks(pid), "switches": switches}


def stop(process):
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def main():
    arguments = parse_arguments()
    bench = Bench(arguments)
    load_before = os.getloadavg()[0]
    steps = [("start", bench.measure_start), ("instructions", bench.measure_instructions),
             ("memory", bench.measure_memory), ("idle CPU", bench.measure_idle),
             ("latency", bench.measure_latency),
             ("latency, machine busy", bench.measure_busy_latency),
             ("read aloud", bench.measure_speech),
             ("content load", bench.measure_content),
             ("content load profile", bench.profile_content), ("soak", bench.measure_soak)]
    try:
        for label, step in steps:
            print(f"benchmark: {label}…", file=sys.stderr, flush=True)
            step()
        text = report(bench, load_before)
    except (RuntimeError, OSError, KeyError, ValueError) as problem:
        print(f"benchmark: {problem}", file=sys.stderr)
        return 1
    finally:
        bench.cleanup()
    if arguments.json:
        pathlib.Path(arguments.json).write_text(json.dumps(bench.results, indent=1))
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
