#!/usr/bin/env bash
# Idle memory of the installed program on a large workspace against a bare embedded Neo4j on the
# same store (issue 22; docs/benchmarks.md), and against the floor of any desktop program over it: the
# bare Neo4j with the least JavaFX window (one label) in the same JVM. All from the image's own runtime
# with the launcher's options; each round starts with the next of the three. The program runs in a real window
# on a virtual display (Xvfb), is signed in and given a purpose with xdotool, then left alone; the
# reference (org.netzbild.bench.BareNeo4jMain from target/test-classes) opens the store, counts its
# nodes and waits. Each is measured once its CPU has been quiet for twice 10 s in a row (at most 4
# minutes; the launcher's periodic collection comes after 10 s without one): the
# resident set (VmRSS) and the heap in use (jcmd GC.heap_info is not in the image; the JDK's jcmd
# from /usr/lib/jvm is used when present).
#   installer/idle-memory.sh IMAGE WORKSPACE USER PASSWORD [ROUNDS]
# needs: ./mvnw -B -o test-compile (for the reference), xvfb, xdotool
set -euo pipefail
image="$(cd "$1" && pwd)"; workspace="$(cd "$2" && pwd)"; user="$3"; password="$4"; rounds="${5:-3}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
classes="$here/../target/test-classes"
[ -f "$classes/org/netzbild/bench/BareNeo4jMain.class" ] || { echo "run ./mvnw -B -o test-compile first" >&2; exit 1; }
command -v Xvfb >/dev/null && command -v xdotool >/dev/null || { echo "needs xvfb and xdotool" >&2; exit 1; }
graph="$workspace/graph"
[ -f "$workspace/graph.current" ] && graph="$workspace/$(tr -d '[:space:]' < "$workspace/graph.current")"

# the launcher's own options, as netzbild.cfg gives them ($APPDIR resolved)
mapfile -t options < <(sed -n 's/^java-options=//p' "$image/lib/app/netzbild.cfg" | sed "s#\$APPDIR#$image/lib/app#g")
classpath="$(sed -n 's/^app.classpath=//p' "$image/lib/app/netzbild.cfg" | sed "s#\$APPDIR#$image/lib/app#g" | paste -sd:)"
# the reference does not get the start cache: it was trained on the program, not on this class path
reference_options=()
for o in "${options[@]}"; do [[ "$o" == -XX:AOTCache=* ]] || reference_options+=("$o"); done

display=:$(( 90 + RANDOM % 9 ))
Xvfb "$display" -screen 0 1600x1000x24 >/dev/null 2>&1 & xvfb=$!
trap 'kill $xvfb 2>/dev/null' EXIT
export DISPLAY=$display
sleep 2

cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
rss_mib() { awk '/^VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$1/status"; }
# waits until the process used under 0.2 s of CPU in each of two 10-s spans in a row, then prints its RSS in MiB
settled_rss() {
  local pid=$1 before after quiet=0
  for _ in $(seq 1 24); do
    before=$(cpu_ticks "$pid"); sleep 10; after=$(cpu_ticks "$pid")
    if [ $(( after - before )) -lt 20 ]; then quiet=$(( quiet + 1 )); else quiet=0; fi
    [ "$quiet" -ge 2 ] && { rss_mib "$pid"; return; }
  done
  echo "$(rss_mib "$pid") (not settled)"
}
wait_window() { for _ in $(seq 1 300); do xdotool search --name "$1" >/dev/null 2>&1 && return 0; sleep 1; done; return 1; }

program() {
  local log; log=$(mktemp)
  "$image/bin/netzbild" --store "$workspace" > "$log" 2>&1 & local pid=$!
  wait_window "Anmelden" || { echo "no sign-in window" >&2; cat "$log" >&2; exit 1; }
  sleep 3
  xdotool type --delay 20 "$user"; xdotool key Tab; xdotool type --delay 20 "$password"; xdotool key Return
  wait_window "Zweck" || { echo "no purpose window" >&2; cat "$log" >&2; exit 1; }
  sleep 2
  xdotool type --delay 20 "BENCH/1"; xdotool key Tab; xdotool type --delay 20 "Speichermessung"; xdotool key Return
  sleep 5
  settled_rss "$pid"
  kill "$pid"; wait "$pid" 2>/dev/null || true; rm -f "$log"
}

reference() {
  local log; log=$(mktemp)
  "$image/lib/runtime/bin/java" "${reference_options[@]}" -cp "$classpath:$classes" \
    org.netzbild.bench.BareNeo4jMain "$graph" "$@" > "$log" 2>&1 & local pid=$!
  for _ in $(seq 1 300); do grep -q "bare neo4j: open" "$log" && break; sleep 1; done
  grep -q "bare neo4j: open" "$log" || { echo "the reference did not open" >&2; cat "$log" >&2; exit 1; }
  settled_rss "$pid"
  kill "$pid"; wait "$pid" 2>/dev/null || true; rm -f "$log"
}

echo "| round | installed program, signed in, idle: RSS (MiB) | bare embedded Neo4j, same store: RSS (MiB) | bare embedded Neo4j and the least JavaFX window, one JVM: RSS (MiB) |"
echo "|---|---|---|---|"
for round in $(seq 1 "$rounds"); do
  for turn in 0 1 2; do
    case $(( (round + turn) % 3 )) in
      0) r=$(reference) ;;
      1) p=$(program) ;;
      2) f=$(reference --window) ;;
    esac
  done
  echo "| $round | $p | $r | $f |"
done
