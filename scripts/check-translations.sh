#!/usr/bin/env bash
# Fails when translations/vram-planner_zh_CN.ts has unfinished, vanished or
# obsolete entries, or when lupdate finds a user-visible string it lacks.
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=/usr/lib/qt6/bin/lupdate
[ -x "$lupdate" ] || lupdate="$(command -v lupdate)"
ts=translations/vram-planner_zh_CN.ts
status=0

bad=$(grep -c -E 'type="(unfinished|vanished|obsolete)"' "$ts" || true)
if [ "$bad" != 0 ]; then
    echo "translation check: $ts has $bad unfinished, vanished or obsolete entries" >&2
    grep -B3 -E 'type="(unfinished|vanished|obsolete)"' "$ts" | grep '<source>' | head -20 >&2
    status=1
fi

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
cp "$ts" "$tmp/check_zh_CN.ts"
"$lupdate" core ui app -no-obsolete -locations none -ts "$tmp/check_zh_CN.ts" > "$tmp/lupdate.log" 2>&1
new=$(grep -c 'type="unfinished"' "$tmp/check_zh_CN.ts" || true)
if [ "$new" != 0 ]; then
    echo "translation check: lupdate finds $new string(s) missing from $ts:" >&2
    grep -B3 'type="unfinished"' "$tmp/check_zh_CN.ts" | grep '<source>' | head -20 >&2
    status=1
fi
[ "$status" = 0 ] && echo "translation check: $ts is complete ($(grep -c '<message' "$ts") messages)"
exit "$status"
