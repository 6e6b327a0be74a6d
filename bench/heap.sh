#!/bin/sh
# ./signaal start (its 512 MB heap) on an empty data directory: loads the default demo data in the background while
# pages are requested; reports how long the loading took, the heap in use at its peak and after a full GC, and
# whether anything ran out of memory. Baseline in the same run: the same start with --no-demo.
set -eu
root=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)
port="${PORT:-18181}"
"$root/signaal" --version >/dev/null   # builds the jar first when needed
. "$root/bin/find-jdk"
work=$(mktemp -d)
trap 'pkill -f "signaal-exec.jar start --data-dir $work" || true; rm -rf "$work"' EXIT

used_mb() {  # heap in use, in MB, from the JVM's own accounting
  "$JAVA_HOME/bin/jcmd" "$1" GC.heap_info 2>/dev/null | awk '/used/ {for (i=1;i<=NF;i++) if ($i=="used") {v=$(i+1); sub("K,?","",v); print int(v/1024); exit}}'
}

measure() {  # $1 label, $2.. extra start options
  label="$1"; shift
  rm -rf "$work/data"
  "$root/signaal" start --data-dir "$work/data" --port "$port" "$@" > "$work/log-$label" 2>&1 &
  until curl -sf -o /dev/null "http://localhost:$port/"; do sleep 0.2; done
  pid=$(pgrep -f "signaal-exec.jar start --data-dir $work/data" | head -1)
  t0=$(date +%s); peak=0
  while ! curl -sf "http://localhost:$port/demo-status" | grep -qE 'data-state="(DONE|FAILED)"'; do
    [ "$label" = no-demo ] && break
    curl -sf -o /dev/null "http://localhost:$port/"
    u=$(used_mb "$pid"); [ -n "$u" ] && [ "$u" -gt "$peak" ] && peak=$u
    sleep 1
  done
  seconds=$(( $(date +%s) - t0 ))
  for i in $(seq 1 200); do curl -sf -o /dev/null "http://localhost:$port/"; done
  u=$(used_mb "$pid"); [ -n "$u" ] && [ "$u" -gt "$peak" ] && peak=$u
  "$JAVA_HOME/bin/jcmd" "$pid" GC.run >/dev/null
  after=$(used_mb "$pid")
  max=$("$JAVA_HOME/bin/jcmd" "$pid" VM.flags | tr ' ' '\n' | sed -n 's/-XX:MaxHeapSize=//p')
  oom=$(grep -c OutOfMemoryError "$work/log-$label" || true)
  counts=$(curl -sf "http://localhost:$port/" | grep -o 'class="num">[0-9.,]*<' | sed 's/class="num">//; s/<//' | tr '\n' ' ')
  printf '%-8s max heap %d MB; peak in use %d MB; after full GC %d MB; loading %d s; OutOfMemoryError: %d; counts: %s\n' \
    "$label" $((max / 1048576)) "$peak" "$after" "$seconds" "$oom" "$counts"
  kill "$pid"; wait 2>/dev/null || true
}

measure no-demo --no-demo
measure demo
