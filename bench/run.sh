#!/usr/bin/env bash
# Benchmark: the application (H2 and PostgreSQL profiles; PostgreSQL started with the README's
# production command, bin/per-ingenierie) against nginx serving the same pages as static files,
# loaded with wrk under the same settings. Prints requests per second and p50/p99 latency for
# each page, the app/nginx ratio, links with tracking parameters (same ETag, same rate), heap
# and RSS after the load, the transferred weight of the home page, the cost of counting visits;
# then the README's production command from launch to first page on a migrated PostgreSQL
# database, on the machine's Java and on Java 25, against the plain jar; then the targets, met
# or not. Writes the results at the top of bench/results.md (what the other benches wrote
# below stays). Everything runs on loopback.
# Usage: bench/run.sh   (BENCH_DURATION, BENCH_WARMUP, BENCH_CONNECTIONS, BENCH_THREADS,
#                        BENCH_STARTUP_RUNS, JAVA, JAVA25)
set -euo pipefail
cd "$(dirname "$0")/.."

APP_PORT=18080
NGINX_PORT=18081
DURATION="${BENCH_DURATION:-15s}"
WARMUP="${BENCH_WARMUP:-20s}"
CONNECTIONS="${BENCH_CONNECTIONS:-64}"
THREADS="${BENCH_THREADS:-2}"
JAVA="${JAVA:-java}"
JAVA25="${JAVA25:-$(ls /usr/lib/jvm/*-25-*/bin/java 2>/dev/null | head -n 1 || true)}"
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
run_wrk() { # name url [wrk options]
  local out name=$1 url=$2
  shift 2
  out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$@" "$url")
  RPS[$name]=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  P50[$name]=$(echo "$out" | awk '$1 == "50%" {print $2}')
  P99[$name]=$(echo "$out" | awk '$1 == "99%" {print $2}')
  ERRORS[$name]=$(echo "$out" | awk '/Non-2xx|Socket errors/ {print}' | tr '\n' ' ')
}

# bin/per-ingenierie takes its JVM from JAVA_HOME: the home of a java command.
java_home() { dirname "$(dirname "$(readlink -f "$(command -v "$1")")")"; }

wait_ready() {
  for _ in $(seq 1 1200); do
    curl -fs "http://127.0.0.1:$APP_PORT/actuator/health" >/dev/null 2>&1 && return 0
    sleep 0.25
  done
  echo "the application did not start" >&2; cat "$WORK/app.log" >&2; exit 1
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
  # postgres runs as the README says, through bin/per-ingenierie (its first start here trains
  # the start-up cache, so its "Ready" below includes the training); the others as plain jars.
  launch=("$JAVA" -jar "$JAR")
  if [ "$profile" = postgres ]; then
    launch=(env JAVA_HOME="$(java_home "$JAVA")" PER_LAUNCH_DIR="$WORK/launch-load" bin/per-ingenierie)
  fi
  start=$(date +%s%N)
  PER_ADMIN_PASSWORD=bench-only-password "${launch[@]}" "${args[@]}" --logging.level.fr.peringenierie=info \
    --logging.level.fr.peringenierie.site.PerIngenierieApplication=info > "$WORK/app.log" 2>&1 &
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
  for page in "${PAGES[@]}"; do wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "http://127.0.0.1:$APP_PORT$page" >/dev/null; done
  for page in "${PAGES[@]}"; do run_wrk "app-$profile-$page" "http://127.0.0.1:$APP_PORT$page"; done
  if [ "$profile" = postgres ]; then
    # A profile of the hot path, on a load of its own (a recording slows what it records).
    jcmd "$APP_PID" JFR.start name=bench settings=profile "filename=$WORK/postgres.jfr" >/dev/null
    wrk -t"$THREADS" -c"$CONNECTIONS" -d10s "http://127.0.0.1:$APP_PORT/" >/dev/null
    jcmd "$APP_PID" JFR.stop name=bench >/dev/null
    # Links with tracking parameters: the same cached page (same ETag) at the same rate, with a
    # made-up value on every request.
    ETAG_PLAIN=$(curl -s -D - -o /dev/null "http://127.0.0.1:$APP_PORT/" | awk -F': ' 'tolower($1) == "etag" {print $2}' | tr -d '\r')
    ETAG_UTM=$(curl -s -D - -o /dev/null "http://127.0.0.1:$APP_PORT/?utm_source=x" | awk -F': ' 'tolower($1) == "etag" {print $2}' | tr -d '\r')
    export FLOOD_PATH=/
    run_wrk "flood-/" "http://127.0.0.1:$APP_PORT" -s bench/tracking-flood.lua
  fi
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

# --- Start-up: the README's production command -------------------------------------------
# bin/per-ingenierie with the postgres profile, on a database already migrated (a restart, as
# in production): timed from launch to the first 200 on / . The first start of a new jar with a
# JVM extracts it and trains the JVM's start-up cache (AppCDS on Java 17, the AOT cache on
# Java 25), once; the restarts after it are the ones that count. For comparison, the plain
# `java -jar`. Then the first 10 seconds of load on one restart (the JIT still cold).
declare -A SU_FIRST SU_STARTED SU_RPS10 SU_P99_10 SU_ERR10
STARTUP_ROWS=()
STARTUP_RUNS="${BENCH_STARTUP_RUNS:-3}"
export PER_DB_URL=jdbc:postgresql://127.0.0.1:5432/per_bench_startup PER_DB_USERNAME=postgres PER_DB_PASSWORD=
psql -h 127.0.0.1 -U postgres -d postgres -qc "drop database if exists per_bench_startup" -c "create database per_bench_startup"
first_page() { # key [--load] command... : launch, time the first page, optionally load 10 s, stop
  local key=$1; shift
  local load=no
  if [ "$1" = --load ]; then load=yes; shift; fi
  local start out
  start=$(date +%s%N)
  PER_ADMIN_PASSWORD=bench-only-password "$@" --spring.profiles.active=postgres --server.port=$APP_PORT \
    --logging.level.root=warn --logging.level.fr.peringenierie.site.PerIngenierieApplication=info > "$WORK/startup.log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 3000); do
    curl -fs -o /dev/null "http://127.0.0.1:$APP_PORT/" 2>/dev/null && break
    kill -0 "$APP_PID" 2>/dev/null || { echo "start-up run $key failed" >&2; cat "$WORK/startup.log" >&2; exit 1; }
    sleep 0.02
  done
  SU_FIRST[$key]="${SU_FIRST[$key]:+${SU_FIRST[$key]} }$(( ($(date +%s%N) - start) / 1000000 ))"
  if [ "$load" = yes ]; then
    out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d10s --latency "http://127.0.0.1:$APP_PORT/")
    SU_RPS10[$key]=$(echo "$out" | awk '/Requests\/sec/ {printf "%d", $2}')
    SU_P99_10[$key]=$(echo "$out" | awk '$1 == "99%" {print $2}')
    SU_ERR10[$key]=$(echo "$out" | awk '/Non-2xx|Socket errors/ {print}' | tr '\n' ' ')
  fi
  kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=""
  # Logged once the context is ready, which may come just after the first page.
  SU_STARTED[$key]="${SU_STARTED[$key]:+${SU_STARTED[$key]} }$(grep -oE 'Started [A-Za-z]+ in [0-9.]+ seconds' "$WORK/startup.log" | grep -oE '[0-9.]+' | head -n 1 || echo "?")"
  case " ${STARTUP_ROWS[*]} " in *" $key "*) ;; *) STARTUP_ROWS+=("$key") ;; esac
}
median() { tr ' ' '\n' <<< "$1" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

JVMS=("$JAVA")
[ -n "$JAVA25" ] && JVMS+=("$JAVA25")
# The migration, not measured.
first_page migrate "$JAVA" -jar "$JAR"; unset "STARTUP_ROWS[-1]"
for java in "${JVMS[@]}"; do
  feature=$("$java" -XshowSettings:properties -version 2>&1 | awk -F' = ' '$1 ~ /java\.specification\.version$/ {print $2}')
  launch=(env JAVA_HOME="$(java_home "$java")" PER_LAUNCH_DIR="$WORK/launch" bin/per-ingenierie)
  first_page "$feature|java -jar" "$java" -jar "$JAR"
  first_page "$feature|bin/per-ingenierie, first start (extract, train, start)" "${launch[@]}"
  for run in $(seq 1 "$STARTUP_RUNS"); do
    if [ "$run" = 1 ]; then
      first_page "$feature|bin/per-ingenierie" --load "${launch[@]}"
    else
      first_page "$feature|bin/per-ingenierie" "${launch[@]}"
    fi
  done
done

# --- Targets: met or not, from the numbers above ------------------------------------------
verdict() { # condition-as-awk-expression
  awk "BEGIN { exit !($1) }" && echo "met" || echo "**not met**"
}
targets() {
  local page ratio p99 key
  for page in "${PAGES[@]}"; do
    ratio=$(ratio "${RPS[app-postgres-$page]}" "${RPS[nginx-$page]}")
    p99=$(echo "${P99[app-postgres-$page]}" | sed -E 's/ms$//; s/us$/\/1000/; s/s$/*1000/')
    echo "- \`$page\`, postgres (bin/per-ingenierie), after warm-up: $ratio of nginx (target ≥ 0.5: $(verdict "$ratio >= 0.5")), p99 ${P99[app-postgres-$page]} (target < 20 ms: $(verdict "$p99 < 20")), errors: ${ERRORS[app-postgres-$page]:-none}."
  done
  echo "- \`/?utm_source=x\` answers the ETag of \`/\` ($ETAG_UTM and $ETAG_PLAIN: $( [ -n "$ETAG_PLAIN" ] && [ "$ETAG_UTM" = "$ETAG_PLAIN" ] && echo "same, met" || echo "**different, not met**")); a made-up tracking or unknown parameter on every request: ${RPS[flood-/]} req/s, $(ratio "${RPS[flood-/]}" "${RPS[app-postgres-/]}") of plain \`/\`, p99 ${P99[flood-/]} (served from the cache: $(verdict "$(ratio "${RPS[flood-/]}" "${RPS[app-postgres-/]}") >= 0.8"))."
  for key in "${STARTUP_ROWS[@]}"; do
    case "$key" in *"|bin/per-ingenierie") ;; *) continue ;; esac
    echo "- The README's production command, Java ${key%%|*}, launch to first page on a migrated PostgreSQL database: median $(median "${SU_FIRST[$key]}") ms of ${SU_FIRST[$key]} (target < 3000 ms: $(verdict "$(median "${SU_FIRST[$key]}") < 3000"))."
  done
  echo
  echo "Where a start goes (Spring's start-up steps, BufferingApplicationStartup, Java 25 with the AOT cache, PostgreSQL, this machine, 2026-12-07; about 6 s to a ready context, the first page ~1 s later): the JVM to main() 0.35 s; reading the 304 configuration classes 1.0 s; Hibernate's EntityManagerFactory 1.4 s (its schema validation costs 0.6–0.8 s on H2 and nothing measurable on PostgreSQL: kept); the content publishers and their repositories 0.75 s; the other ~300 beans (Tomcat, Spring Security, MVC, Flyway's check) about 2 s; the first page's rendering (templates parsed on first use) the rest."
  echo
  echo "Tried and not kept: Spring AOT on the JVM (process-aot, -Dspring.aot.enabled=true) saved 0.7 s of 7 s, but freezes every @Conditional at build time (the restore command and per.scheduling.enabled are runtime switches), needs --add-opens for Spring Data's AOT processing, and adds 20 s to every build; building the EntityManagerFactory in the background (bootstrap-mode=deferred) deadlocks, since beans read the JPA metamodel in their constructors; creating repositories on first use (bootstrap-mode=lazy) saved 0.7 s but slowed the first seconds of traffic (24 contact posts acknowledged in 3 s instead of 40); every bean created on first use (spring.main.lazy-initialization) saves 0.5 s to a ready context, which the first page pays back for the public ones, so the back office's own beans are worth less than that. Below 3 s on this 2-core machine would take a native image."
  echo
  echo "Server: Jetty 12 serves the cached home page about 20 % faster than Tomcat here (39.2 k and 33.3 k req/s against 30.9 k and 27.1 k, same jar otherwise, measured 2026-12-07). Tomcat is kept: its RemoteIpValve believes X-Forwarded-* only from the declared proxies (PER_TRUSTED_PROXIES), which Jetty's ForwardedRequestCustomizer cannot do (spring-boot#4018) and would have to be written by hand: a security rule of our own for 20 % more of a page the cache already serves. Unlimited keep-alive requests and no HTTP server observation made no difference beyond the noise (28.2 k and 26.3 k against 25.4 k and 28.8 k)."
}

# --- Report ---------------------------------------------------------------------------------
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "?" }'; }
{
  echo "# Benchmark results"
  echo
  echo "- Date: $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "- Machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')), $(free -h | awk '/Mem:/ {print $2}') RAM"
  echo "- Java: $("$JAVA" -version 2>&1 | head -n 1); nginx: $(nginx -v 2>&1 | cut -d/ -f2); PostgreSQL: $(psql -h 127.0.0.1 -U postgres -tAc 'show server_version' | cut -d' ' -f1)"
  echo "- Command: \`bench/run.sh\` (wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency after a $WARMUP warm-up per page, on loopback; app and nginx serve the same bytes, uncompressed; the postgres profile through bin/per-ingenierie on the machine's Java)"
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
  k="flood-/"
  echo "| \`/?<tracking or unknown>=<random>\` | app (postgres) | ${RPS[$k]} | ${P50[$k]} | ${P99[$k]} | $(ratio "${RPS[$k]}" "${RPS[nginx-/]}") | ${ERRORS[$k]:-none} |"
  echo
  echo "| Profile | Started in (Spring) | Ready (health UP, from launch; postgres: includes the first start's training) | Heap used after load | RSS after load |"
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
  echo "## Start-up: the README's production command"
  echo
  echo "\`bin/per-ingenierie --spring.profiles.active=postgres\` from launch to the first page served, on a PostgreSQL database already migrated (a restart, as in production), $STARTUP_RUNS restarts; the first start of a jar with a JVM extracts it and trains the JVM's start-up cache once (AppCDS on Java 17, the AOT cache on Java 25). \`java -jar\` for comparison. Then \`wrk -t$THREADS -c$CONNECTIONS -d10s\` on \`/\` right after the first restart's first page."
  echo
  echo "| Java | Launch | First page after (ms) | Median | Spring \"Started in\" (s) | Req/s, first 10 s | p99, first 10 s | Errors |"
  echo "| --- | --- | --- | ---: | --- | ---: | ---: | --- |"
  for key in "${STARTUP_ROWS[@]}"; do
    IFS='|' read -r java mode <<< "$key"
    echo "| $java | $mode | ${SU_FIRST[$key]} | $(median "${SU_FIRST[$key]}") | ${SU_STARTED[$key]} | ${SU_RPS10[$key]:-} | ${SU_P99_10[$key]:-} | ${SU_ERR10[$key]:-none} |"
  done
  echo
  echo "## Targets"
  echo
  targets
  # jfr view needs JDK 21 or later; the recording itself is made by whichever JDK runs the app.
  JFR=$(ls /usr/lib/jvm/*-25-*/bin/jfr /usr/lib/jvm/*-21-*/bin/jfr 2>/dev/null | head -n 1 || true)
  if [ -n "$JFR" ] && [ -f "$WORK/postgres.jfr" ]; then
    echo
    echo '## Hot path (postgres profile, JFR `settings=profile`, 10 s of load on `/` after the measured runs)'
    echo
    echo '```'
    "$JFR" view --width 160 hot-methods "$WORK/postgres.jfr" 2>&1 | head -n 30
    echo '```'
  fi
  echo
} > "$RESULTS.new"
cat "$RESULTS.new"
# What the other benches wrote below the marker stays.
sed -n '/^<!-- Above: written by bench\/run.sh/,$p' "$RESULTS" >> "$RESULTS.new"
mv "$RESULTS.new" "$RESULTS"
