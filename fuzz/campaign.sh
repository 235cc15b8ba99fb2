#!/bin/sh
# A fuzz campaign without nightly: COUNT inputs (news-shaped articles from the
# word lists, and random, risky-piece and mutated texts) checked against every
# invariant of tests/invariants.rs, split over JOBS processes with the seeds
# SEED, SEED+1, ... Each process keeps going past failures and keeps the
# shortest input of each kind in target/fuzz-failures/seed-N/.
#
#   fuzz/campaign.sh 10000000 1 2     # about 2 × 40 min of CPU on 2 free cores
#   FUZZ_MODE=shaped fuzz/campaign.sh 1000000 7 1
#
# Logs: target/fuzz-logs/seed-N.log. Exit status 1 when any process found a
# failure. See ARCHITECTURE.md, "Fuzzing".
set -eu
count=${1:?usage: fuzz/campaign.sh COUNT SEED [JOBS]}
seed=${2:?usage: fuzz/campaign.sh COUNT SEED [JOBS]}
jobs=${3:-1}
cd "$(dirname "$0")/.."
cargo test --release --test lib --no-run
mkdir -p target/fuzz-logs
per=$(( (count + jobs - 1) / jobs ))
pids=""
logs=""
k=0
while [ "$k" -lt "$jobs" ]; do
    s=$((seed + k))
    FUZZ_KEEP_GOING=1 FUZZ_COUNT=$per FUZZ_SEED=$s \
        cargo test --release --test lib -- --ignored fuzz_campaign --nocapture \
        >"target/fuzz-logs/seed-$s.log" 2>&1 &
    pids="$pids $!"
    logs="$logs target/fuzz-logs/seed-$s.log"
    k=$((k + 1))
done
status=0
for p in $pids; do
    wait "$p" || status=1
done
grep -h "^fuzz: .* from seed" $logs || true
if [ "$status" -ne 0 ]; then
    grep -h -A1 "×" $logs || true
    echo "fuzz: failures found (logs in target/fuzz-logs/)" >&2
fi
exit "$status"
