#!/usr/bin/env bash
# Time of one bulk action on N open tickets through POST /api/v1/tickets/bulk (what the portal's
# bulk bar runs, in chunks of 50), N=500 by default. Only for a server on this machine; it adds the
# tag "bench-bulk" to the first N open tickets (run it on a seeded benchmark database).
#   bench/bulk-timing.sh http://localhost:9080 [N]
set -euo pipefail
BASE=${1:-http://localhost:9080}
N=${2:-500}
case "$BASE" in http://localhost:*|http://127.0.0.1:*) ;; *) echo "only a server on this machine" >&2; exit 1;; esac
A=(-s -u agent:switchboard -H 'Content-Type: application/json')
numbers=()
page=1
while [ "${#numbers[@]}" -lt "$N" ]; do
  got=$(curl "${A[@]}" "$BASE/api/v1/tickets?pageSize=200&page=$page&sort=number" | grep -o '"number":"TKT-[0-9]*"' | cut -d'"' -f4)
  [ -n "$got" ] || break
  while read -r n; do numbers+=("\"$n\""); done <<< "$got"
  page=$((page + 1))
done
numbers=("${numbers[@]:0:$N}")
body="{\"tickets\":[$(IFS=,; echo "${numbers[*]}")],\"set\":{\"addTag\":\"bench-bulk-$(date +%s)\"}}"
start=$(date +%s%N)
result=$(curl "${A[@]}" -X POST "$BASE/api/v1/tickets/bulk" -d "$body")
end=$(date +%s%N)
echo "tickets: ${#numbers[@]}"
echo "$result" | grep -o '"changed":[0-9]*\|"refused":[0-9]*\|"unchanged":[0-9]*' | tr '\n' ' '; echo
echo "one request, all tickets: $(( (end - start) / 1000000 )) ms"
