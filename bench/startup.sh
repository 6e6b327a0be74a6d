#!/bin/sh
# ./signaal start on an empty data directory, until the first page is served; N runs (default 5), median.
# Baseline in the same run: the same JVM and jar printing its version, which is start-up without the application.
set -eu
root=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)
runs="${1:-5}"
port="${PORT:-18180}"
"$root/signaal" --version >/dev/null   # builds the jar first when needed
. "$root/bin/find-jdk"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

now() { date +%s.%N; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

: > "$work/start"; : > "$work/version"
for i in $(seq 1 "$runs"); do
  t0=$(now)
  "$JAVA_HOME/bin/java" -jar "$root/app/target/signaal-exec.jar" --version >/dev/null
  echo "$(now) - $t0" | bc >> "$work/version"

  rm -rf "$work/data"
  t0=$(now)
  "$root/signaal" start --data-dir "$work/data" --port "$port" > "$work/log" 2>&1 &
  until curl -sf -o /dev/null "http://localhost:$port/"; do sleep 0.05; done
  echo "$(now) - $t0" | bc >> "$work/start"
  pkill -f "signaal-exec.jar start --data-dir $work/data" || true
  wait 2>/dev/null || true
  printf 'run %d: first page after %.2f s (jar --version %.2f s)\n' "$i" "$(tail -1 "$work/start")" "$(tail -1 "$work/version")"
done
printf '\nmedian of %d runs: first page after %.2f s; baseline (JVM and jar, --version) %.2f s\n' \
  "$runs" "$(median < "$work/start")" "$(median < "$work/version")"
