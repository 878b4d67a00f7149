#!/usr/bin/env bash
# Builds the installable Netzbild: a runtime of its own (jlink), the Linux app-image and the .deb
# (jpackage). Called by "./mvnw -B -Pinstaller package" (README) with the JDK Maven runs on, after
# the jar and its runtime libraries were copied into target/installer/input; runs alone too:
#   installer/build.sh JAVA_HOME TARGET_DIR VERSION [app-image|deb|all]
# The icon installer/linux/netzbild.png is rendered from installer/netzbild.svg:
#   convert -background none -density 96 netzbild.svg -resize 256x256 -depth 8 linux/netzbild.png
set -euo pipefail
jdk="$1"; target="$2"; version="$3"; what="${4:-all}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out="$target/installer"
input="$out/input"
runtime="$out/runtime"
app_version="${version%%-*}"   # jpackage takes numbers only: 0.1.0-SNAPSHOT -> 0.1.0

for tool in jlink jpackage; do
  [ -x "$jdk/bin/$tool" ] || { echo "$jdk has no $tool: a full JDK 25 is needed (not a JRE)" >&2; exit 1; }
done

# the application: our jar beside its runtime libraries (copied there by the Maven profile)
cp "$target/netzbild-$version.jar" "$input/"

# The runtime: the Java SE modules and the JDK modules Neo4j, Lucene and JavaFX reach on the class
# path. bin/java stays in it (no --strip-native-commands): the bulk import starts a child JVM with
# java.home/bin/java (store.embedded.OfflineImporter).
modules=$(tr -s ' \n' ',' < "$here/runtime-modules.txt" | sed 's/^,//; s/,$//')
rm -rf "$runtime"
"$jdk/bin/jlink" --add-modules "$modules" --output "$runtime" \
  --strip-debug --no-header-files --no-man-pages --compress=zip-6

# the same options as ./netzbild, with the heap as a share of the machine's memory; a window left
# alone gives back what a search or an import made the heap grow to (G1 collects after 10 s without
# a collection and shrinks the heap to 40 % free; measured in docs/benchmarks.md, issue 22)
java_options=(
  --java-options "--enable-native-access=ALL-UNNAMED"
  --java-options "--sun-misc-unsafe-memory-access=allow"
  --java-options "--add-opens=java.base/java.nio=ALL-UNNAMED"
  --java-options "-XX:MaxRAMPercentage=50"
  --java-options "-XX:G1PeriodicGCInterval=10000"
  --java-options "-XX:MinHeapFreeRatio=20"
  --java-options "-XX:MaxHeapFreeRatio=40"
)
common=(
  --name netzbild
  --app-version "$app_version"
  --vendor "Netzbild"
  --description "Wissensgraph für überörtliche, behördenübergreifende Netzwerkanalyse"
  --copyright "GPL-3.0-or-later"
)

# The start cache (JDK 25's AOT cache, JEP 483/514; ADR 0038): one training run of the installed
# program, headless, from its start up to the workspace's sign-in, records the classes it loads and
# links and their method profiles; every later start maps them instead of reading and verifying
# 250 jars again. The launcher points the JVM at it ($APPDIR is the image's lib/app wherever it is
# installed; the JVM accepts the jars at another place as long as they are the same files). A cache
# the JVM cannot use (another runtime, changed jars) is skipped with a warning, never an error.
train_start_cache() {
  local image="$1" training
  training="$(mktemp -d)"
  mkdir -p "$training/workspace" "$training/home"
  HOME="$training/home" NETZBILD_NEW_PASSWORD=start-cache-training \
    "$image/bin/netzbild" user add admin --agency pp-essen --role ADMIN --store "$training/workspace" \
    > "$training/user.log" 2>&1 || { cat "$training/user.log" >&2; exit 1; }
  if ! HOME="$training/home" JAVA_TOOL_OPTIONS="-XX:AOTCacheOutput=$image/lib/app/netzbild.aot -Xlog:aot=error \
      -Dglass.platform=Headless -Dprism.order=sw -Dnetzbild.exitWhenReady=true" \
      "$image/bin/netzbild" --store "$training/workspace" > "$training/training.log" 2>&1 \
      || [ ! -s "$image/lib/app/netzbild.aot" ]; then
    echo "the start cache's training run failed:" >&2; cat "$training/training.log" >&2; exit 1
  fi
  echo 'java-options=-XX:AOTCache=$APPDIR/netzbild.aot' >> "$image/lib/app/netzbild.cfg"
  rm -rf "$training"
  echo "start cache: $image/lib/app/netzbild.aot ($(du -h "$image/lib/app/netzbild.aot" | cut -f1))"
}

# jpackage copies the image into the package with new file times, and the JVM refuses a start cache
# whose jars have other times than in the training ("timestamp has changed"); the package gets the
# image's times back: unpacked, re-timed, packed again (ADR 0038)
with_image_file_times() {
  local deb="$1" image="$2" unpacked
  unpacked="$(mktemp -d)"
  dpkg-deb -R "$deb" "$unpacked/package"
  (cd "$image" && find . -type f) | while read -r file; do
    touch -r "$image/$file" "$unpacked/package/opt/netzbild/$file"
  done
  dpkg-deb -b "$unpacked/package" "$deb" > /dev/null
  rm -rf "$unpacked"
}

if [ "$what" = "all" ] || [ "$what" = "app-image" ]; then
  rm -rf "$out/netzbild"
  "$jdk/bin/jpackage" --type app-image --dest "$out" "${common[@]}" \
    --input "$input" --main-jar "netzbild-$version.jar" --main-class org.netzbild.Main \
    --runtime-image "$runtime" --icon "$here/linux/netzbild.png" "${java_options[@]}"
  train_start_cache "$out/netzbild"
  echo "app-image: $out/netzbild ($(du -sh "$out/netzbild" | cut -f1))"
fi

if [ "$what" = "all" ] || [ "$what" = "deb" ]; then
  rm -f "$out"/netzbild_*.deb
  # libgtk-3-0: JavaFX's window; its native libraries sit inside the JavaFX jars, where jpackage's
  # search for needed packages does not look, so the package names it
  "$jdk/bin/jpackage" --type deb --dest "$out" "${common[@]}" \
    --app-image "$out/netzbild" --icon "$here/linux/netzbild.png" \
    --linux-package-name netzbild --linux-app-category Office --linux-menu-group "Office" \
    --linux-shortcut --linux-package-deps "libgtk-3-0" \
    --file-associations "$here/nbchart.properties" \
    --linux-deb-maintainer "netzbild@localhost" \
    --license-file "$here/../LICENSE" \
    --resource-dir "$here/linux"
  with_image_file_times "$(ls "$out"/netzbild_*.deb)" "$out/netzbild"
  echo "deb: $(ls "$out"/netzbild_*.deb) ($(du -h "$out"/netzbild_*.deb | cut -f1))"
fi
