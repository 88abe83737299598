#!/bin/sh
# Pictures of what the analyst gets, for the README: the yearly report's HTML page (headless Chromium)
# and two workbook sheets (LibreOffice headless, through PDF): the aggregates export and the report's
# monthly sheet with its chart. They are made from the sample inbox (input-samples/) on a throw-away
# H2 database, so they show exactly what the current build writes.
#
#   ops/pictures.sh [JAR]          (default target/reconcile.jar; build it with mvn -DskipTests package)
#
# Needs the Debian packages chromium, libreoffice-calc-nogui, poppler-utils (pdftoppm) and a CJK font
# (fonts-noto-cjk):  apt-get install -y chromium libreoffice-calc-nogui poppler-utils fonts-noto-cjk
set -eu
cd "$(dirname "$0")/.."
JAR=${1:-target/reconcile.jar}
OUT=ops/pictures
for tool in chromium soffice pdftoppm; do
    command -v "$tool" >/dev/null || { echo "pictures: $tool is missing; install the packages named at the top of $0" >&2; exit 2; }
done
[ -f "$JAR" ] || { echo "pictures: $JAR is missing; build it with: mvn -B -ntp -DskipTests package" >&2; exit 2; }

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
reconcile() {
    java -jar "$JAR" "$@" --spring.datasource.url="jdbc:h2:file:$WORK/db;NON_KEYWORDS=MONTH,YEAR" \
        --reconcile.archive-dir="$WORK/archive" --reconcile.log-file="$WORK/reconcile.log" 2>>"$WORK/stderr.log" \
        || { echo "pictures: reconcile $1 failed; see its output:" >&2; tail -5 "$WORK/stderr.log" >&2; exit 1; }
}
reconcile run --inbox input-samples --policy input-samples/policy.yml >/dev/null
reconcile report --year 2019 --district 东坪区 --out "$WORK" >/dev/null
reconcile export aggregates --month 2019-07 --format xlsx --out "$WORK/aggregates_2019-07.xlsx" >/dev/null
mkdir -p "$OUT"

# The HTML page, whole, at a desktop width (the window is as tall as the page).
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --force-device-scale-factor=1 \
    --window-size=1280,2400 --screenshot="$OUT/report_2019.png" "file://$WORK/report_2019.html" 2>/dev/null

# A workbook's sheet: LibreOffice prints it to PDF as the workbook's page setup says (A4 landscape, one
# page wide), pdftoppm renders the page. $2 is the page (the sheets are printed in order), $3 the
# picture's name, $4 the resolution, $5 pdftoppm's crop options, if any.
sheet() {
    soffice --headless --norestore -env:UserInstallation="file://$WORK/lo" --convert-to pdf --outdir "$WORK" "$1" >/dev/null 2>&1
    pdftoppm -png -r "$4" -f "$2" -l "$2" -singlefile $5 "$WORK/$(basename "$1" .xlsx).pdf" "$OUT/$3"
}
sheet "$WORK/aggregates_2019-07.xlsx" 1 aggregates_2019-07 200 "-x 120 -y 130 -W 1180 -H 470"
sheet "$WORK/report_2019.xlsx" 2 report_2019_monthly 110 ""
ls -l "$OUT"
