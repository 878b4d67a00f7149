# Sourced by ./mvnw and ./netzbild: Netzbild needs JDK 25 or newer. When JAVA_HOME is unset or
# older, look for a newer JDK in the system's JVM folder (Debian keeps them in /usr/lib/jvm).
netzbild_java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p'
}
if [ -z "${JAVA_HOME:-}" ] || [ ! -x "$JAVA_HOME/bin/java" ] || [ "$(netzbild_java_major "$JAVA_HOME")" -lt 25 ] 2>/dev/null; then
  for candidate in /usr/lib/jvm/*; do
    if [ -x "$candidate/bin/javac" ] && [ "$(netzbild_java_major "$candidate")" -ge 25 ] 2>/dev/null; then
      export JAVA_HOME="$candidate"
      break
    fi
  done
fi
if [ -z "${JAVA_HOME:-}" ] || [ "$(netzbild_java_major "$JAVA_HOME")" -lt 25 ] 2>/dev/null; then
  echo "Netzbild needs a JDK 25 or newer; none found in JAVA_HOME or /usr/lib/jvm." >&2
  echo "On Debian: install a JDK 25 (for example Temurin 25) and set JAVA_HOME to it." >&2
  exit 1
fi
