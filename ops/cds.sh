#!/bin/sh
# A faster start: unpacks JAR into app/ beside it and prepares there what a start can reuse, once
# per JAR and java, then writes the options that use it to app/jvm.args:
# - on Java 25 or later, an AOT cache (app/reconcile.aot): the classes a run loads, already linked,
#   and the profiles of the methods it makes hot, so that the JIT compiles them early instead of
#   running them slowly while it learns them; recorded by a training run on a generated month of
#   100,000 roster rows (about 40 s);
# - before, an archive of the classes a start loads (class data sharing, app/reconcile.jsa),
#   recorded by a 'status' (about 10 s).
# Both are recorded in a scratch folder, with its own database and files, never those of
# reconcile.env. A later call with the same JAR and java returns at once, so the units call it
# before every start and an upgraded JAR or java is prepared on its first start. When the recording
# fails (its output is in app/prepare.log), app/jvm.args is left empty: the start goes on without a
# cache and the next one tries again.
# Start with:
#   java @app/jvm.args -jar app/reconcile.jar …
# Usage: ops/cds.sh /opt/reconcile/reconcile.jar   (JAVA=/path/to/bin/java for another java than PATH's)
set -euf
java=${JAVA:-java}
jar=$(readlink -f "$1")
app=$(dirname "$jar")/app
settings=$("$java" -XshowSettings:properties -version 2>&1)
setting() {
    printf '%s\n' "$settings" | sed -n "s/^ *$1 = //p"
}
prepared="$(sha256sum "$jar" | cut -c1-64) $(setting 'java\.vm\.version')"
exec 9> "$app.lock"
flock 9
if [ -f "$app/jvm.args" ] && [ "$(cat "$app/prepared" 2>/dev/null)" = "$prepared" ]; then
    exit 0
fi
rm -rf "$app"
mkdir -p "$app"
"$java" -Djarmode=tools -jar "$jar" extract --destination "$app" > /dev/null
[ "$(basename "$jar")" = reconcile.jar ] || mv "$app/$(basename "$jar")" "$app/reconcile.jar"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
# a command in the scratch folder without the environment of reconcile.env (database, metrics file,
# any setting): its database and files are the scratch folder's (file names in UTF-8: the generated
# rosters are named after their streets); its output goes to app/prepare.log
in_scratch() {
    (cd "$scratch" && env -i PATH="$PATH" HOME="$scratch" LC_ALL=C.UTF-8 "$@") >> "$app/prepare.log" 2>&1
}
# the JVM's own messages about the cache stay off the terminal (no globbing here: set -f)
if [ "$(setting 'java\.specification\.version')" -ge 25 ]; then
    cache="$app/reconcile.aot"
    quiet="-Xlog:aot*=off -Xlog:cds*=off"
    options="-XX:AOTCache=$cache $quiet"
    # the nightly run's collector: the cache's profiles are those of the code as it will run
    in_scratch "$java" -jar "$app/reconcile.jar" gen --out "$scratch/inbox" --rows 100000 --seed 7 \
        && in_scratch "$java" -Xmx1536m -XX:+UseParallelGC -XX:AOTCacheOutput="$cache" $quiet \
            -jar "$app/reconcile.jar" run --inbox "$scratch/inbox" --policy "$scratch/inbox/policy.yml" || cache=
else
    cache="$app/reconcile.jsa"
    quiet="-Xlog:cds=off -Xlog:cds+dynamic=off"
    options="-XX:SharedArchiveFile=$cache $quiet"
    in_scratch "$java" -XX:ArchiveClassesAtExit="$cache" $quiet -jar "$app/reconcile.jar" status || cache=
fi
if [ -z "$cache" ]; then
    # never a night lost to a faster start: this one starts without, the next start tries again
    : > "$app/jvm.args"
    echo "cds: could not record a cache, see $app/prepare.log; starting without one" >&2
    exit 0
fi
echo "$options" > "$app/jvm.args"
echo "$prepared" > "$app/prepared"
echo "cds: $app/reconcile.jar and $cache prepared"
