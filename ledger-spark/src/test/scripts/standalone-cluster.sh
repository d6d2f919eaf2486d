#!/usr/bin/env bash
# Runs ExtractJob on a real Spark standalone cluster on this machine (a master, a worker and an executor,
# each its own JVM, talking over RPC, as on a cluster), then checks that its JSONL output equals
# `ledger extract` on the same input, line for line.
#
# Spark comes from the Maven artifacts the build already uses: no Spark download, no SPARK_HOME to install.
# Usage (after ./mvnw -DskipTests install):
#   ledger-spark/src/test/scripts/standalone-cluster.sh [INPUT]     (default: ../shared/gold/dev)
set -euo pipefail

root="$(cd "$(dirname "$0")/../../../.." && pwd)"
input="${1:-$root/../shared/gold/dev}"
work="$(mktemp -d)"
home="$work/spark-home"
master_port=7077
pids=()

cleanup() {
    for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
    rm -rf "$work"
}
trap cleanup EXIT

echo "spark-cluster: building the Spark classpath from the pom"
(cd "$root" && ./mvnw -q -B dependency:build-classpath -pl ledger-spark -Dmdep.includeScope=provided \
    -Dmdep.outputFile="$work/spark.cp")
mkdir -p "$home/jars"
tr ':' '\n' < "$work/spark.cp" | while read -r jar; do ln -s "$jar" "$home/jars/"; done
# a worker finds its jars under SPARK_HOME/jars; the Scala version spares it looking for a source tree
export SPARK_HOME="$home" SPARK_SCALA_VERSION=2.13
cp="$home/jars/*"

echo "spark-cluster: starting a master and a worker (2 cores)"
java -Xmx512m -cp "$cp" org.apache.spark.deploy.master.Master --host 127.0.0.1 --port $master_port \
    --webui-port 0 > "$work/master.log" 2>&1 &
pids+=($!)
for _ in $(seq 60); do grep -q "I have been elected leader" "$work/master.log" && break; sleep 1; done
java -Xmx512m -cp "$cp" org.apache.spark.deploy.worker.Worker "spark://127.0.0.1:$master_port" --cores 2 \
    --memory 8g --webui-port 0 --work-dir "$work/worker" > "$work/worker.log" 2>&1 &
pids+=($!)
for _ in $(seq 60); do grep -q "Successfully registered with master" "$work/worker.log" && break; sleep 1; done
grep -q "Successfully registered with master" "$work/worker.log" || { cat "$work/worker.log"; exit 1; }

echo "spark-cluster: submitting ExtractJob on $input"
java -Xmx2g -cp "$cp" org.apache.spark.deploy.SparkSubmit --master "spark://127.0.0.1:$master_port" \
    --deploy-mode client --conf spark.driver.host=127.0.0.1 --executor-memory 6g --executor-cores 2 \
    --class org.conflictledger.spark.ExtractJob \
    --jars "$(ls "$root"/ledger-spark/target/lib/*.jar | paste -sd,)" \
    "$root"/ledger-spark/target/ledger-spark-*[0-9T].jar "$input" "$work/out" --format jsonl,parquet --partitions 4 \
    > "$work/submit.log" 2>&1 || { tail -50 "$work/submit.log"; exit 1; }
grep "ledger-extract:" "$work/submit.log" | tail -1
executors=$(find "$work/worker" -name stderr | wc -l)
echo "spark-cluster: $executors executor JVM(s) ran tasks"

echo "spark-cluster: comparing with ledger extract"
cat "$work"/out/jsonl/part-* > "$work/cluster.jsonl"
java -Xmx6g -jar "$root/ledger-cli/target/ledger-cli.jar" extract "$input" --out "$work/local.jsonl" 2> /dev/null
if cmp -s "$work/cluster.jsonl" "$work/local.jsonl"; then
    echo "spark-cluster: identical ($(wc -l < "$work/local.jsonl") lines)"
else
    echo "spark-cluster: the cluster's output differs from ledger extract" >&2
    diff <(cut -c1-200 "$work/cluster.jsonl") <(cut -c1-200 "$work/local.jsonl") | head -20 >&2
    exit 1
fi
