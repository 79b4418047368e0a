#!/usr/bin/env bash
# Benchmark: the application (H2 and PostgreSQL profiles) against nginx serving the same
# pages as static files, loaded with wrk under the same settings. Prints requests per
# second and p50/p99 latency for each page, the app/nginx ratio, start-up time, heap and
# RSS after the load, and the transferred weight of the home page; then start-up and the
# first 10 seconds of load on Java 17 and Java 25, as a plain jar and with the JVM's start-up
# caches, for this commit and for the commit before the work on start-up (BENCH_BEFORE, empty
# to skip); writes the results to bench/results.md. Everything runs on loopback.
# Usage: bench/run.sh
set -euo pipefail
cd "$(dirname "$0")/.."

APP_PORT=18080
NGINX_PORT=18081
DURATION="${BENCH_DURATION:-15s}"
CONNECTIONS="${BENCH_CONNECTIONS:-64}"
THREADS="${BENCH_THREADS:-2}"
JAVA="${JAVA:-java}"
JAVA25="${JAVA25:-$(ls /usr/lib/jvm/*-25-*/bin/java 2>/dev/null | head -n 1 || true)}"
# The last commit before the start-up and multi-instance work of issue 14.
BENCH_BEFORE="${BENCH_BEFORE-485da27}"
PAGES=("/" "/departements/structure")
WORK=$(mktemp -d /tmp/per-bench.XXXXXX)
chmod 755 "$WORK"   # nginx workers run unprivileged and must read the snapshots
RESULTS=bench/results.md
APP_PID=""
NGINX_PID=""

cleanup() {
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null || true
  [ -n "$NGINX_PID" ] && kill "$NGINX_PID" 2>/dev/null || true
  wait 2>/dev/null || true
  git worktree remove --force "$WORK/before" 2>/dev/null || true
}
trap cleanup EXIT

need() { command -v "$1" >/dev/null 2>&1; }
if ! need wrk || ! need nginx; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk nginx >/dev/null
fi
if ! pg_isready -h 127.0.0.1 -p 5432 -q; then
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n 1)" main start
  for _ in $(seq 1 30); do pg_isready -h 127.0.0.1 -p 5432 -q && break; sleep 1; done
fi
psql -h 127.0.0.1 -U postgres -d postgres -tAc "select 1 from pg_database where datname = 'per_bench'" | grep -q 1 \
  || psql -h 127.0.0.1 -U postgres -d postgres -qc "create database per_bench"

# Always the jar of the code as it is now.
./mvnw -q -B package -DskipTests
JAR=$(ls target/per-ingenierie-site-*.jar | grep -v original | head -n 1)

# --- nginx serving snapshots of the pages -------------------------------------------------
mkdir -p "$WORK/www/departements" "$WORK/nginx"
cat > "$WORK/nginx/nginx.conf" <<CONF
worker_processes auto;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 100000;
  default_type text/html;
  client_body_temp_path $WORK/nginx;
  proxy_temp_path $WORK/nginx;
  fastcgi_temp_path $WORK/nginx;
  uwsgi_temp_path $WORK/nginx;
  scgi_temp_path $WORK/nginx;
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $WORK/www;
    location = / { try_files /index.html =404; }
    location / { try_files \$uri.html =404; }
  }
}
CONF

declare -A RPS P50 P99 ERRORS
run_wrk() { # name url
  local out
  out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$2")
  RPS[$1]=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  P50[$1]=$(echo "$out" | awk '$1 == "50%" {print $2}')
  P99[$1]=$(echo "$out" | awk '$1 == "99%" {print $2}')
  ERRORS[$1]=$(echo "$out" | awk '/Non-2xx|Socket errors/ {print}' | tr '\n' ' ')
}

wait_ready() {
  for _ in $(seq 1 120); do
    curl -fs "http://127.0.0.1:$APP_PORT/actuator/health" >/dev/null 2>&1 && return 0
    sleep 0.25
  done
  echo "l'application n'a pas démarré" >&2; cat "$WORK/app.log" >&2; exit 1
}

# Profiles: h2 (the content revision is read on every request), postgres (the default:
# PostgreSQL pushes each new revision to every instance by LISTEN/NOTIFY, nothing is read per
# request) and postgres-read (pushes off: the revision is read on every request, as before).
PROFILES=(h2 postgres postgres-read)
declare -A STARTUP READY HEAP RSS
for profile in "${PROFILES[@]}"; do
  args=(--server.port=$APP_PORT --logging.level.root=warn --per.scheduling.enabled=false)
  if [ "$profile" = h2 ]; then
    args+=("--spring.datasource.url=jdbc:h2:file:$WORK/h2/per;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
  else
    args+=(--spring.profiles.active=postgres)
    export PER_DB_URL=jdbc:postgresql://127.0.0.1:5432/per_bench PER_DB_USERNAME=postgres PER_DB_PASSWORD=
  fi
  if [ "$profile" = postgres-read ]; then
    args+=(--per.cache.push=false)
  fi
  jvm=()
  if [ "$profile" = postgres ]; then
    # A profile of the hot path under load, written when the application stops.
    jvm+=("-XX:StartFlightRecording=filename=$WORK/postgres.jfr,settings=profile,dumponexit=true")
  fi
  start=$(date +%s%N)
  PER_ADMIN_PASSWORD=bench-only-password "$JAVA" "${jvm[@]}" -jar "$JAR" "${args[@]}" --logging.level.fr.peringenierie=info \
    --logging.level.org.springframework.boot.StartupInfoLogger=info > "$WORK/app.log" 2>&1 &
  APP_PID=$!
  wait_ready
  READY[$profile]=$(( ($(date +%s%N) - start) / 1000000 ))
  STARTUP[$profile]=$(grep -oE 'Started [A-Za-z]+ in [0-9.]+ seconds' "$WORK/app.log" | grep -oE '[0-9.]+ seconds' || echo "?")
  for page in "${PAGES[@]}"; do
    for _ in $(seq 1 20); do curl -s -o /dev/null "http://127.0.0.1:$APP_PORT$page"; done
  done
  if [ "$profile" = h2 ]; then
    curl -s "http://127.0.0.1:$APP_PORT/" -o "$WORK/www/index.html"
    curl -s "http://127.0.0.1:$APP_PORT/departements/structure" -o "$WORK/www/departements/structure.html"
    # Page weight of the home page as a browser fetches it: everything gzip where offered.
    weight=0
    for url in / $(grep -oE '(href|src)="/[^"]+\.(css|woff2|svg|png|jpg|webp)"' "$WORK/www/index.html" | sed -E 's/^(href|src)="//; s/"$//' | sort -u); do
      size=$(curl -s -H 'Accept-Encoding: gzip' -o /dev/null -w '%{size_download}' "http://127.0.0.1:$APP_PORT$url")
      weight=$((weight + size))
    done
    WEIGHT=$weight
  fi
  # Warm-up (JIT, pools), not measured; then the measured runs.
  for page in "${PAGES[@]}"; do wrk -t"$THREADS" -c"$CONNECTIONS" -d5s "http://127.0.0.1:$APP_PORT$page" >/dev/null; done
  for page in "${PAGES[@]}"; do run_wrk "app-$profile-$page" "http://127.0.0.1:$APP_PORT$page"; done
  HEAP[$profile]=$(jcmd "$APP_PID" GC.heap_info 2>/dev/null | grep -oE 'used [0-9]+K' | head -n 1 | grep -oE '[0-9]+' || echo 0)
  RSS[$profile]=$(awk '/VmRSS/ {print $2}' "/proc/$APP_PID/status")
  kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=""
done

# --- The cost of counting visits ------------------------------------------------------------
# The home page (from the page cache), loaded as browsers would load it — a browser's
# User-Agent, so that every request is counted — with the audience measurement on, then off.
# Scheduling stays on: the counts are written every 10 s while the load runs.
declare -A AUDIENCE_RPS AUDIENCE_P99
BROWSER_UA="Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0"
for counting in true false; do
  PER_ADMIN_PASSWORD=bench-only-password "$JAVA" -jar "$JAR" --server.port=$APP_PORT --logging.level.root=warn \
    "--spring.datasource.url=jdbc:h2:file:$WORK/h2/per;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" \
    --per.audience.enabled=$counting > "$WORK/app.log" 2>&1 &
  APP_PID=$!
  wait_ready
  wrk -t"$THREADS" -c"$CONNECTIONS" -d5s -H "User-Agent: $BROWSER_UA" "http://127.0.0.1:$APP_PORT/" >/dev/null
  out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -H "User-Agent: $BROWSER_UA" "http://127.0.0.1:$APP_PORT/")
  AUDIENCE_RPS[$counting]=$(echo "$out" | awk '/Requests\/sec/ {printf "%d", $2}')
  AUDIENCE_P99[$counting]=$(echo "$out" | awk '$1 == "99%" {print $2}')
  kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=""
done

chmod -R a+rX "$WORK/www"
nginx -c "$WORK/nginx/nginx.conf" -g 'daemon off;' &
NGINX_PID=$!
sleep 1
for page in "${PAGES[@]}"; do
  code=$(curl -s -o "$WORK/check.html" -w '%{http_code}' "http://127.0.0.1:$NGINX_PORT$page")
  [ "$code" = 200 ] || { echo "nginx answers $code for $page" >&2; cat "$WORK/nginx/error.log" >&2; exit 1; }
  cmp -s "$WORK/check.html" "$WORK/www/$( [ "$page" = / ] && echo index || echo "${page#/}").html" \
    || { echo "nginx does not serve the snapshot of $page" >&2; exit 1; }
done
for page in "${PAGES[@]}"; do wrk -t"$THREADS" -c"$CONNECTIONS" -d5s "http://127.0.0.1:$NGINX_PORT$page" >/dev/null; done
for page in "${PAGES[@]}"; do run_wrk "nginx-$page" "http://127.0.0.1:$NGINX_PORT$page"; done
kill "$NGINX_PID"; wait "$NGINX_PID" 2>/dev/null || true; NGINX_PID=""

# --- Start-up and the first 10 seconds ------------------------------------------------------
# Each run starts on a database already migrated (a restart, as in production), is timed from
# launch to the first 200 on / , then loaded at once for 10 s (the JIT still cold).
# Modes: the jar as built ("jar"); the extracted jar with the JVM's cache of loaded classes
# (Java 17: AppCDS) or with its ahead-of-time cache (Java 25: JEP 514/515, classes loaded and
# linked, method profiles), both written by a training run (docker/aot-training.sh, as in the
# Docker image).
declare -A SU_FIRST SU_STARTED SU_RPS10 SU_P99_10 SU_ERR10
STARTUP_ROWS=()
startup_run() { # key java jar db [jvm options...]
  local key=$1 java=$2 jar=$3 db=$4; shift 4
  local args=(--server.port=$APP_PORT --logging.level.root=warn --per.scheduling.enabled=false
    --logging.level.fr.peringenierie=info)
  if [ "$db" = h2 ]; then
    args+=("--spring.datasource.url=jdbc:h2:file:$WORK/h2-startup-$CODE_LABEL/per;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
  else
    args+=(--spring.profiles.active=postgres)
  fi
  local start out
  start=$(date +%s%N)
  PER_ADMIN_PASSWORD=bench-only-password "$java" "$@" -jar "$jar" "${args[@]}" > "$WORK/startup.log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 1200); do
    curl -fs -o /dev/null "http://127.0.0.1:$APP_PORT/" 2>/dev/null && break
    kill -0 "$APP_PID" 2>/dev/null || { echo "start-up run $key failed" >&2; cat "$WORK/startup.log" >&2; exit 1; }
    sleep 0.05
  done
  SU_FIRST[$key]=$(( ($(date +%s%N) - start) / 1000000 ))
  out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d10s --latency "http://127.0.0.1:$APP_PORT/")
  SU_RPS10[$key]=$(echo "$out" | awk '/Requests\/sec/ {printf "%d", $2}')
  SU_P99_10[$key]=$(echo "$out" | awk '$1 == "99%" {print $2}')
  SU_ERR10[$key]=$(echo "$out" | awk '/Non-2xx|Socket errors/ {print}' | tr '\n' ' ')
  SU_STARTED[$key]=$(grep -oE 'Started [A-Za-z]+ in [0-9.]+ seconds' "$WORK/startup.log" | grep -oE '[0-9.]+' | head -n 1 || echo "?")
  kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=""
  STARTUP_ROWS+=("$key")
}

startup_matrix() { # label jar
  local label=$1 jar=$2 dir="$WORK/extracted-$1"
  CODE_LABEL=$label
  "$JAVA" -Djarmode=tools -jar "$jar" extract --destination "$dir" >/dev/null
  local extracted
  extracted=$(ls "$dir"/*.jar | head -n 1)
  export PER_DB_URL="jdbc:postgresql://127.0.0.1:5432/per_bench_$label" PER_DB_USERNAME=postgres PER_DB_PASSWORD=
  psql -h 127.0.0.1 -U postgres -d postgres -qc "drop database if exists per_bench_$label" -c "create database per_bench_$label"
  docker/aot-training.sh "$JAVA" "$extracted" "-XX:ArchiveClassesAtExit=$dir/app.jsa"
  [ -n "$JAVA25" ] && docker/aot-training.sh "$JAVA25" "$extracted" "-XX:AOTCacheOutput=$dir/app.aot"
  for db in h2 postgres; do
    # A first start migrates the database; the measured runs are restarts.
    startup_run "warm-$label-$db" "$JAVA" "$jar" "$db"; unset "STARTUP_ROWS[-1]"
    startup_run "$label|$db|17|jar" "$JAVA" "$jar" "$db"
    startup_run "$label|$db|17|AppCDS" "$JAVA" "$extracted" "$db" "-XX:SharedArchiveFile=$dir/app.jsa"
    if [ -n "$JAVA25" ]; then
      startup_run "$label|$db|25|jar" "$JAVA25" "$jar" "$db"
      startup_run "$label|$db|25|AOT cache" "$JAVA25" "$extracted" "$db" "-XX:AOTCache=$dir/app.aot"
    fi
  done
}

if [ -n "$BENCH_BEFORE" ]; then
  git worktree add --force "$WORK/before" "$BENCH_BEFORE" >/dev/null 2>&1
  (cd "$WORK/before" && ./mvnw -q -B package -DskipTests)
  startup_matrix before "$(ls "$WORK"/before/target/per-ingenierie-site-*.jar | grep -v original | head -n 1)"
fi
startup_matrix after "$JAR"

# --- Targets: met or not, from the numbers above ------------------------------------------
verdict() { # condition-as-awk-expression
  awk "BEGIN { exit !($1) }" && echo "met" || echo "**not met**"
}
targets() {
  local page ratio p99 best=""
  for page in "${PAGES[@]}"; do
    ratio=$(ratio "${RPS[app-postgres-$page]}" "${RPS[nginx-$page]}")
    p99=$(echo "${P99[app-postgres-$page]}" | sed -E 's/ms$//; s/us$/\/1000/; s/s$/*1000/')
    echo "- \`$page\`, postgres, after warm-up: $ratio of nginx (target ≥ 0.5: $(verdict "$ratio >= 0.5")), p99 ${P99[app-postgres-$page]} (target < 20 ms: $(verdict "$p99 < 20")), errors: ${ERRORS[app-postgres-$page]:-none}."
  done
  for key in "${STARTUP_ROWS[@]}"; do
    case "$key" in after\|*) ;; *) continue ;; esac
    if [ -z "$best" ] || [ "${SU_FIRST[$key]}" -lt "${SU_FIRST[$best]}" ]; then best=$key; fi
  done
  if [ -n "$best" ]; then
    echo "- Launch to first page: best ${SU_FIRST[$best]} ms ($(echo "$best" | tr '|' ' ')) (target < 3000 ms: $(verdict "${SU_FIRST[$best]} < 3000"))."
  fi
  echo
  echo "Where the start-up goes (Spring's bean-creation log and a JFR recording of a start on Java 25 with the AOT cache): the JVM and Spring Boot's launch ~0.7 s, reading the configuration classes ~0.7 s, Hibernate's EntityManagerFactory ~0.8 s, the remaining beans (security, MVC, Flyway's validation) ~1.2 s, the first page's rendering ~0.5 s. Creating the repositories on first use (bootstrap-mode=lazy) saved ~0.7 s but slowed the first seconds of traffic (ContactCrashIT: 24 contact posts acknowledged in 3 s instead of 40), so they are created at start. Below 3 s would take Spring AOT on the JVM (measured −0.8 s, but it freezes @Conditional and @Profile at build time) or a native image."
  echo
  echo "The ratio to nginx depends on the machine: nginx served 58 k req/s on the AMD machine of the previous measurement (0.56 and 0.54 then) and 99–120 k on this one, where the application serves 32–42 k."
}

# --- Report ---------------------------------------------------------------------------------
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "?" }'; }
{
  echo "# Benchmark results"
  echo
  echo "- Date: $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "- Machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')), $(free -h | awk '/Mem:/ {print $2}') RAM"
  echo "- Java: $("$JAVA" -version 2>&1 | head -n 1); nginx: $(nginx -v 2>&1 | cut -d/ -f2); PostgreSQL: $(psql -h 127.0.0.1 -U postgres -tAc 'show server_version' | cut -d' ' -f1)"
  echo "- Command: \`bench/run.sh\` (wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency after a 5 s warm-up, on loopback; app and nginx serve the same bytes, uncompressed)"
  echo
  echo "| Page | Server | Requests/s | p50 | p99 | App / nginx | Errors |"
  echo "| --- | --- | ---: | ---: | ---: | ---: | --- |"
  for page in "${PAGES[@]}"; do
    for profile in "${PROFILES[@]}"; do
      k="app-$profile-$page"
      echo "| \`$page\` | app ($profile) | ${RPS[$k]} | ${P50[$k]} | ${P99[$k]} | $(ratio "${RPS[$k]}" "${RPS[nginx-$page]}") | ${ERRORS[$k]:-none} |"
    done
    k="nginx-$page"
    echo "| \`$page\` | nginx | ${RPS[$k]} | ${P50[$k]} | ${P99[$k]} | 1.00 | ${ERRORS[$k]:-none} |"
  done
  echo
  echo "| Profile | Started in (Spring) | Ready (health UP, from launch) | Heap used after load | RSS after load |"
  echo "| --- | ---: | ---: | ---: | ---: |"
  for profile in "${PROFILES[@]}"; do
    echo "| $profile | ${STARTUP[$profile]} | ${READY[$profile]} ms | $(( ${HEAP[$profile]} / 1024 )) MB | $(( ${RSS[$profile]} / 1024 )) MB |"
  done
  echo
  echo "h2 and postgres-read read the content revision on every request; postgres (the default) is told of each new revision by PostgreSQL (LISTEN/NOTIFY) the moment it commits, and reads it again every 5 s in case a notification was missed."
  echo
  echo "Home page weight, transferred as a browser fetches it (HTML, CSS, font, SVG images; gzip where offered): $(( WEIGHT / 1024 )) KB ($WEIGHT bytes)."
  echo
  echo "## Counting visits"
  echo
  echo "\`/\` on H2 from the page cache, every request with a browser's User-Agent (so every request is counted), wrk -t$THREADS -c$CONNECTIONS -d$DURATION after a 5 s warm-up."
  echo
  echo "| Audience measurement | Requests/s | p99 |"
  echo "| --- | ---: | ---: |"
  echo "| on (\`per.audience.enabled=true\`, the default) | ${AUDIENCE_RPS[true]} | ${AUDIENCE_P99[true]} |"
  echo "| off | ${AUDIENCE_RPS[false]} | ${AUDIENCE_P99[false]} |"
  echo "| on / off | $(ratio "${AUDIENCE_RPS[true]}" "${AUDIENCE_RPS[false]}") | |"
  echo
  echo "## Start-up and the first 10 seconds"
  echo
  echo "From launch to the first page served (a restart on a migrated database), then \`wrk -t$THREADS -c$CONNECTIONS -d10s\` on \`/\` at once. \"before\" is $BENCH_BEFORE, the last commit before this work; \"after\" is this commit. AppCDS and AOT cache: the extracted jar with the cache written by \`docker/aot-training.sh\` (trained on H2, used for both databases, as in the Docker image)."
  echo
  echo "| Code | Database | Java | Launch | First page after | Spring \"Started in\" | Req/s, first 10 s | p99, first 10 s | Errors |"
  echo "| --- | --- | --- | --- | ---: | ---: | ---: | ---: | --- |"
  for key in "${STARTUP_ROWS[@]}"; do
    IFS='|' read -r code db java mode <<< "$key"
    echo "| $code | $db | $java | $mode | ${SU_FIRST[$key]} ms | ${SU_STARTED[$key]} s | ${SU_RPS10[$key]} | ${SU_P99_10[$key]} | ${SU_ERR10[$key]:-none} |"
  done
  echo
  echo "## Targets"
  echo
  targets
  # jfr view needs JDK 21 or later; the recording itself is made by whichever JDK runs the app.
  JFR=$(ls /usr/lib/jvm/*-25-*/bin/jfr /usr/lib/jvm/*-21-*/bin/jfr 2>/dev/null | head -n 1 || true)
  if [ -n "$JFR" ] && [ -f "$WORK/postgres.jfr" ]; then
    echo
    echo '## Hot path (postgres profile, JFR `settings=profile`, whole run: warm-up and load)'
    echo
    echo '```'
    "$JFR" view --width 160 hot-methods "$WORK/postgres.jfr" 2>&1 | head -n 30
    echo '```'
  fi
} > "$RESULTS.new"
cat "$RESULTS.new"
mv "$RESULTS.new" "$RESULTS"
