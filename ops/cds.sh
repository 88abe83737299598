#!/bin/sh
# A faster start (class data sharing): unpacks JAR into app/ beside it and records there the
# classes a start loads (app/reconcile.jsa), once per JAR: a later call with the same JAR returns at
# once, so the units call it before every start and an upgraded JAR is prepared on its first start.
# Start with:
#   java -XX:SharedArchiveFile=app/reconcile.jsa -Xlog:cds=off -Xlog:cds+dynamic=off -jar app/reconcile.jar …
# Usage: ops/cds.sh /opt/reconcile/reconcile.jar
set -eu
jar=$(readlink -f "$1")
app=$(dirname "$jar")/app
sum=$(sha256sum "$jar" | cut -c1-64)
exec 9> "$app.lock"
flock 9
if [ -f "$app/reconcile.jsa" ] && [ "$(cat "$app/jar.sha256" 2>/dev/null)" = "$sum" ]; then
    exit 0
fi
rm -rf "$app"
mkdir -p "$app"
java -Djarmode=tools -jar "$jar" extract --destination "$app" > /dev/null
[ "$(basename "$jar")" = reconcile.jar ] || mv "$app/$(basename "$jar")" "$app/reconcile.jar"
# the recording start uses a database of its own, never the one of reconcile.env
scratch=$(mktemp -d)
(cd "$scratch" && env -u SPRING_DATASOURCE_URL -u SPRING_DATASOURCE_USERNAME -u SPRING_DATASOURCE_PASSWORD \
    java -XX:ArchiveClassesAtExit="$app/reconcile.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off \
    -jar "$app/reconcile.jar" status > /dev/null)
rm -rf "$scratch"
echo "$sum" > "$app/jar.sha256"
echo "cds: $app/reconcile.jar and $app/reconcile.jsa prepared"
