#!/usr/bin/env bash
# VRAM Planner set-up for Debian 12 (run as root, or with sudo available).
#   scripts/setup.sh run    install what is needed, build, start the program
#   scripts/setup.sh test   install what is needed, build, run every test
# Both are idempotent: packages already present are not fetched again and the
# build directory is reused.
set -euo pipefail

cd "$(dirname "$0")/.."
mode="${1:-}"
build_dir="${BUILD_DIR:-build}"
jobs="$(nproc 2>/dev/null || echo 2)"

# What building and running needs; the tests need more (an X server, PDF tools, clang's
# sanitizers and libFuzzer).
run_packages=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-charts-dev libqt6opengl6-dev qt6-svg-dev
    qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
    fonts-noto-cjk
)
test_packages=(xvfb xauth poppler-utils clang libclang-rt-14-dev)

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

install_packages() {
    local missing=()
    for p in "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    if [ "${#missing[@]}" -gt 0 ]; then
        echo "Installing: ${missing[*]}"
        as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
    fi
}

build() {
    cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release
    cmake --build "$build_dir" --parallel "$jobs"
}

case "$mode" in
run)
    install_packages "${run_packages[@]}"
    build
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
        # The window as it would open (the saved scenario), as a picture; the program says where.
        echo "No display here: rendering the window to a PNG instead."
        exec "$build_dir/app/vram-planner" --screenshot "$build_dir/vram-planner.png"
    fi
    exec "$build_dir/app/vram-planner"
    ;;
test)
    install_packages "${run_packages[@]}" "${test_packages[@]}"
    build
    # Translations: the Chinese file must be complete and lupdate must find nothing new.
    scripts/check-translations.sh "$build_dir"
    # The three importers under libFuzzer, briefly; longer runs: scripts/fuzz.sh 600.
    scripts/fuzz.sh "${FUZZ_SECONDS:-20}"
    # The suites again under AddressSanitizer and UBSan (clang).
    scripts/sanitize.sh
    cd "$build_dir"
    ctest --output-on-failure --timeout 600 -j "$jobs"
    ;;
*)
    echo "usage: $0 run|test" >&2
    exit 2
    ;;
esac
