#!/usr/bin/env bash
# Builds the libFuzzer targets with clang and runs each for the given seconds
# (default 20) from the seed corpus in fuzz/corpus: the three model-file readers, scenario
# files, the settings file and the command-line options. Fails on any finding.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-20}"
build_dir="${FUZZ_BUILD_DIR:-build-fuzz}"
cmake -S fuzz -B "$build_dir" -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo > /dev/null
cmake --build "$build_dir" --parallel "$(nproc 2>/dev/null || echo 2)" > /dev/null
for target in gguf safetensors config scenario settings cli gpus log; do
    work="$build_dir/corpus-$target"
    mkdir -p "$work"
    cp -n fuzz/corpus/"$target"/* "$work"/ 2>/dev/null || true
    echo "fuzzing the $target reader for $seconds s"
    # -rss_limit_mb: no input may make a reader allocate beyond a small multiple of its size.
    log="$build_dir/fuzz-$target.log"
    # The CLI target prints every refusal on stderr: keep libFuzzer's own report only.
    quiet=(); [ "$target" = cli ] && quiet=(-close_fd_mask=3)
    if ! "$build_dir/fuzz_$target" "$work" -max_total_time="$seconds" -max_len=65536 -rss_limit_mb=1024 \
        -artifact_prefix="$build_dir/crash-$target-" -print_final_stats=1 "${quiet[@]}" > "$log" 2>&1; then
        tail -40 "$log" >&2
        echo "fuzz: the $target reader failed; the input is in $build_dir/crash-$target-*" >&2
        exit 1
    fi
    grep -aE "stat::number_of_executed_units|Done " "$log" | tr '\n' ' '
    echo
done
