#!/usr/bin/env bash
# Two instances on one PostgreSQL behind nginx round-robin (no sticky sessions), as in
# production with several instances. Proves, through the balancer: sign-in and editing
# (sessions and CSRF tokens shared), an edit visible through both instances on the next
# request, a contact burst meeting the shared limit, one notification e-mail per
# request, one scheduled publication, an administrator's second factor. Exits non-zero on the first failed check.
# Usage: bench/cluster.sh   (run by .ci/run)
set -euo pipefail
cd "$(dirname "$0")/.."

LB=18180; A=18181; B=18182; SMTP=18125
DB=per_cluster
JAVA="${JAVA:-java}"
WORK=$(mktemp -d /tmp/per-cluster.XXXXXX)
chmod 755 "$WORK"
PIDS=()
ADMIN_PASSWORD="cluster-$(date +%s)-mot-de-passe"

cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  [ -f "$WORK/nginx.pid" ] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null || true
  wait 2>/dev/null || true
}
trap cleanup EXIT
fail() {
  echo "ÉCHEC : $*" >&2
  for port in $A $B; do
    echo "--- :$port" >&2
    curl -s -D - "http://127.0.0.1:$port/" 2>/dev/null | grep -iE '^(etag|x-|cache)|hero__tagline' >&2 || true
  done
  echo "--- révision en base : $(sql "select revision from content_revision" 2>/dev/null)" >&2
  echo "--- journal A" >&2; tail -n 20 "$WORK/a.log" >&2 || true
  exit 1
}
ok() { echo "ok : $*"; }

need() { command -v "$1" >/dev/null 2>&1; }
if ! need nginx || ! need python3; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx python3 >/dev/null
fi
psql -h 127.0.0.1 -U postgres -d postgres -qc "drop database if exists $DB" >/dev/null
psql -h 127.0.0.1 -U postgres -d postgres -qc "create database $DB" >/dev/null
sql() { psql -h 127.0.0.1 -U postgres -d "$DB" -tAc "$1"; }

# Always the jar of the code as it is now.
./mvnw -q -B package -DskipTests
JAR=$(ls "$PWD"/target/per-ingenierie-site-*.jar | grep -v original | head -n 1)
# The instances start as the README's production command starts them.
ROOT=$PWD
JAVA_HOME_OF_JAVA=$(dirname "$(dirname "$(readlink -f "$(command -v "$JAVA")")")")

python3 bench/smtp-sink.py "$SMTP" "$WORK/mails" & PIDS+=($!)
: > "$WORK/mails"

start() { # name port
  (cd "$WORK" && SPRING_PROFILES_ACTIVE=postgres PER_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" \
    PER_DB_USERNAME=postgres PER_DB_PASSWORD="" PER_ADMIN_PASSWORD="$ADMIN_PASSWORD" \
    PER_MAIL_HOST=127.0.0.1 PER_MAIL_PORT=$SMTP PER_SITE_BASE_URL="http://127.0.0.1:$LB" \
    PER_JAR="$JAR" PER_LAUNCH_DIR="$WORK/launch" JAVA_HOME="$JAVA_HOME_OF_JAVA" \
    exec "$ROOT/bin/per-ingenierie" --server.port="$2" --per.contact.outbox-interval=1s \
      --per.drafts.publish-interval=1s > "$WORK/$1.log" 2>&1) &
  PIDS+=($!)
  # The first start of the jar trains the JVM's start-up cache (README, production), once.
  for _ in $(seq 1 600); do
    curl -fs "http://127.0.0.1:$2/actuator/health" >/dev/null 2>&1 && return 0
    sleep 0.5
  done
  fail "l’instance $1 n’a pas démarré"
}
start a $A   # the first one migrates the database
start b $B
caches=$(find "$WORK/launch" -name app.jsa -o -name app.aot | wc -l)
[ "$caches" = 1 ] || fail "bin/per-ingenierie : $caches caches de démarrage au lieu d’un"
grep -q "SharedArchiveFile\|AOTCache" "/proc/$(pgrep -f -- "--server.port=$B" | head -n 1)/cmdline" \
  || fail "l’instance b n’a pas démarré avec le cache de démarrage"
ok "deux instances lancées par bin/per-ingenierie (la commande de production du README), un seul entraînement, la seconde avec le cache"

cat > "$WORK/nginx.conf" <<CONF
worker_processes 1;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log warn;
events { worker_connections 256; }
http {
  access_log off;
  client_body_temp_path $WORK; proxy_temp_path $WORK; fastcgi_temp_path $WORK;
  uwsgi_temp_path $WORK; scgi_temp_path $WORK;
  upstream site { server 127.0.0.1:$A; server 127.0.0.1:$B; }
  server {
    listen 127.0.0.1:$LB;
    location / {
      proxy_pass http://site;
      proxy_set_header Host \$http_host;
      proxy_set_header X-Forwarded-For \$remote_addr;
      proxy_set_header X-Forwarded-Proto \$scheme;
      add_header X-Instance \$upstream_addr always;
    }
  }
}
CONF
nginx -c "$WORK/nginx.conf"
BASE="http://127.0.0.1:$LB"
JAR_COOKIES="$WORK/staff.cookies"
# The value of a form field in a page; every command reads its whole input (pipefail).
field() { grep -o "name=\"$1\" value=\"[^\"]*\"" | sed -n '1{s/.*value="//;s/"$//;p}'; }

# 1. Signing in and working through the balancer: every request may reach either instance.
token=$(curl -s -c "$JAR_COOKIES" "$BASE/admin/login" | field _csrf)
code=$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' -b "$JAR_COOKIES" -c "$JAR_COOKIES" \
  "$BASE/admin/login" --data-urlencode "username=admin" --data-urlencode "password=$ADMIN_PASSWORD" \
  --data-urlencode "_csrf=$token")
case "$code" in "302 "*/admin) ;; *) fail "connexion par le répartiteur : $code" ;; esac
: > "$WORK/instances"
for _ in 1 2 3 4 5 6; do
  out=$(curl -s -D "$WORK/headers" -b "$JAR_COOKIES" -c "$JAR_COOKIES" "$BASE/admin")
  grep -q "Tableau de bord" <<<"$out" || fail "une page de l’administration a redemandé la connexion"
  grep -i '^X-Instance:' "$WORK/headers" >> "$WORK/instances"
done
[ "$(sort -u "$WORK/instances" | wc -l)" -eq 2 ] || fail "les requêtes n’ont pas atteint les deux instances"
ok "connexion et navigation par le répartiteur, sur les deux instances"

for name in a b; do
  grep -q "LISTEN/NOTIFY" "$WORK/$name.log" || fail "l’instance $name n’écoute pas les révisions (LISTEN/NOTIFY)"
done

# 2. An edit made through the balancer is visible through both instances: the instance that
# did not save it hears of the new revision by PostgreSQL's NOTIFY.
TEXT_ID=$(sql "select id from page_text where code = 'home.tagline'")
edit() { # text action [publishAt]
  local page version tok
  page=$(curl -s -b "$JAR_COOKIES" -c "$JAR_COOKIES" "$BASE/admin/textes/$TEXT_ID")
  version=$(field version <<<"$page"); tok=$(field _csrf <<<"$page")
  curl -s -o /dev/null -w '%{http_code} %{redirect_url}' -b "$JAR_COOKIES" -c "$JAR_COOKIES" \
    "$BASE/admin/textes/$TEXT_ID" \
    --data-urlencode "_csrf=$tok" --data-urlencode "version=$version" --data-urlencode "value=$1" \
    --data-urlencode "action=$2" --data-urlencode "publishAt=${3:-}"
}
NEW_TEXT="Un interlocuteur unique, vérifié en grappe $(date +%s)"
answer=$(edit "$NEW_TEXT" publier)
saved=$(date +%s%N)
[ "$answer" = "302 $BASE/admin/textes" ] || fail "l’enregistrement par le répartiteur a échoué : $answer"
[ "$(sql "select body from page_text where id = $TEXT_ID")" = "$NEW_TEXT" ] || fail "le texte n’est pas en base"
tries=""
for port in $A $B; do
  # The instance that did not save it learns of the new revision by NOTIFY, a few
  # milliseconds after the commit: it is given up to two seconds, and the delay is told.
  # The page is read whole before it is searched: grep -q would stop curl halfway (pipefail).
  for try in $(seq 1 400); do
    page=$(curl -s "http://127.0.0.1:$port/")
    grep -qF "$NEW_TEXT" <<<"$page" && break
    sleep 0.005
  done
  grep -qF "$NEW_TEXT" <<<"$page" || fail "la modification n’est pas visible sur :$port"
  tries="$tries :$port=$try"
done
delay=$(( ($(date +%s%N) - saved) / 1000000 ))
ok "modification visible sur les deux instances ${delay} ms après la réponse à l’enregistrement (contrôle en base et rendu des pages compris ; requêtes :$tries)"

# 3. A burst of contact requests from one client meets one limit, shared by the instances.
sql "update site_setting set setting_value = 'equipe@per-ingenierie.fr' where code = 'contact.recipient'" >/dev/null
LIMIT=5
accepted=0; refused=0
for i in $(seq 1 $((LIMIT * 2))); do
  jar="$WORK/prospect-$i.cookies"
  page=$(curl -s -c "$jar" "$BASE/contact")
  code=$(curl -s -o /dev/null -w '%{http_code}' -b "$jar" "$BASE/contact" \
    --data-urlencode "_csrf=$(field _csrf <<<"$page")" --data-urlencode "submissionKey=$(field submissionKey <<<"$page")" \
    --data-urlencode "name=Prospect $i" --data-urlencode "email=prospect$i@example.com" \
    --data-urlencode "subject=structure" --data-urlencode "message=Demande numéro $i envoyée en rafale.")
  case "$code" in 302) accepted=$((accepted + 1)) ;; 429) refused=$((refused + 1)) ;; *) fail "envoi $i : $code" ;; esac
done
[ "$accepted" -eq "$LIMIT" ] || fail "$accepted demandes acceptées pour une limite de $LIMIT"
[ "$(sql "select count(*) from contact_request")" -eq "$LIMIT" ] || fail "demandes enregistrées ≠ $LIMIT"
ok "rafale de $((LIMIT * 2)) envois : $accepted acceptés, $refused refusés (limite partagée)"

# 4. One e-mail per request, although both instances run the outbox every second.
for _ in $(seq 1 60); do [ "$(wc -l < "$WORK/mails")" -ge "$LIMIT" ] && break; sleep 0.5; done
sleep 4
[ "$(wc -l < "$WORK/mails")" -eq "$LIMIT" ] || fail "$(wc -l < "$WORK/mails") e-mails pour $LIMIT demandes"
ok "un e-mail par demande ($LIMIT)"

# 5. A scheduled publication goes live once.
WHEN=$(TZ=Europe/Paris date -d '+4 seconds' '+%Y-%m-%dT%H:%M:%S')
SCHEDULED_TEXT="Publication programmée en grappe $(date +%s)"
answer=$(edit "$SCHEDULED_TEXT" programmer "$WHEN")
[ "$answer" = "302 $BASE/admin/textes" ] || fail "la programmation a échoué : $answer"
for _ in $(seq 1 40); do
  [ "$(sql "select count(*) from content_draft")" -eq 0 ] && break; sleep 0.5
done
sleep 3
[ "$(sql "select count(*) from audit_entry where action = 'Publication (programmée)'")" -eq 1 ] \
  || fail "publication programmée : $(sql "select count(*) from audit_entry where action = 'Publication (programmée)'") fois"
for port in $A $B; do
  page=$(curl -s "http://127.0.0.1:$port/")
  grep -qF "$SCHEDULED_TEXT" <<<"$page" || fail "publication programmée absente de :$port"
done
ok "publication programmée une seule fois, visible sur les deux instances"
# 6. An administrator's second factor: the code one instance sends is accepted by whichever
# instance receives it (one-time codes live in the database), and serves once.
page=$(curl -s -b "$JAR_COOKIES" -c "$JAR_COOKIES" "$BASE/admin/mot-de-passe")
token=$(field _csrf <<<"$page")
answer=$(curl -s -o /dev/null -w '%{http_code}' -b "$JAR_COOKIES" -c "$JAR_COOKIES" \
  "$BASE/admin/mot-de-passe/courriel" --data-urlencode "email=direction@per-ingenierie.test" \
  --data-urlencode "_csrf=$token")
[ "$answer" = "302" ] || fail "adresse e-mail de l’administrateur non enregistrée : $answer"
sign_in_to_second_factor() { # cookie jar
  local token answer
  token=$(curl -s -c "$1" "$BASE/admin/login" | field _csrf)
  answer=$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' -b "$1" -c "$1" "$BASE/admin/login" \
    --data-urlencode "username=admin" --data-urlencode "password=$ADMIN_PASSWORD" --data-urlencode "_csrf=$token")
  case "$answer" in "302 "*/admin/second-facteur) ;; *) fail "mot de passe seul : $answer (second facteur attendu)" ;; esac
  answer=$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' -b "$1" -c "$1" "$BASE/admin")
  case "$answer" in *second-facteur*) ;; *) fail "le tableau de bord s’ouvre sans second facteur : $answer" ;; esac
}
verify_code() { # cookie jar, code → the answer
  local page token
  page=$(curl -s -b "$1" -c "$1" "$BASE/admin/second-facteur")
  token=$(field _csrf <<<"$page")
  curl -s -o /dev/null -w '%{http_code} %{redirect_url}' -b "$1" -c "$1" "$BASE/admin/second-facteur/verifier" \
    --data-urlencode "code=$2" --data-urlencode "_csrf=$token"
}
MFA_COOKIES="$WORK/mfa.cookies"
sign_in_to_second_factor "$MFA_COOKIES"
page=$(curl -s -b "$MFA_COOKIES" -c "$MFA_COOKIES" "$BASE/admin/second-facteur")
token=$(field _csrf <<<"$page")
curl -s -o /dev/null -b "$MFA_COOKIES" -c "$MFA_COOKIES" "$BASE/admin/second-facteur/envoyer" \
  --data-urlencode "_csrf=$token"
body=$(sql "select body from outgoing_mail where subject like '%code de connexion%' order by id desc limit 1")
otp=$(grep -o 'saisissez ce code : [0-9a-fA-F-]\{36\}' <<<"$body" | sed 's/.* : //' || true)
[ -n "$otp" ] || fail "aucun code de connexion dans la file des e-mails"
answer=$(verify_code "$MFA_COOKIES" "$otp")
case "$answer" in "302 "*/admin) ;; *) fail "code de connexion refusé : $answer" ;; esac
: > "$WORK/instances"
for _ in 1 2 3 4 5 6; do
  out=$(curl -s -D "$WORK/headers" -b "$MFA_COOKIES" -c "$MFA_COOKIES" "$BASE/admin")
  grep -q "Tableau de bord" <<<"$out" || fail "après le second facteur, une instance redemande la connexion"
  grep -i '^X-Instance:' "$WORK/headers" >> "$WORK/instances"
done
[ "$(sort -u "$WORK/instances" | wc -l)" -eq 2 ] || fail "les requêtes n’ont pas atteint les deux instances"
REPLAY_COOKIES="$WORK/replay.cookies"
sign_in_to_second_factor "$REPLAY_COOKIES"
answer=$(verify_code "$REPLAY_COOKIES" "$otp")
case "$answer" in "302 "*/admin/second-facteur) ;; *) fail "un code de connexion a servi deux fois : $answer" ;; esac
ok "second facteur : mot de passe seul refusé, code envoyé par une instance accepté par le répartiteur, une seule fois"
echo "Grappe de deux instances : toutes les vérifications passent."
