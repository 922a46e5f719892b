#!/usr/bin/env bash
# Server time of portal pages: signs in as a person does (the login form), then requests each page
# N times after a warm-up and prints the median and 90th percentile of time-to-first-byte and of the
# whole response, in ms. Only for a server on this machine.
#   bench/portal-timing.sh http://localhost:9080 [runs]
set -euo pipefail
BASE=${1:-http://localhost:9080}
RUNS=${2:-20}
case "$BASE" in http://localhost:*|http://127.0.0.1:*) ;; *) echo "only a server on this machine" >&2; exit 1;; esac
JAR=$(mktemp)
trap 'rm -f "$JAR"' EXIT
USER=${PORTAL_USER:-agent}
VS=$(curl -s -c "$JAR" -b "$JAR" "$BASE/login.xhtml" | grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' | sed 's/.*value="//;s/"$//')
curl -s -o /dev/null -c "$JAR" -b "$JAR" --data-urlencode login_SUBMIT=1 --data-urlencode signIn= --data-urlencode next= \
  --data-urlencode "username=$USER" --data-urlencode password=switchboard --data-urlencode "jakarta.faces.ViewState=$VS" "$BASE/login.xhtml"
LAST=$(curl -s -u agent:switchboard "$BASE/api/v1/tickets?pageSize=1&sort=-number&includeClosed=true" | grep -o '"number":"TKT-[0-9]*"' | head -1 | cut -d'"' -f4)
PAGES=(
  "/index.xhtml"
  "/tickets.xhtml"
  "/tickets.xhtml?assigned=me"
  "/tickets.xhtml?status=in_progress"
  "/tickets.xhtml?priority=critical&board=2"
  "/tickets.xhtml?company=3&sort=-createdAt"
  "/tickets.xhtml?includeClosed=true&page=400"
  "/tickets.xhtml?overdue=true&sort=deadline"
  "/tickets.xhtml?q=printer"
  "/tickets.xhtml?ticket=$LAST"
  "/notifications.xhtml"
  "/canned-replies.xhtml"
  "/tickets.xhtml?status=new,open&type=incident&pageSize=100"
  "/tickets.xhtml?includeClosed=true&page=400&sort=-createdAt"
)
printf '%-48s %9s %9s %9s %9s\n' page "ttfb p50" "ttfb p90" "total p50" "total p90"
for page in "${PAGES[@]}"; do
  for _ in 1 2 3; do curl -s -o /dev/null -b "$JAR" "$BASE$page"; done
  code=$(curl -s -o /dev/null -w '%{http_code}' -b "$JAR" "$BASE$page")
  [ "$code" = 200 ] || { echo "$page answered $code" >&2; exit 1; }
  for _ in $(seq 1 "$RUNS"); do
    curl -s -o /dev/null -b "$JAR" -w '%{time_starttransfer} %{time_total}\n' "$BASE$page"
  done | awk -v page="$page" '{ t[NR]=$1*1000; a[NR]=$2*1000 } END {
      n=asort(t); asort(a); printf "%-48s %9.1f %9.1f %9.1f %9.1f\n", page, t[int((n+1)/2)], t[int(n*0.9+0.5)], a[int((n+1)/2)], a[int(n*0.9+0.5)] }'
done
