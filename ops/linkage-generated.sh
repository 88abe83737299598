#!/usr/bin/env bash
# Measures the probable-duplicate linkage on a generated month that no one has seen before:
# generates ROWS roster rows with SEED (planting persons enrolled twice, TWICE share of households),
# runs the whole job on a fresh H2 database, exports flags and suspects, and prints recall and
# precision per kind of damage with ops/linkage-eval.py.
#
#   ops/linkage-generated.sh SEED ROWS [TWICE] [WORK]     (defaults: TWICE 0.01, WORK /tmp/linkage-gen-SEED-ROWS)
#
# THRESHOLD=-7: the run links at THRESHOLD and the counts use it. A row whose ID cannot be read keeps
# only its one clear person among the links the run makes, so a run at a lower threshold (RUN_THRESHOLD,
# e.g. -30, to print the curve below -7) decides that among more links and counts a little differently.
# JAR defaults to target/reconcile.jar.
set -euo pipefail
if [[ $# -lt 2 ]]; then
  echo "usage: $0 SEED ROWS [TWICE] [WORK]" >&2
  exit 2
fi
seed=$1 rows=$2 twice=${3:-0.01}
work=${4:-/tmp/linkage-gen-$seed-$rows}
here=$(cd "$(dirname "$0")" && pwd)
jar=${JAR:-$here/../target/reconcile.jar}
threshold=${THRESHOLD:--7}
month=2024-05
rm -rf "$work"
mkdir -p "$work/exports"
db="--spring.datasource.url=jdbc:h2:file:$work/db/reconcile;NON_KEYWORDS=MONTH,YEAR;WRITE_DELAY=0;USER=sa"
java -jar "$jar" gen --rows "$rows" --seed "$seed" --twice "$twice" --month "$month" --out "$work/inbox" --truth "$work/truth"
start=$(date +%s)
java -jar "$jar" run --inbox "$work/inbox" --policy "$work/inbox/policy.yml" "$db" \
  --reconcile.archive-dir="$work/archive" --reconcile.linkage.threshold="${RUN_THRESHOLD:-$threshold}" > "$work/run.log" 2>&1 \
  || { echo "run failed (exit $?), see $work/run.log" >&2; exit 1; }
echo "run: $(( $(date +%s) - start )) s; $(grep -o 'link: .*' "$work/run.log" | head -1)"
for what in flags suspects; do
  java -jar "$jar" export "$what" --month "$month" --out "$work/exports/${what}_$month.csv" "$db" > /dev/null
done
python3 "$here/linkage-eval.py" --truth "$work/truth/rows.csv" --exports "$work/exports" --threshold "$threshold" --curve
