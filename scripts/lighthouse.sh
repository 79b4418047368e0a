#!/usr/bin/env bash
# Lighthouse scores (accessibility, best practices, SEO, performance) of the home page, a
# department, the gallery, a project, the contact, team and site-map pages, written to
# target/lighthouse/. Needs the site running (./mvnw spring-boot:run) and Debian's chromium;
# Lighthouse 12 comes from npm (13 needs Node 22). Usage: scripts/lighthouse.sh [base-url]
set -euo pipefail
cd "$(dirname "$0")/.."
BASE="${1:-http://localhost:8080}"
OUT=target/lighthouse
mkdir -p "$OUT"
[ -x .tools/node_modules/.bin/lighthouse ] || npm install --silent --no-audit --no-fund --prefix .tools lighthouse@12
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
FLAGS="--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync"
printf '%-28s %13s %14s %5s %11s\n' page accessibility best-practices seo performance | tee "$OUT/scores.txt"
for page in / /departements/structure /realisations /realisations/les-marches-des-cevennes /contact /equipe /plan-du-site; do
  name=$(echo "$page" | sed 's#^/$#accueil#; s#^/##; s#/#-#g')
  .tools/node_modules/.bin/lighthouse "$BASE$page" --quiet --chrome-flags="$FLAGS" \
    --only-categories=accessibility,best-practices,seo,performance \
    --output=json --output=html --output-path="$OUT/$name" >/dev/null
  node -e '
    const r = require(process.argv[1]);
    const s = (k) => Math.round(r.categories[k].score * 100);
    console.log(process.argv[2].padEnd(28), String(s("accessibility")).padStart(13),
      String(s("best-practices")).padStart(14), String(s("seo")).padStart(5), String(s("performance")).padStart(11));
  ' "$PWD/$OUT/$name.report.json" "$page" | tee -a "$OUT/scores.txt"
done
echo "Rapports : $OUT/*.report.html"
