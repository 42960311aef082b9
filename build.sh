#!/usr/bin/env bash
# Signpost's two commands:
#   ./build.sh run   install what is missing, build, and run Signpost in a window
#   ./build.sh test  install what is missing, build, and run every test headless
#   ./build.sh package  the same set-up, then the Debian package (release preset)
# Extra arguments after "run" go to signpost (for example: ./build.sh run --mode staff).
# SIGNPOST_PRESET picks the CMake preset (dev by default; CI uses ci, which adds -Werror).
set -euo pipefail
cd "$(dirname "$0")"

# The one list of Debian 12 packages Signpost needs to build, run and test.
DEBIAN_PACKAGES=(
    cmake ninja-build g++ pkgconf clang-format
    qt6-base-dev qt6-base-dev-tools qt6-base-private-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools
    qt6-qpa-plugins libgl-dev
    libqrencode-dev libzbar-dev zbar-tools libsodium-dev poppler-utils minisign libgraphviz-dev
    fonts-dejavu-core fonts-noto-core tzdata
    python3 python3-jsonschema
    xvfb xauth
    valgrind clang-14 libclang-rt-14-dev
    strace prometheus-node-exporter
    libespeak-ng-dev espeak-ng-data libasound2-dev
    libsystemd-dev dpkg-dev file librsvg2-bin man-db systemd lintian appstream desktop-file-utils
    cage xwayland qt6-wayland
    mmdebstrap piuparts
)

say() { printf 'build.sh: %s\n' "$*"; }

install_missing_packages() {
    local missing=()
    local pkg
    for pkg in "${DEBIAN_PACKAGES[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
            missing+=("$pkg")
        fi
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { say "need root or sudo to install: ${missing[*]}"; exit 1; }
        sudo=(sudo)
    fi
    say "installing ${missing[*]}"
    "${sudo[@]}" apt-get update -q
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
}

configure_and_build() {
    local preset=$1
    if [ ! -f "build/$preset/CMakeCache.txt" ]; then
        cmake --preset "$preset"
    fi
    cmake --build --preset "$preset"
}

preset=${SIGNPOST_PRESET:-dev}
command=${1:-}
case "$command" in
run)
    shift
    install_missing_packages
    configure_and_build "$preset"
    exec "build/$preset/app/signpost" --windowed "$@"
    ;;
test)
    install_missing_packages
    configure_and_build "$preset"
    QT_QPA_PLATFORM=offscreen ctest --preset "$preset"
    ;;
package)
    # The Debian package, from the release preset: build/release/signpost_<version>_<arch>.deb
    install_missing_packages
    configure_and_build release
    cmake --build --preset release --target package
    ;;
*)
    echo "usage: ./build.sh run [signpost options] | ./build.sh test | ./build.sh package" >&2
    exit 2
    ;;
esac
