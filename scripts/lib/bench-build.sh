# Sourced by scripts/bench-*: builds what a benchmark needs with Maven, on a machine that has
# built before (offline, quick) or on a fresh one (online, once: a plugin such as the
# dependency plugin is only in ~/.m2 after its first online use, and `mvn -o` cannot fetch it).
#
#   bench_mvn ARGS...         mvn -B -q ARGS, offline first, online if that fails
#                             (BENCH_MVN_ONLINE=1: online straight away)
#   bench_jar                 builds target/visionbook.jar when missing or older than src/main, pom.xml
#   bench_classpath           prints the runtime classpath (cached in target/bench/cp.txt)
#
# Expects $root, the project's folder.

bench_mvn() {
  if [ "${BENCH_MVN_ONLINE:-0}" != 1 ] && (cd "$root" && mvn -B -q -o "$@") >"$root/target/bench/mvn-offline.log" 2>&1; then
    return 0
  fi
  if [ "${BENCH_MVN_ONLINE:-0}" != 1 ]; then
    echo "bench: the offline build failed (a plugin or dependency not yet in ~/.m2?); building online" >&2
  fi
  (cd "$root" && mvn -B -q "$@")
}

bench_jar() {
  local jar="$root/target/visionbook.jar"
  mkdir -p "$root/target/bench"
  if [ ! -f "$jar" ] || [ -n "$(find "$root/src/main" "$root/pom.xml" -newer "$jar" -type f -print -quit)" ]; then
    echo "bench: building $jar" >&2
    bench_mvn -DskipTests package >&2
  fi
}

bench_classpath() {
  local cp_file="$root/target/bench/cp.txt"
  mkdir -p "$root/target/bench"
  if [ ! -s "$cp_file" ] || [ "$root/pom.xml" -nt "$cp_file" ]; then
    bench_mvn dependency:build-classpath -Dmdep.outputFile="$cp_file" >&2
  fi
  cat "$cp_file"
}
