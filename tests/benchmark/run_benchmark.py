#!/usr/bin/env python3
"""Signpost against a bare Qt Widgets window, side by side, in one run (issue 9).

Prints Markdown tables: start to first paint (wall, CPU, instructions), memory, idle CPU,
screen-change and quick-exit latency, content load + validation, and RSS over 10,000 actions.
Everything runs on Qt's offscreen platform with one 1920x1080 screen. Benchmarks print figures;
nothing here fails on a slow machine. `--smoke` runs every program once with tiny sizes and
fails only if one of them does not run or report (the benchmark_smoke test).

Normally started by tests/benchmark/run.sh or `cmake --build <dir> --target benchmark`, which
pass the paths of the programs built from this tree.
"""

import argparse
import datetime
import json
import math
import os
import pathlib
import platform
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time

MARK = "signpost-benchmark: exit-requested-ns "
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def parse_arguments():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    for name in ("signpost", "bare", "preload", "latency", "content-load"):
        parser.add_argument("--" + name, required=True, help="path of the built program")
    parser.add_argument("--runs", type=int, default=10, help="start runs of each program (>= 10)")
    parser.add_argument("--callgrind-runs", type=int, default=1,
                        help="callgrind runs of each program (0: no instruction counts)")
    parser.add_argument("--idle-seconds", type=float, default=60.0, help="idle CPU period")
    parser.add_argument("--transitions", type=int, default=1000)
    parser.add_argument("--quick-exits", type=int, default=1000)
    parser.add_argument("--actions", type=int, default=10000)
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
        arguments.services, arguments.nodes = "50", 20
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
                   "--quick-exits", str(self.args.quick_exits), "--actions", str(self.args.actions)]
        if self.args.smoke:
            command += ["--warm-up", "5"]
        self.results["latency"] = run_json(command, self.env)

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


# Inclusive instructions of a few functions, to say where Signpost's start goes (first match of
# each name prefix; a program without the function simply has no entry).
START_PHASES = [
    ("QApplication::QApplication(", "QApplication constructor"),
    ("chooseContent(", "content load + validation (built-in content)"),
    ("KioskSession::KioskSession(", "building the kiosk window and its five screens"),
    ("KioskSession::start(", "lockdown, then showing full screen"),
    ("QWidget::showFullScreen(", "showing full screen"),
    ("QApplication::exec(", "event loop up to the first paint"),
    # Inside the rows above:
    ("KioskWindow::applyScale(", "style sheet for the window's scale, applied twice: in the "
     "constructor (default size), again on the resize to full screen"),
    ("QWidget::setWindowFlags(", "frameless/on-top window flags set on the finished window "
     "(re-polishes every widget)"),
    ("OutcomeScreen::OutcomeScreen(", "outcome screen built at start, hidden"),
    ("PrivacyScreen::PrivacyScreen(", "privacy screen built at start, hidden"),
]
TOP_LEVEL_PHASES = 6  # the first rows split the run; the rest are inside them
CONTENT_FUNCTIONS = [
    ("ContentLoader::loadFile(", "everything"),
    ("QJsonDocument::fromJson(", "JSON parse (Qt)"),
    ("ContentReader::read(", "reading and checking every field"),
    ("JsonPointer::operator/(QString", "  of which: building a JSON pointer for every field"),
    ("JsonFieldReader::warnUnknownFields(", "  of which: unknown-field check"),
    ("OpeningHoursReader::read(", "  of which: opening hours"),
    ("PathwayReader::read(", "reading pathway nodes"),
    ("PathwayChecker::check(", "pathway graph checks"),
    ("Content::service(", "  of which: finding a service by id (a linear search per reference)"),
]


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


# ---- the report --------------------------------------------------------------------------------

def percentile(values, p):
    ordered = sorted(values)
    return ordered[max(0, math.ceil(p / 100 * len(ordered)) - 1)] if ordered else float("nan")


def ms(value, digits=1):
    return f"{value:.{digits}f} ms"


def mb(kilobytes):
    return f"{kilobytes / 1024:.1f} MB"


def verdict(met):
    return "met" if met else "**missed**"


def build_type(signpost):
    for folder in pathlib.Path(signpost).resolve().parents:
        cache = folder / "CMakeCache.txt"
        if cache.exists():
            for line in cache.read_text(errors="replace").splitlines():
                if line.startswith("CMAKE_BUILD_TYPE:"):
                    return line.split("=", 1)[1] or "(none)"
    return "unknown"


def describe_machine(arguments):
    root = pathlib.Path(__file__).resolve().parents[2]
    commit = subprocess.run(["git", "-C", str(root), "describe", "--always", "--dirty"],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    model = next((line.split(":", 1)[1].strip() for line in
                  pathlib.Path("/proc/cpuinfo").read_text().splitlines()
                  if line.startswith("model name")), platform.machine())
    return (f"Signpost {commit.stdout.strip() or '?'}, {build_type(arguments.signpost)} build, "
            f"{datetime.date.today()}; {os.cpu_count()} × {model}; offscreen platform, one "
            f"1920x1080 screen")


def start_table(r, a):
    start, mem, idle = r["start"], r["memory"], r["idle"]
    med = {name: {key: statistics.median(run[key] for run in runs) for key in runs[0]}
           for name, runs in start.items()}
    b, s = med["bare"], med["signpost"]
    lines = ["## Start and memory", "",
             "| measure | bare Qt window | Signpost | Signpost ÷ bare | target | |",
             "| --- | ---: | ---: | ---: | --- | --- |"]
    ratio = s["first_paint_ms"] / b["first_paint_ms"]
    lines.append(f"| start → first paint, wall, median of {a.runs} | {ms(b['first_paint_ms'])} | "
                 f"{ms(s['first_paint_ms'])} | {ratio:.2f}× | ≤ 1.3× | {verdict(ratio <= 1.3)} |")
    lines.append(f"| start → exit, CPU time (user + system), median | {ms(b['cpu_ms'])} | "
                 f"{ms(s['cpu_ms'])} | {s['cpu_ms'] / b['cpu_ms']:.2f}× | | |")
    if "instructions" in r:
        ins = r["instructions"]
        bi = statistics.median(x["to_first_paint"] for x in ins["bare"])
        si = statistics.median(x["to_first_paint"] for x in ins["signpost"])
        bt = statistics.median(x["total"] for x in ins["bare"])
        st = statistics.median(x["total"] for x in ins["signpost"])
        lines.append(f"| start → first paint, instructions (callgrind) | {bi / 1e6:.0f} M | "
                     f"{si / 1e6:.0f} M | {si / bi:.2f}× | ≤ 1.5× | {verdict(si / bi <= 1.5)} |")
        lines.append(f"| the same with teardown after the paint | {bt / 1e6:.0f} M | "
                     f"{st / 1e6:.0f} M | {st / bt:.2f}× | | |")
    elif "instructions_skipped" in r:
        lines.append(f"| instructions | | | | ≤ 1.5× | not measured: {r['instructions_skipped']} |")
    peak_b = statistics.median(x["peak_rss_kb"] for x in start["bare"])
    peak_s = statistics.median(x["peak_rss_kb"] for x in start["signpost"])
    lines.append(f"| peak RSS to first paint (VmHWM) | {mb(peak_b)} | {mb(peak_s)} | "
                 f"+{mb(peak_s - peak_b)} | | |")
    for key, label in (("rss_kb", "RSS, up and idle"), ("pss_kb", "PSS, up and idle"),
                       ("uss_kb", "USS (private pages), up and idle")):
        diff = mem["signpost"][key] - mem["bare"][key]
        target, met = ("≤ bare + 10 MB", verdict(diff <= 10 * 1024)) if key == "pss_kb" else ("", "")
        lines.append(f"| {label} | {mb(mem['bare'][key])} | {mb(mem['signpost'][key])} | "
                     f"+{mb(diff)} | {target} | {met} |")
    lines.append(f"| idle CPU over {a.idle_seconds:.0f} s on the first screen | "
                 f"{idle['bare']['cpu_percent']:.2f} % ({ms(idle['bare']['cpu_ms'], 0)}) | "
                 f"{idle['signpost']['cpu_percent']:.2f} % ({ms(idle['signpost']['cpu_ms'], 0)}) | "
                 f"| ≈ 0 | {verdict(idle['signpost']['cpu_percent'] < 0.1)} |")
    lines.append(f"| wake-ups while idle (context switches) | "
                 f"{idle['bare']['wakeups_per_s']:.2f}/s | {idle['signpost']['wakeups_per_s']:.2f}/s "
                 f"| | no busy timers | {verdict(idle['signpost']['wakeups_per_s'] < 1)} |")
    lines += ["", "Instructions count user-space work only; wall and CPU time also include the "
              "kernel loading libraries and faulting pages in, much the same for both programs, "
              "so their ratios are lower. PSS and USS depend on which other processes map the same "
              "Qt libraries at the time (on a kiosk, none: PSS is then close to RSS); the "
              "difference between the two programs is the steady figure."]
    return lines


def phases_table(r):
    if "instructions" not in r:
        return []
    phases = {name: runs[0]["phases"] for name, runs in r["instructions"].items()}
    totals = {name: runs[0]["to_first_paint"] for name, runs in r["instructions"].items()}
    lines = ["", "### Where the start instructions go (callgrind, inclusive)", "",
             "| part | bare Qt window | Signpost |", "| --- | ---: | ---: |"]

    def cell(name, prefix):
        value = phases[name].get(prefix)
        return f"{value / 1e6:.0f} M" if value else "—"

    rest = {}
    for name in phases:
        # showFullScreen is inside KioskSession::start for Signpost: count it once.
        counted = [p for p, _ in START_PHASES[:TOP_LEVEL_PHASES]
                   if not (p == "QWidget::showFullScreen(" and "KioskSession::start(" in phases[name])]
        rest[name] = totals[name] - sum(phases[name].get(p, 0) for p in counted)
    lines.append(f"| loading libraries, static initialisers, the rest of main | "
                 f"{rest['bare'] / 1e6:.0f} M | {rest['signpost'] / 1e6:.0f} M |")
    for index, (prefix, label) in enumerate(START_PHASES):
        if index == TOP_LEVEL_PHASES:
            lines.append("| *inside the rows above:* | | |")
        if prefix == "QWidget::showFullScreen(" and "KioskSession::start(" in phases["signpost"]:
            label += " (Signpost: inside the row above)"
        lines.append(f"| {label} | {cell('bare', prefix)} | {cell('signpost', prefix)} |")
    lines.append(f"| **to the first paint** | {totals['bare'] / 1e6:.0f} M | "
                 f"{totals['signpost'] / 1e6:.0f} M |")
    return lines


def latency_table(lat):
    lines = ["", "## Response: tap → next screen painted", "",
             f"Window {lat['window'][0]}x{lat['window'][1]}, Qt {lat.get('qt', '?')}, built-in "
             "content, seeded random walk. Timed from the finger lifting (the release) to the end "
             "of the first repaint that began after the screen changed; *CPU* is the thread's CPU "
             "time over the same span; *waiting* is wall minus CPU, time the thread was ready but "
             "not running (other programs on the machine).", "",
             "| transition | taps | p50 | p99 | max | CPU p50 | CPU p99 | waiting p99 | "
             "target: p99 ≤ 16 ms |",
             "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |"]
    rows = [("screen change, all", lat["screen_change"].get("all"), True)]
    rows += [(f"  → {k}", v, False) for k, v in sorted(lat["screen_change"].items()) if k != "all"]
    rows += [("quick exit, “Leave this screen”", lat["quick_exit_button"], True),
             ("quick exit, Shift ×3", lat["quick_exit_shift"], True)]
    for label, sample, judged in rows:
        if not sample or not sample["first_frame_ns"]:
            continue
        wall = [x / 1e6 for x in sample["first_frame_ns"]]
        cpu = [x / 1e6 for x in sample["cpu_ns"]]
        waiting = [max(0.0, w - c) for w, c in zip(wall, cpu)]
        met = ""
        if judged:
            met = verdict(percentile(wall, 99) <= 16)
            if percentile(wall, 99) > 16 and percentile(cpu, 99) <= 16:
                met += " (CPU p99 within)"
        missed = f" ({sample['missed']} without a frame)" if sample["missed"] else ""
        lines.append(f"| {label} | {len(wall)}{missed} | {ms(percentile(wall, 50))} | "
                     f"{ms(percentile(wall, 99))} | {ms(max(wall))} | {ms(percentile(cpu, 50))} | "
                     f"{ms(percentile(cpu, 99))} | {ms(percentile(waiting, 99))} | {met} |")
    return lines


def content_table(r):
    content = r["content"]
    lines = ["", "## Content load + validation", "",
             "`ContentLoader::loadFile` as Signpost uses it: read, guards, JSON parse, every "
             "field, pathway checks. Medians; CPU is the thread's CPU time.", "",
             "| content | services | nodes | size | load + validate | CPU | of which JSON parse "
             "| target |",
             "| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |"]
    generated = [c for c in content if c["label"] == "generated" and c["errors"] == 0]
    for c in content:
        if c["errors"]:
            lines.append(f"| {c['label']} | {c['services']} | {c['nodes']} | "
                         f"{c['bytes'] / 1e6:.2f} MB | not loaded: {c['first_error']} | | | |")
            continue
        services = c["services"] if c["services"] > 0 else "12 (built-in)"
        nodes = c["nodes"] if c["nodes"] > 0 else "29 (built-in)"
        target = ""
        if c["services"] == 10000:
            target = f"≤ 100 ms: {verdict(c['load_wall_ns'] / 1e6 <= 100)}"
        lines.append(f"| {c['label']} | {services} | {nodes} | {c['bytes'] / 1e6:.2f} MB | "
                     f"{ms(c['load_wall_ns'] / 1e6)} | {ms(c['load_cpu_ns'] / 1e6)} | "
                     f"{ms(c['parse_wall_ns'] / 1e6)} | {target} |")
    if len(generated) >= 2:
        # Cost added by each extra service between successive sizes (CPU time, the nodes being
        # the same): constant when the growth is linear, rising when it is worse.
        pairs = list(zip(generated, generated[1:]))
        steps = [(y["load_cpu_ns"] - x["load_cpu_ns"]) / (y["services"] - x["services"]) / 1e3
                 for x, y in pairs]
        text = ", ".join(f"{x['services']}→{y['services']}: {step:.1f} µs"
                         for (x, y), step in zip(pairs, steps))
        linear = steps[-1] <= 1.5 * max(steps[0], 1e-9)
        lines += ["", f"Cost of each extra service (CPU time, the same {generated[0]['nodes']} "
                      f"nodes): {text}. Linear growth (the last step at most 1.5× the first): "
                      f"{verdict(linear)}."]
    profile = r.get("content_profile")
    if profile and profile["functions"]:
        total = profile["functions"].get("ContentLoader::loadFile(", profile["total"])
        lines += ["", f"Where the instructions go, loading the built-in content and then "
                      f"{profile['services']:,} services (callgrind, inclusive):", "",
                  "| part | instructions | share |", "| --- | ---: | ---: |"]
        for prefix, label in CONTENT_FUNCTIONS:
            value = profile["functions"].get(prefix)
            if value:
                lines.append(f"| {label} | {value / 1e6:.0f} M | {100 * value / total:.0f} % |")
    return lines


def memory_table(lat):
    grow_rss = lat["rss_kb_after_actions"] - lat["rss_kb_after_warm_up"]
    grow_heap = lat["heap_bytes_after_actions"] - lat["heap_bytes_after_warm_up"]
    return ["", "## Memory over many actions", "",
            "| RSS after warm-up | after {:,} more actions | growth | heap in use (malloc) growth |"
            .format(lat["actions_after_warm_up"]),
            "| ---: | ---: | ---: | ---: |",
            f"| {mb(lat['rss_kb_after_warm_up'])} | {mb(lat['rss_kb_after_actions'])} | "
            f"{'+' if grow_rss >= 0 else ''}{mb(grow_rss)} | "
            f"{'+' if grow_heap >= 0 else ''}{grow_heap / 1024:.0f} kB |"]


def report(bench, load_before):
    r, a = bench.results, bench.args
    lines = ["# Signpost performance against a bare Qt window", "",
             describe_machine(a) + ".",
             f"Load average {load_before:.2f} before, {os.getloadavg()[0]:.2f} after: wall times "
             "on a shared machine are noisy; CPU time and instruction counts are the steadier "
             "figures.", ""]
    lines += start_table(r, a)
    lines += phases_table(r)
    lines += latency_table(r["latency"])
    lines += content_table(r)
    lines += memory_table(r["latency"])
    return "\n".join(lines)


def main():
    arguments = parse_arguments()
    bench = Bench(arguments)
    load_before = os.getloadavg()[0]
    steps = [("start", bench.measure_start), ("instructions", bench.measure_instructions),
             ("memory", bench.measure_memory), ("idle CPU", bench.measure_idle),
             ("latency", bench.measure_latency), ("content load", bench.measure_content),
             ("content load profile", bench.profile_content)]
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
