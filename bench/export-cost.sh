#!/usr/bin/env bash
# Export cost: clean builds of the same content by the jar before the export merge (d863370) and after it (b07038b), alternating.
set -euo pipefail
content=${1:?usage: bench/export-cost.sh CONTENT_DIR [ROUNDS]  (needs /tmp/wt-d863370 and /tmp/wt-b07038b: git worktree add --detach, mvn -q package -DskipTests)}; rounds=${2:-4}
for i in $(seq 1 $rounds); do
  for c in d863370 b07038b; do
    out=/dev/shm/exp-$c; rm -rf $out /dev/shm/.exp-$c.*
    load=$(cut -d' ' -f1 /proc/loadavg)
    (cd /tmp/wt-$c && /usr/bin/time -f "%e %U %S %M" -o /tmp/exp.time bin/masthead build --content $content --out $out >/dev/null 2>/tmp/exp.err) || { cat /tmp/exp.err; exit 1; }
    read -r wall user sys rss < /tmp/exp.time
    printf '%s\t%s\t%s\t%s\t%s\t%s\n' $i $c $wall $(echo "$user + $sys" | bc) $((rss/1024)) $load
  done
  rm -rf /dev/shm/exp-* /dev/shm/.exp-*
done
