#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The helper's metrics through the real Prometheus stack of Debian 12: `ipcscope-helper metrics
# --textfile` writes ipcscope.prom for objects and limits of a private IPC namespace and a log
# with an Apache failure; a node_exporter started here on 127.0.0.1 serves the file with its
# textfile collector; a Prometheus started here (own config, storage and port in a temporary
# directory, scrape and rule interval 1 s) scrapes it, evaluates the shipped alerting rules, and
# its HTTP API answers PromQL queries with the values. Also `promtool check metrics` on the
# output, `promtool check rules` on the shipped rules, and every query of the Grafana dashboard
# against the same Prometheus. Every process it starts is stopped by its pid, also on failure.
#   tests/tst_prometheus.sh HELPER RULES DASHBOARD [CLIENT...]
# Each CLIENT is a test program run against the same Prometheus while it holds the data
# (tst_prometheusreader, tst_fleetprometheus), with IPCSCOPE_PROMETHEUS_URL and
# IPCSCOPE_PROMETHEUS_INSTANCE set.
# Exit 0 pass, 1 fail, 77 skip (not root, or the packages are missing).
set -euo pipefail
helper=$(realpath "${1:?usage: tst_prometheus.sh HELPER RULES DASHBOARD}")
rules=$(realpath "${2:?}")
dashboard=$(realpath "${3:?}")
clients=()
for c in "${@:4}"; do clients+=("$(realpath "$c")"); done

skip() {
    if [[ ${IPCSCOPE_TESTS_REQUIRE_ALL:-} == 1 ]]; then
        echo "FAIL: missing although scripts/deps.sh test installs it: $*"
        exit 1
    fi
    echo "SKIP: $*"
    exit 77
}
[[ $(id -u) -eq 0 ]] || skip "needs root: a private IPC namespace with limits of its own"
for p in prometheus promtool prometheus-node-exporter curl jq; do
    command -v "$p" >/dev/null || skip "$p is missing (scripts/deps.sh test installs it)"
done

# A private IPC and mount namespace (own /dev/shm): the machine's objects and limits stay as they are.
if [[ -z ${IPCSCOPE_PROMETHEUS_INSIDE:-} ]]; then
    exec unshare --ipc --mount --propagation private \
        env IPCSCOPE_PROMETHEUS_INSIDE=1 "$0" "$@"
fi
mount -t tmpfs -o mode=1777 tmpfs /dev/shm

started=$(date +%s%N)
tmp=$(mktemp -d /tmp/tst_prometheus.XXXXXX)
pids=()
cleanup() {
    local status=$?
    for pid in "${pids[@]}"; do
        kill "$pid" 2>/dev/null || true
    done
    for pid in "${pids[@]}"; do
        wait "$pid" 2>/dev/null || true
    done
    if [[ $status -ne 0 ]]; then
        echo "--- node_exporter log"; tail -n 20 "$tmp/node_exporter.log" 2>/dev/null || true
        echo "--- prometheus log"; tail -n 20 "$tmp/prometheus.log" 2>/dev/null || true
    fi
    rm -rf "$tmp"
}
trap cleanup EXIT

fail() {
    echo "FAIL: $*"
    exit 1
}
elapsed() { echo "$((($(date +%s%N) - started) / 1000000)) ms"; }

# Waits for a condition (a command) up to $1 seconds, polling every 0.2 s.
waitFor() {
    local seconds=$1
    shift
    local deadline=$((SECONDS + seconds))
    until "$@"; do
        ((SECONDS < deadline)) || return 1
        sleep 0.2
    done
}

freePort() {
    local port
    for _ in $(seq 50); do
        port=$((20000 + RANDOM % 40000))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return 0
        fi
    done
    return 1
}

# --- objects, limits and a log in the namespace
sysctl -q -w kernel.sem='250 1000 32 10'
for _ in $(seq 8); do ipcmk -S 1 >/dev/null; done          # root's: possibly orphaned
# A set of a uid that runs nothing, made by a process that exited: orphaned.
unused=54321
if pgrep -U "$unused" >/dev/null; then fail "uid $unused runs processes here"; fi
setpriv --reuid "$unused" --regid "$unused" --clear-groups ipcmk -S 1 >/dev/null
mkdir -p "$tmp/logroot/var/log/apache2" "$tmp/textfile"
# An Apache failure a minute ago, in Apache's own time stamp format (local time).
stamp=$(date -d '1 minute ago' '+%a %b %d %H:%M:%S.000000 %Y')
printf '[%s] [core:emerg] [pid 4242] (28)No space left on device: AH00023: Couldn'\''t create the mpm-accept mutex\n' \
    "$stamp" >"$tmp/logroot/var/log/apache2/error.log"

# --- the helper writes the textfile
"$helper" metrics --textfile "$tmp/textfile" --log-root "$tmp/logroot" ||
    fail "ipcscope-helper metrics failed"
prom="$tmp/textfile/ipcscope.prom"
[[ -f $prom ]] || fail "no $prom"
leftovers=$(find "$tmp/textfile" -mindepth 1 ! -name ipcscope.prom ! -name .ipcscope-symptom-counts)
[[ -z $leftovers ]] || fail "temporary files left in the textfile directory: $leftovers"
# The symptom counter: the line counted once; a second run over the same log adds nothing.
counter='ipcscope_log_symptoms_total{signature="apache_mutex_create"}'
grep -qxF "$counter 1" "$prom" || fail "the textfile does not count the Apache failure once"
"$helper" metrics --textfile "$tmp/textfile" --log-root "$tmp/logroot" ||
    fail "ipcscope-helper metrics failed (second run)"
grep -qxF "$counter 1" "$prom" || fail "a second run over the same log counted its line again"
promtool check metrics <"$prom" || fail "promtool check metrics: $(promtool check metrics <"$prom" 2>&1)"
grep -qx 'ipcscope_limit_used{limit="SEMMNI",sysctl="kernel.sem",scope="total"} 9' "$prom" ||
    fail "SEMMNI use is not 9 in the textfile"
promtool check rules "$rules" >/dev/null || fail "promtool check rules: $(promtool check rules "$rules" 2>&1)"

# --- node_exporter serves it
for attempt in 1 2 3; do
    nodePort=$(freePort) || fail "no free port"
    prometheus-node-exporter --web.listen-address="127.0.0.1:$nodePort" \
        --collector.disable-defaults --collector.textfile \
        --collector.textfile.directory="$tmp/textfile" >"$tmp/node_exporter.log" 2>&1 &
    nodePid=$!
    if waitFor 10 curl -sf -o /dev/null "http://127.0.0.1:$nodePort/metrics"; then
        pids+=("$nodePid")
        break
    fi
    kill "$nodePid" 2>/dev/null || true
    wait "$nodePid" 2>/dev/null || true
    [[ $attempt -lt 3 ]] || fail "node_exporter did not start: $(tail -n 5 "$tmp/node_exporter.log")"
done
# (Read whole first: with pipefail, grep -q ending early would fail curl with SIGPIPE.)
served=$(curl -sf "http://127.0.0.1:$nodePort/metrics") || fail "node_exporter does not answer"
grep -qx 'ipcscope_orphaned_objects{type="sem"} 1' <<<"$served" ||
    fail "node_exporter does not serve ipcscope_orphaned_objects"

# --- Prometheus scrapes it and evaluates the shipped rules
mkdir -p "$tmp/data"
cat >"$tmp/prometheus.yml" <<EOF
global:
  scrape_interval: 1s
  evaluation_interval: 1s
rule_files:
  - $rules
scrape_configs:
  - job_name: node
    static_configs:
      - targets: ['127.0.0.1:$nodePort']
EOF
promtool check config "$tmp/prometheus.yml" >/dev/null || fail "promtool check config"
for attempt in 1 2 3; do
    promPort=$(freePort) || fail "no free port"
    prometheus --config.file="$tmp/prometheus.yml" --storage.tsdb.path="$tmp/data" \
        --web.listen-address="127.0.0.1:$promPort" >"$tmp/prometheus.log" 2>&1 &
    promPid=$!
    if waitFor 20 curl -sf -o /dev/null "http://127.0.0.1:$promPort/-/ready"; then
        pids+=("$promPid")
        echo "Prometheus ready ($(elapsed))"
        break
    fi
    kill "$promPid" 2>/dev/null || true
    wait "$promPid" 2>/dev/null || true
    echo "Prometheus on port $promPort did not get ready (attempt $attempt):"
    tail -n 5 "$tmp/prometheus.log"
    [[ $attempt -lt 3 ]] || fail "Prometheus did not start"
done

# The value of an instant query's first result, or nothing.
query() {
    curl -sf --get "http://127.0.0.1:$promPort/api/v1/query" --data-urlencode "query=$1" |
        jq -r 'select(.status == "success") | .data.result[0].value[1] // empty'
}
hasResult() { [[ -n $(query "$1") ]]; }
expect() { # QUERY VALUE: waits for the first scrape, then compares
    local got=""
    waitFor 20 hasResult "$1" || fail "no result for $1"
    got=$(query "$1")
    [[ $got == "$2" ]] || fail "$1 = $got, expected $2"
    echo "ok: $1 = $got ($(elapsed))"
}
expect 'ipcscope_limit_used{limit="SEMMNI",job="node"}' 9
expect 'ipcscope_limit{limit="SEMMNI"}' 10
expect 'ipcscope_limit_used_ratio{limit="SEMMNI"}' 0.9
expect 'ipcscope_orphaned_objects{type="sem"}' 1
expect 'sum(ipcscope_objects{type="sem",helper_verdict="possibly_orphaned",owner="root"})' 8
expect 'sum(ipcscope_objects{type="sem",helper_verdict="orphaned",owner="54321"})' 1
expect 'ipcscope_log_symptoms_total{signature="apache_mutex_create"}' 1
expect 'count(ipcscope_helper_info)' 1
# The log rotates and gets a new failure: the counter goes on from 1 to 2 (it never falls).
stamp=$(date '+%a %b %d %H:%M:%S.000000 %Y')
printf '[%s] [core:emerg] [pid 4343] (28)No space left on device: AH00023: Couldn'\''t create the mpm-accept mutex\n' \
    "$stamp" >"$tmp/logroot/var/log/apache2/error.log"
"$helper" metrics --textfile "$tmp/textfile" --log-root "$tmp/logroot" ||
    fail "ipcscope-helper metrics failed (after the rotation)"
grep -qxF "$counter 2" "$prom" || fail "the new line after the rotation is not counted: $(grep -F "$counter" "$prom")"
isValue() { [[ $(query "$1") == "$2" ]]; }
waitFor 20 isValue "$counter" 2 || fail "$counter = $(query "$counter") in Prometheus, expected 2"
echo "ok: $counter = 2 after the rotation ($(elapsed))"
# The shipped rules see the data: the limit warning and the failure in the log are (at least)
# pending, with the summaries filled in.
expect 'count(ALERTS{alertname="IpcLimitWarning",limit="SEMMNI"})' 1
expect 'count(ALERTS{alertname="IpcFailureInLogs",signature="apache_mutex_create",alertstate="firing"})' 1
expect 'count(ALERTS{alertname="IpcOrphanedObjects",type="sem",alertstate="pending"})' 1
summary=$(curl -sf "http://127.0.0.1:$promPort/api/v1/alerts" |
    jq -r '.data.alerts[] | select(.labels.alertname == "IpcLimitWarning") | .annotations.summary')
[[ $summary == "SEMMNI on 127.0.0.1:$nodePort is 90% used" ]] || fail "summary: $summary"
echo "ok: summary \"$summary\""

# Every query of the Grafana dashboard is valid PromQL and finds the data.
instance="127.0.0.1:$nodePort"
while IFS= read -r expr; do
    q=${expr//\$instance/$instance}
    status=$(curl -s --get "http://127.0.0.1:$promPort/api/v1/query" --data-urlencode "query=$q" |
        jq -r '.status')
    [[ $status == success ]] || fail "dashboard query is not valid PromQL: $expr"
done < <(jq -r '.. | objects | select(has("expr")) | .expr' "$dashboard")
echo "ok: $(jq '[.. | objects | select(has("expr"))] | length' "$dashboard") dashboard queries"

for client in "${clients[@]}"; do
    IPCSCOPE_PROMETHEUS_URL="http://127.0.0.1:$promPort" IPCSCOPE_PROMETHEUS_INSTANCE="$instance" \
        "$client" || fail "$client failed"
    echo "ok: $(basename "$client") ($(elapsed))"
done

echo "PASS in $(elapsed)"
