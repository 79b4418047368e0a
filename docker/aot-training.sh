#!/usr/bin/env sh
# A training run for the JVM's start-up caches: starts the application on a throw-away H2
# database, asks for the public pages and the sign-in page a few times so that the request path
# is in the cache too, then stops it; the JVM writes the cache as it exits.
#
# Usage: aot-training.sh <java> <jar> <cache option>
#   Java 25 and later: aot-training.sh java app.jar -XX:AOTCacheOutput=app.aot   (JEP 514/515)
#   Java 17:           aot-training.sh java app.jar -XX:ArchiveClassesAtExit=app.jsa (AppCDS)
# The cache is then used with -XX:AOTCache=app.aot (or -XX:SharedArchiveFile=app.jsa), with the
# same JDK and the same jar path.
set -eu
JAVA=$1
JAR=$2
CACHE_OPTION=$3
PORT=${TRAINING_PORT:-18099}
DATA=$(mktemp -d)
trap 'rm -rf "$DATA"' EXIT

PER_ADMIN_PASSWORD=training-only-password "$JAVA" "$CACHE_OPTION" -jar "$JAR" \
  --server.port="$PORT" --per.scheduling.enabled=false --logging.level.root=warn \
  "--spring.datasource.url=jdbc:h2:file:$DATA/per;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" \
  > "$DATA/training.log" 2>&1 &
PID=$!
started=no
for _ in $(seq 1 240); do
  if curl -fs -o /dev/null "http://127.0.0.1:$PORT/"; then started=yes; break; fi
  kill -0 "$PID" 2>/dev/null || break
  sleep 0.5
done
if [ "$started" != yes ]; then
  echo "training run: the application did not start" >&2
  cat "$DATA/training.log" >&2
  kill "$PID" 2>/dev/null || true
  exit 1
fi
for _ in 1 2 3 4 5; do
  for page in / /edito /histoire /departements /departements/structure /departements/energies /departements/moe \
      /departements/amo /equipe /moyens-techniques /realisations /contact /mentions-legales \
      /confidentialite /sitemap.xml /admin/login /page-inexistante; do
    curl -s -o /dev/null -H 'Accept-Encoding: gzip' "http://127.0.0.1:$PORT$page" || true
  done
done
kill "$PID"
wait "$PID" || true
