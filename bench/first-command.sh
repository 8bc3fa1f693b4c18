#!/usr/bin/env bash
# The README's first command on a fresh clone with an empty local Maven repository, as a new
# user meets it: wall and CPU time, and what it downloaded.
#
#   bench/first-command.sh [RUNS] [OLD_REF]
#
# Each run clones this repository (its HEAD) into a temporary folder and runs `mvn -q -Prun`
# there with a new, empty -Dmaven.repo.local. With OLD_REF (a commit whose first command was
# `mvn -q compile exec:java`, e.g. e48d6e1) the old command runs too, alternately with the new
# one, so both meet the same network and load. Needs Maven Central; deletes what it made.
set -euo pipefail
runs=${1:-3}
old=${2:-}
repo=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d /tmp/masthead-first-command.XXXXXX)
trap 'rm -rf "$work"' EXIT

one() { # one LABEL REF COMMAND...
  local label=$1 ref=$2; shift 2
  local dir=$work/clone m2=$work/m2
  rm -rf "$dir" "$m2"
  git clone -q "$repo" "$dir"
  git -C "$dir" checkout -q "$ref"
  local load; load=$(cut -d' ' -f1 /proc/loadavg)
  (cd "$dir" && /usr/bin/time -f "%e %U %S" mvn -q -Dmaven.repo.local="$m2" "$@" >/dev/null 2>"$work/err") || true
  local wall user sys
  read -r wall user sys <<<"$(tail -1 "$work/err" | sed 's/\x1b\[[0-9;]*m//g')"
  local ok=no; [[ -f $dir/target/site/index.html ]] && ok=yes
  printf '%-4s load %5s  wall %6.1f s  cpu %5.1f s  downloaded %3d MB  %4d POMs  site built: %s\n' \
    "$label" "$load" "$wall" "$(awk "BEGIN { print $user + $sys }")" "$(du -sm "$m2" | cut -f1)" \
    "$(find "$m2" -name '*.pom' | wc -l)" "$ok"
}

for ((k = 1; k <= runs; k++)); do
  if [[ -n $old ]]; then
    one old "$old" compile exec:java
  fi
  one new HEAD -Prun
done
