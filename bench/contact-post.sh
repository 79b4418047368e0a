#!/usr/bin/env bash
# What durability costs a prospect: the time of a contact post (stored, then redirected to
# /contact/merci) on the embedded H2 database, with each commit written before the answer
# (WRITE_DELAY=0, the default) and with H2's own default (written up to 500 ms later), and
# on PostgreSQL. Sequential posts from one client, after a warm-up; prints the median and
# the 99th percentile. Everything runs on loopback. Usage: bench/contact-post.sh [posts]
set -euo pipefail
cd "$(dirname "$0")/.."

POSTS="${1:-300}"
PORT=18090
JAVA="${JAVA:-java}"
WORK=$(mktemp -d /tmp/per-post.XXXXXX)
APP_PID=""
cleanup() {
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

./mvnw -q -B package -DskipTests
JAR=$(ls "$PWD"/target/per-ingenierie-site-*.jar | head -n 1)
H2_URL="jdbc:h2:file:$WORK/data/per;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"

start() {
  (cd "$WORK" && exec "$JAVA" -jar "$JAR" --server.port=$PORT --per.contact.rate-limit=1000000 \
    --spring.mail.port=9 --logging.level.root=warn "$@" > "$WORK/app.log" 2>&1) &
  APP_PID=$!
  for _ in $(seq 1 120); do
    curl -fs "http://127.0.0.1:$PORT/actuator/health" >/dev/null 2>&1 && return 0
    sleep 0.5
  done
  echo "the application did not start" >&2; cat "$WORK/app.log" >&2; exit 1
}

stop() { kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=""; }

# One post as a browser sends it: the form (its cookie and hidden fields), then the post;
# prints the post's own time in milliseconds.
post() {
  local jar="$WORK/cookies" page token key
  page=$(curl -s -c "$jar" "http://127.0.0.1:$PORT/contact")
  token=$(grep -o 'name="_csrf" value="[^"]*"' <<<"$page" | head -n 1 | sed 's/.*value="//; s/"$//')
  key=$(grep -o 'name="submissionKey" value="[^"]*"' <<<"$page" | head -n 1 | sed 's/.*value="//; s/"$//')
  curl -s -o /dev/null -b "$jar" -w '%{http_code} %{time_total}\n' "http://127.0.0.1:$PORT/contact" \
    --data-urlencode "_csrf=$token" --data-urlencode "submissionKey=$key" \
    --data-urlencode "name=Prospect $1" --data-urlencode "email=prospect@example.com" \
    --data-urlencode "subject=structure" --data-urlencode "message=Mesure du temps d’un envoi, numéro $1."
}

measure() {
  local label="$1"; shift
  start "$@"
  for i in $(seq 1 30); do post "$i" >/dev/null; done
  : > "$WORK/times"
  for i in $(seq 1 "$POSTS"); do
    read -r code seconds < <(post "$i")
    [ "$code" = "302" ] || { echo "post $i answered $code" >&2; exit 1; }
    echo "$seconds" >> "$WORK/times"
  done
  stop
  sort -n "$WORK/times" | awk -v label="$label" -v n="$POSTS" '
    { t[NR] = $1 * 1000 }
    END { printf "| %s | %d | %.1f ms | %.1f ms |\n", label, n, t[int(n * 0.5)], t[int(n * 0.99)] }'
}

echo "| Base | Envois | Médiane | p99 |"
echo "| --- | --- | --- | --- |"
measure "H2, chaque commit écrit avant la réponse (WRITE_DELAY=0, défaut)" \
  --spring.datasource.url="$H2_URL;WRITE_DELAY=0"
measure "H2, écriture différée (WRITE_DELAY=500, défaut de H2)" \
  --spring.datasource.url="$H2_URL;WRITE_DELAY=500"
if pg_isready -h 127.0.0.1 -p 5432 -q; then
  psql -h 127.0.0.1 -U postgres -d test -qc "drop schema if exists per_post cascade" >/dev/null 2>&1
  PER_DB_URL="jdbc:postgresql://127.0.0.1:5432/test?currentSchema=per_post" PER_DB_USERNAME=postgres \
    measure "PostgreSQL (fsync à chaque commit)" --spring.profiles.active=postgres --spring.flyway.schemas=per_post
fi
