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
                                     "total": before + callgrind_total(out)})
        self.results["instructions"] = counts

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


def report(bench, load_before):
    r, a = bench.results, bench.args
    lines = [f"# Signpost performance against a bare Qt window", "",
             describe_machine(a) + ".",
             f"Load average {load_before:.2f} before, {os.getloadavg()[0]:.2f} after: wall times "
             "on a shared machine are noisy; CPU time and instruction counts are the steadier "
             "figures.", ""]

    start, mem, idle = r["start"], r["memory"], r["idle"]
    med = {name: {key: statistics.median(run[key] for run in runs) for key in runs[0]}
           for name, runs in start.items()}
    b, s = med["bare"], med["signpost"]
    lines += ["## Start and memory", "",
              "| measure | bare Qt window | Signpost | Signpost ÷ bare | target | |",
              "| --- | ---: | ---: | ---: | --- | --- |"]
    ratio = s["first_paint_ms"] / b["first_paint_ms"]
    lines.append(f"| start → first paint, wall, median of {a.runs} | {ms(b['first_paint_ms'])} | "
                 f"{ms(s['first_paint_ms'])} | {ratio:.2f}× | ≤ 1.3× | {verdict(ratio <= 1.3)} |")
    cpu_ratio = s["cpu_ms"] / b["cpu_ms"]
    lines.append(f"| start → exit, CPU time (user + system), median | {ms(b['cpu_ms'])} | "
                 f"{ms(s['cpu_ms'])} | {cpu_ratio:.2f}× | | |")
    lines.append(f"| start → exit, wall, median | {ms(b['exit_ms'])} | {ms(s['exit_ms'])} | "
                 f"{s['exit_ms'] / b['exit_ms']:.2f}× | | |")
    if "instructions" in r:
        ins = r["instructions"]
        bi = statistics.median(x["to_first_paint"] for x in ins["bare"])
        si = statistics.median(x["to_first_paint"] for x in ins["signpost"])
        bt = statistics.median(x["total"] for x in ins["bare"])
        st = statistics.median(x["total"] for x in ins["signpost"])
        lines.append(f"| start → first paint, instructions (callgrind) | {bi / 1e6:.0f} M | "
                     f"{si / 1e6:.0f} M | {si / bi:.2f}× | ≤ 1.5× | {verdict(si / bi <= 1.5)} |")
        lines.append(f"| whole run incl. teardown, instructions | {bt / 1e6:.0f} M | "
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

    lat = r["latency"]
    lines += ["", "## Response: tap → next screen painted", "",
              f"Window {lat['window'][0]}x{lat['window'][1]}, built-in content, seeded random "
              "walk. *First frame*: the end of the first repaint after the tap (the new screen in "
              "the backing store); *settled*: the end of the last repaint before the event queue "
              "is empty.", "",
              "| transition | taps | first frame p50 | p99 | max | settled p99 | CPU p99 | "
              "target p99 ≤ 16 ms |",
              "| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |"]
    rows = [(f"screen change → {k}", v) for k, v in sorted(lat["screen_change"].items())
            if k != "all"]
    rows.insert(0, ("screen change, all", lat["screen_change"].get("all")))
    rows += [("quick exit, “Leave this screen”", lat["quick_exit_button"]),
             ("quick exit, Shift ×3", lat["quick_exit_shift"])]
    for label, sample in rows:
        if not sample or not sample["first_frame_ns"]:
            continue
        first = [x / 1e6 for x in sample["first_frame_ns"]]
        settled = [x / 1e6 for x in sample["settled_ns"]]
        cpu = [x / 1e6 for x in sample["cpu_ns"]]
        met = verdict(percentile(first, 99) <= 16) if label in (
            "screen change, all", "quick exit, “Leave this screen”", "quick exit, Shift ×3") else ""
        missed = f" ({sample['missed']} without a frame)" if sample["missed"] else ""
        lines.append(f"| {label} | {len(first)}{missed} | {ms(percentile(first, 50))} | "
                     f"{ms(percentile(first, 99))} | {ms(max(first))} | "
                     f"{ms(percentile(settled, 99))} | {ms(percentile(cpu, 99))} | {met} |")

    content = r["content"]
    lines += ["", "## Content load + validation", "",
              "`ContentLoader::loadFile`: read, guards, JSON parse, every field, pathway checks; "
              "median wall (thread CPU alongside).", "",
              "| content | services | nodes | size | load + validate | CPU | of which JSON parse "
              "| per service | target |",
              "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |"]
    generated = [c for c in content if c["label"] == "generated" and c["errors"] == 0]
    for c in content:
        if c["errors"]:
            lines.append(f"| {c['label']} | {c['services']} | {c['nodes']} | "
                         f"{c['bytes'] / 1e6:.2f} MB | not loaded: {c['first_error']} | | | | |")
            continue
        services = c["services"] if c["services"] > 0 else "12 (built-in)"
        nodes = c["nodes"] if c["nodes"] > 0 else "29 (built-in)"
        per = f"{c['load_wall_ns'] / c['services'] / 1e3:.1f} µs" if c["services"] > 0 else ""
        target = ""
        if c["services"] == 10000:
            target = f"≤ 100 ms: {verdict(c['load_wall_ns'] / 1e6 <= 100)}"
        lines.append(f"| {c['label']} | {services} | {nodes} | {c['bytes'] / 1e6:.2f} MB | "
                     f"{ms(c['load_wall_ns'] / 1e6)} | {ms(c['load_cpu_ns'] / 1e6)} | "
                     f"{ms(c['parse_wall_ns'] / 1e6)} | {per} | {target} |")
    if len(generated) >= 2:
        # Cost added by each extra service between successive sizes (CPU time, the nodes being
        # the same): constant when the growth is linear, rising when it is worse.
        steps = []
        for small, large in zip(generated, generated[1:]):
            steps.append((large["load_cpu_ns"] - small["load_cpu_ns"])
                         / (large["services"] - small["services"]) / 1e3)
        text = ", ".join(f"{x['services']}→{y['services']}: {step:.1f} µs"
                         for (x, y), step in zip(zip(generated, generated[1:]), steps))
        linear = steps[-1] <= 1.5 * max(steps[0], 1e-9)
        lines += ["", f"Cost of each extra service (CPU time, same {generated[0]['nodes']} nodes): "
                      f"{text}. Linear growth (the last step no more than 1.5× the first): "
                      f"{verdict(linear)}."]

    grow_rss = lat["rss_kb_after_actions"] - lat["rss_kb_after_warm_up"]
    grow_heap = lat["heap_bytes_after_actions"] - lat["heap_bytes_after_warm_up"]
    lines += ["", "## Memory over many actions", "",
              "| after warm-up | after {:,} more actions | growth | heap in use (malloc) growth |"
              .format(lat["actions_after_warm_up"]),
              "| ---: | ---: | ---: | ---: |",
              f"| {mb(lat['rss_kb_after_warm_up'])} | {mb(lat['rss_kb_after_actions'])} | "
              f"{'+' if grow_rss >= 0 else ''}{mb(grow_rss)} | "
              f"{'+' if grow_heap >= 0 else ''}{grow_heap / 1024:.0f} kB |"]
    return "\n".join(lines)


def main():
    arguments = parse_arguments()
    bench = Bench(arguments)
    load_before = os.getloadavg()[0]
    steps = [("start", bench.measure_start), ("instructions", bench.measure_instructions),
             ("memory", bench.measure_memory), ("idle CPU", bench.measure_idle),
             ("latency", bench.measure_latency), ("content load", bench.measure_content)]
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
