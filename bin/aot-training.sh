#!/usr/bin/env sh
# A training run for the JVM's start-up caches: starts the application on a throw-away H2
# database, asks for the public pages, their assets and the sign-in page a few times so that the
# request path is in the cache too, then stops it; the JVM writes the cache as it exits.
# Used by bin/per-ingenierie (the first time a jar is started with a JVM) and by the Dockerfile.
#
# Usage: aot-training.sh <java> <jar> <cache option> [JVM options...]
#   Java 25 and later: aot-training.sh java app.jar -XX:AOTCacheOutput=app.aot   (JEP 514/515)
#   Java 17 to 24:     aot-training.sh java app.jar -XX:ArchiveClassesAtExit=app.jsa (AppCDS)
# The cache is then used with -XX:AOTCache=app.aot (or -XX:SharedArchiveFile=app.jsa), with the
# same JDK, the same JVM options and the same jar path.
set -eu
JAVA=$1
JAR=$2
CACHE_OPTION=$3
shift 3
PORT=${TRAINING_PORT:-18099}
DATA=$(mktemp -d)
trap 'rm -rf "$DATA"' EXIT

# The operator's profile (postgres) must not point the training at the production database:
# the training runs on its own H2 file, without scheduled jobs, reachable from this machine
# only, with an administrator's password nobody knows.
PASSWORD=$(od -An -N18 -tx1 /dev/urandom | tr -d ' \n')
env -u SPRING_PROFILES_ACTIVE PER_ADMIN_PASSWORD="$PASSWORD" "$JAVA" "$@" "$CACHE_OPTION" -jar "$JAR" \
  --server.address=127.0.0.1 --server.port="$PORT" --per.scheduling.enabled=false --logging.level.root=warn \
  "--spring.datasource.url=jdbc:h2:file:$DATA/per;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" \
  > "$DATA/training.log" 2>&1 &
PID=$!
started=no
for _ in $(seq 1 480); do
  if curl -fs -o "$DATA/home.html" "http://127.0.0.1:$PORT/"; then started=yes; break; fi
  kill -0 "$PID" 2>/dev/null || break
  sleep 0.25
done
if [ "$started" != yes ]; then
  echo "training run: the application did not start" >&2
  cat "$DATA/training.log" >&2
  kill "$PID" 2>/dev/null || true
  exit 1
fi
# The stylesheet, font and pictures named by the home page (their addresses carry a version).
assets=$(grep -oE '(href|src)="/[^"]+\.(css|js|woff2|svg|png|ico)"' "$DATA/home.html" | sed -E 's/^(href|src)="//; s/"$//' | sort -u)
for _ in 1 2 3 4 5; do
  for page in / /edito /histoire /departements /departements/structure /departements/energies /departements/moe \
      /departements/amo /equipe /moyens-techniques /realisations '/realisations?ville=Montpellier' \
      '/?utm_source=training' /actualites /actualites/feed.xml /recrutement /recrutement/candidature /contact \
      /mentions-legales /confidentialite /plan-du-site /sitemap.xml /robots.txt /favicon.ico /admin/login \
      /page-inexistante $assets; do
    curl -s -o /dev/null -H 'Accept-Encoding: gzip' "http://127.0.0.1:$PORT$page" || true
    curl -s -o /dev/null "http://127.0.0.1:$PORT$page" || true
  done
done
kill "$PID"
wait "$PID" || true
