#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A kiosk's metrics_textfile, scraped the way a force's monitoring does: the real signpost
starts as a kiosk (offscreen, to its first paint) with metrics_textfile in a temporary directory,
the real prometheus-node-exporter serves that directory with only its textfile collector on
127.0.0.1 (a free port), and a scrape finds Signpost's metrics, read without error. Fails, never
skips, when node_exporter is not installed (Debian: prometheus-node-exporter)."""

import argparse
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request

EXPECTED = ("signpost_info{", "signpost_content_info{", "signpost_content_version ",
            "signpost_crash_loop ", "signpost_content_fallback{", "signpost_language_enabled{",
            "signpost_start_time_seconds ")


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
    arguments = parser.parse_args()
    exporter = shutil.which("prometheus-node-exporter") or shutil.which("node_exporter")
    if not exporter:
        print("FAIL: prometheus-node-exporter is not installed (Debian: prometheus-node-exporter)")
        return 1
    with tempfile.TemporaryDirectory() as work:
        textfiles = os.path.join(work, "textfile")
        os.mkdir(textfiles)
        config = os.path.join(work, "signpost.conf")
        with open(config, "w", encoding="utf-8") as file:
            file.write("[signpost]\ncontent_directory=no-content-store\n"
                       f"metrics_textfile={os.path.join(textfiles, 'signpost.prom')}\n")
        environment = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_RUNTIME_DIR=work,
                           HOME=work)
        run = subprocess.run([arguments.signpost, "--config", config, "--mode", "kiosk",
                              "--windowed", "--quit-after-first-paint"],
                             env=environment, capture_output=True, text=True, timeout=120)
        if run.returncode != 0:
            print(f"FAIL: signpost exited {run.returncode}\n{run.stdout}{run.stderr}")
            return 1
        written = sorted(os.listdir(textfiles))
        if written != ["signpost.prom"]:
            print(f"FAIL: the textfile directory holds {written}, not just signpost.prom")
            return 1

        port = free_port()
        server = subprocess.Popen([exporter, f"--web.listen-address=127.0.0.1:{port}",
                                   "--collector.disable-defaults", "--collector.textfile",
                                   f"--collector.textfile.directory={textfiles}"],
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
    print(f"node_exporter ({exporter}) on 127.0.0.1:{port} served {len(body.splitlines())} lines")
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
