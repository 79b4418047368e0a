#!/usr/bin/env bash
# Backup and restore, timed and sized, on the embedded H2 database: the seeded site, then a
# site with 300 photos and 10 000 contact requests. The backup is asked for from the back
# office, as an administrator would (its time includes the restore check into a scratch
# database); the restore is the README's command on a fresh data folder. Prints a table and
# appends it to bench/results.md.
# Usage: bench/backup.sh
set -euo pipefail
cd "$(dirname "$0")/.."

JAVA="${JAVA:-java}"
PORT=18090
PASSWORD="un-mot-de-passe-pour-le-banc"
WORK=$(mktemp -d /tmp/per-backup-bench.XXXXXX)
PID=""
cleanup() {
  [ -n "$PID" ] && kill "$PID" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

./mvnw -q -B package -DskipTests
JAR=$(ls "$PWD"/target/per-ingenierie-site-*.jar | grep -v original | head -n 1)
(cd "$WORK" && unzip -q -j "$JAR" 'BOOT-INF/lib/h2-*.jar')
H2=$(ls "$WORK"/h2-*.jar)
"$JAVA" bench/MakePhoto.java "$WORK/photo.jpg" 1600 1200 0.8

ms() { date +%s%3N; }
start_site() { # folder
  (cd "$1" && PER_ADMIN_PASSWORD="$PASSWORD" exec "$JAVA" -jar "$JAR" --server.port=$PORT \
    --spring.mail.host=127.0.0.1 --spring.mail.port=9 > "$1/site.log" 2>&1) &
  PID=$!
  for _ in $(seq 1 240); do
    curl -fs "http://127.0.0.1:$PORT/actuator/health" >/dev/null 2>&1 && return 0
    sleep 0.25
  done
  echo "le site n’a pas démarré (voir $1/site.log)" >&2; exit 1
}
stop_site() { kill "$PID"; wait "$PID" 2>/dev/null || true; PID=""; }
field() { grep -o "name=\"$1\" value=\"[^\"]*\"" | sed -n '1{s/.*value="//;s/"$//;p}'; }

run() { # name, fill.sql or empty
  local dir="$WORK/$1" cookies="$WORK/$1/cookies" token page started backup_ms restore_ms size file
  mkdir -p "$dir"
  start_site "$dir"; stop_site   # migrated and seeded
  if [ -n "$2" ]; then
    "$JAVA" -cp "$H2" org.h2.tools.RunScript -url "jdbc:h2:file:$dir/data/per-ingenierie;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE" \
      -user sa -script "$2"
  fi
  start_site "$dir"
  token=$(curl -s -c "$cookies" "http://127.0.0.1:$PORT/admin/login" | field _csrf)
  curl -s -o /dev/null -b "$cookies" -c "$cookies" "http://127.0.0.1:$PORT/admin/login" \
    --data-urlencode "username=admin" --data-urlencode "password=$PASSWORD" --data-urlencode "_csrf=$token"
  page=$(curl -s -b "$cookies" -c "$cookies" "http://127.0.0.1:$PORT/admin/sauvegardes")
  token=$(field _csrf <<<"$page")
  started=$(ms)
  curl -s -o /dev/null -b "$cookies" -c "$cookies" "http://127.0.0.1:$PORT/admin/sauvegardes" --data-urlencode "_csrf=$token"
  backup_ms=$(( $(ms) - started ))
  stop_site
  file=$(ls "$dir"/sauvegardes/*.zip | head -n 1)
  size=$(stat -c %s "$file")
  grep -q "écrite et vérifiée" "$dir/site.log" || { echo "sauvegarde non vérifiée (voir $dir/site.log)" >&2; exit 1; }
  timings=$(grep -o "écrite en [0-9]* ms, vérifiée en [0-9]* ms" "$dir/site.log" | tail -n 1)
  rm -rf "$dir/data"
  started=$(ms)
  (cd "$dir" && "$JAVA" -jar "$JAR" --per.restore.file="$file" > "$dir/restore.log" 2>&1)
  restore_ms=$(( $(ms) - started ))
  restored=$(grep -o "Restauration terminée en [0-9]* ms" "$dir/restore.log" || true)
  printf '| %s | %s | %s ms (%s) | %s ms (%s ; le reste : démarrage de la JVM et de l’application) |\n' \
    "$1" "$(awk "BEGIN{ if ($size < 1048576) printf \"%d Ko\", $size/1024; else printf \"%.1f Mo\", $size/1048576 }")" "$backup_ms" "$timings" "$restore_ms" "$restored"
}

cat > "$WORK/large.sql" <<SQL
insert into contact_request (submission_key, received_at, last_exchange_at, name, email, subject_code,
  subject_label, message, status, notification_status)
select 'banc-' || "X", current_timestamp, current_timestamp, 'Prospect ' || "X", 'prospect' || "X" || '@example.com',
  'structure', 'Structure', repeat('Nous souhaitons une étude de structure pour un bâtiment de bureaux. ', 12),
  'NEW', 'NOT_NEEDED'
from system_range(1, 10000);
insert into stored_image (content_type, width, height, data)
select 'image/jpeg', 1600, 1200, file_read('$WORK/photo.jpg') from system_range(1, 300);
SQL

{
  echo
  echo "## Sauvegarde et restauration ($(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cœurs, H2)"
  echo
  echo "Photo de test : $(( $(stat -c %s "$WORK/photo.jpg") / 1024 )) Ko (1600 × 1200, bruit en bandes)."
  echo
  echo "| Site | Taille de la sauvegarde | Sauvegarde depuis l’administration | Restauration (commande du README) |"
  echo "| --- | --- | --- | --- |"
  run "site de départ" ""
  run "300 photos, 10 000 demandes" "$WORK/large.sql"
} | tee -a bench/results.md
