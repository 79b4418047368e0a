#!/usr/bin/env bash
# Photos under load, on the postgres profile as in production (one instance, default pool):
#  1. one 48-megapixel JPEG (8000 × 6000, about 12 MB) uploaded: time, and the instance's
#     peak resident memory (VmHWM) before and after;
#  2. ten such uploads at once: answers (no 5xx), time, peak memory;
#  3. a gallery of 24 photos, the instance restarted, then 20 visitors at once each asking
#     for all 24 photos at the three widths (1 440 requests, cold caches): errors, p50, p99.
# Usage: bench/photos.sh [jar]   (default: the jar of the code as it is now)
# To measure an older version: build its jar in a clone, pass its path.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=18281; DB=per_photos
JAVA="${JAVA:-java}"
WORK=$(mktemp -d /tmp/per-photos.XXXXXX)
ADMIN_PASSWORD="photos-$(date +%s)-mot-de-passe"
PID=""
cleanup() { [ -n "$PID" ] && kill "$PID" 2>/dev/null || true; wait 2>/dev/null || true; }
trap cleanup EXIT

if [ $# -ge 1 ]; then JAR=$1; else
  ./mvnw -q -B package -DskipTests
  JAR=$(ls "$PWD"/target/per-ingenierie-site-*.jar | grep -v original | awk 'NR==1')
fi
psql -h 127.0.0.1 -U postgres -d postgres -qc "drop database if exists $DB" >/dev/null
psql -h 127.0.0.1 -U postgres -d postgres -qc "create database $DB" >/dev/null

start() {
  (cd "$WORK" && SPRING_PROFILES_ACTIVE=postgres PER_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" \
    PER_DB_USERNAME=postgres PER_DB_PASSWORD="" PER_ADMIN_PASSWORD="$ADMIN_PASSWORD" \
    exec "$JAVA" ${JAVA_OPTS:--Xmx1g} -jar "$JAR" --server.port=$PORT >> "$WORK/app.log" 2>&1) &
  PID=$!
  for _ in $(seq 1 180); do
    curl -fs "http://127.0.0.1:$PORT/actuator/health" >/dev/null 2>&1 && break
    sleep 1
  done
  # The java process itself (the subshell's child).
  JPID=$(pgrep -f -- "--server.port=$PORT" | awk 'NR==1')
}
peak() { awk '/VmHWM/ {printf "%d Mo", $2/1024}' "/proc/$JPID/status"; }
BASE="http://127.0.0.1:$PORT"
COOKIES="$WORK/cookies"
field() { grep -o "name=\"$1\" value=\"[^\"]*\"" | sed -n '1{s/.*value="//;s/"$//;p}'; }
signin() {
  rm -f "$COOKIES"
  token=$(curl -s -c "$COOKIES" "$BASE/admin/login" | field _csrf)
  curl -s -o /dev/null -b "$COOKIES" -c "$COOKIES" "$BASE/admin/login" --data-urlencode "username=admin" \
    --data-urlencode "password=$ADMIN_PASSWORD" --data-urlencode "_csrf=$token"
}

echo "Fabrication des photos…"
"$JAVA" bench/MakePhoto.java "$WORK/48mp.jpg" 8000 6000 0.6
"$JAVA" bench/MakePhoto.java "$WORK/12mp.jpg" 4000 3000 0.8
ls -l "$WORK"/*.jpg | awk '{print "  " $NF ": " $5 " octets"}'

start
signin
PROJECT=$(curl -s -b "$COOKIES" "$BASE/admin/realisations" | grep -o '/admin/realisations/[0-9][0-9]*' | awk 'NR==1')
TOKEN=$(curl -s -b "$COOKIES" "$BASE$PROJECT" | field _csrf)
upload() { # file → "code seconds"
  curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -b "$COOKIES" "$BASE$PROJECT/photos" \
    -F "photo=@$1;type=image/jpeg" -F "alt=Photo de banc d’essai" -F "caption=" -F "_csrf=$TOKEN"
}
flash() { curl -s -b "$COOKIES" "$BASE$PROJECT" | grep -o 'flash--[a-z]*[^<]*<p[^>]*>[^<]*' | sed 's/<[^>]*>//g' | awk 'NR==1'; }

echo "== 1. Une photo de 48 Mpx (mémoire résidente au départ : $(peak))"
upload "$WORK/48mp.jpg" | awk '{print "  réponse " $1 " en " $2 " s"}'
echo "  message : $(flash)"
echo "  mémoire résidente maximale : $(peak)"

echo "== 2. Dix photos de 48 Mpx en même temps"
start_time=$(date +%s.%N)
seq 1 10 | xargs -P 10 -I{} bash -c "$(declare -f upload); BASE=$BASE PROJECT=$PROJECT COOKIES=$COOKIES TOKEN=$TOKEN; upload $WORK/48mp.jpg" \
  > "$WORK/parallel.txt"
end_time=$(date +%s.%N)
awk '{codes[$1]++; if ($2>max) max=$2} END {for (c in codes) printf "  %d × %s", codes[c], c; printf " ; la plus lente %.1f s\n", max}' "$WORK/parallel.txt"
echo "  durée totale : $(echo "$end_time - $start_time" | bc) s ; mémoire résidente maximale : $(peak)"

echo "== 3. Galerie de 24 photos, instance redémarrée, 20 visiteurs à froid"
psql -h 127.0.0.1 -U postgres -d "$DB" -qc "delete from project_photo" >/dev/null 2>&1 || true
for i in $(seq 1 24); do upload "$WORK/12mp.jpg" > /dev/null; done
SLUG=$(psql -h 127.0.0.1 -U postgres -d "$DB" -tAc "select slug from project where id = ${PROJECT##*/}")
psql -h 127.0.0.1 -U postgres -d "$DB" -tAc "select '/realisations/$SLUG/photos/' || id from project_photo order by position" \
  > "$WORK/photos.txt"
echo "  $(wc -l < "$WORK/photos.txt") photos"
# The project must be public for visitors: the seeded ones are.
kill "$PID"; wait "$PID" 2>/dev/null || true
start
: > "$WORK/urls.txt"
while read -r photo; do for w in 480 960 1600; do echo "$BASE$photo?w=$w" >> "$WORK/urls.txt"; done; done < "$WORK/photos.txt"
seq 1 20 | xargs -P 20 -I{} bash -c "while read -r url; do curl -s -o /dev/null -w '%{http_code} %{time_total}\n' \"\$url\"; done < $WORK/urls.txt" > "$WORK/cold.txt"
sort -k2 -n "$WORK/cold.txt" | awk '{t[NR]=$2; codes[$1]++} END {
  for (c in codes) printf "  %d × %s", codes[c], c;
  printf " ; p50 %.3f s, p99 %.3f s, max %.3f s\n", t[int(NR*0.5)], t[int(NR*0.99)], t[NR] }'
echo "  mémoire résidente maximale : $(peak)"
grep -c "Connection is not available" "$WORK/app.log" | awk '{print "  « Connection is not available » dans le journal : " $1}'
