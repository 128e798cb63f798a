# Sourced by .ci/run and ./local-platform: sets JAVA_HOME to a JDK 21 or newer (this machine's default java may be older).
java_major() { "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p'; }

pick_jdk() {
  local candidate best="" best_version=0 version
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/javac" ] || continue
    version=$(java_major "$candidate/bin/java")
    if [ "${version:-0}" -ge 21 ] && [ "$version" -gt "$best_version" ]; then
      best="$candidate"; best_version="$version"
    fi
  done
  [ -n "$best" ] || { echo "No JDK 21+ found (looked at JAVA_HOME and /usr/lib/jvm): install one and set JAVA_HOME" >&2; exit 1; }
  echo "$best"
}

export JAVA_HOME="$(pick_jdk)"
