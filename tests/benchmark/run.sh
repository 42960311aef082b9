#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The performance benchmark in one command, from a clean clone:
#   tests/benchmark/run.sh [options]      e.g. --idle-seconds 10 --runs 20 --json out.json
# Installs any missing Debian package from build.sh's DEBIAN_PACKAGES (valgrind among them),
# configures a Release build in build/benchmark (SIGNPOST_BENCHMARK_BUILD to change it), builds
# signpost and the benchmark programs, runs everything and prints the tables.
# tests/benchmark/run_benchmark.py --help lists the options.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${SIGNPOST_BENCHMARK_BUILD:-$root/build/benchmark}

# The one package list lives in build.sh; read it rather than keep a second copy.
eval "$(sed -n '/^DEBIAN_PACKAGES=(/,/^)/p' "$root/build.sh")"
missing=()
for pkg in "${DEBIAN_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
    sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    echo "run.sh: installing ${missing[*]}" >&2
    "${sudo[@]}" apt-get update -q >&2
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}" >&2
fi

if [ ! -f "$build/CMakeCache.txt" ]; then
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DSIGNPOST_BUILD_TESTS=ON >&2
fi
# Build output goes to standard error: standard output is the table alone.
cmake --build "$build" --target signpost signpost_bare_window signpost_first_paint_clock \
    signpost_latency signpost_content_load signpost_soak signpost_speech_latency >&2

exec python3 "$root/tests/benchmark/run_benchmark.py" \
    --signpost "$build/app/signpost" \
    --bare "$build/tests/benchmark/signpost_bare_window" \
    --preload "$build/tests/benchmark/libsignpost_first_paint_clock.so" \
    --latency "$build/tests/benchmark/signpost_latency" \
    --content-load "$build/tests/benchmark/signpost_content_load" \
    --soak "$build/tests/benchmark/signpost_soak" \
    --speech "$build/tests/benchmark/signpost_speech_latency" \
    "$@"
