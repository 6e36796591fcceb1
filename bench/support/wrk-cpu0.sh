#!/bin/sh
# wrk on CPU 0 (bench/auth-stack.ts with `WRK=bench/support/wrk-cpu0.sh taskset -c 1 ...`: the server on CPU 1,
# the load generator on the other, so the scheduler never runs them on one core; issue 16).
exec taskset -c 0 "${WRK_BIN:-/usr/bin/wrk}" "$@"
