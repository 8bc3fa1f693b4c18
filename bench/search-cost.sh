#!/usr/bin/env bash
# The build-time cost of search: clean builds of the same content by the same jar with search and with
# `build --no-search`, alternating (bench/option-cost.sh, which says what is printed).
#
#   bench/search-cost.sh CONTENT_DIR [ROUNDS] [OUT_PARENT]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
exec "$here/bench/option-cost.sh" --no-search "${1:?usage: bench/search-cost.sh CONTENT_DIR [ROUNDS] [OUT_PARENT]}" "${@:2}"
