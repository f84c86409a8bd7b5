# SPDX-License-Identifier: MIT
# The checks the CLI test scripts share; sourced. Each check counts a pass or
# prints FAIL; the script reports the counts and exits non-zero on a failure.
fails=0
pass=0
check() {  # check NAME CONDITION-EXIT-STATUS
  if [ "$2" -eq 0 ]; then pass=$((pass + 1)); else fails=$((fails + 1)); echo "FAIL: $1"; fi
}
expect_exit() {  # expect_exit NAME WANT GOT
  [ "$2" -eq "$3" ]; check "$1 (exit $3, want $2)" $?
}
contains() {  # contains NAME TEXT NEEDLE
  case "$2" in *"$3"*) check "$1" 0 ;; *) echo "  got: $2"; check "$1: missing $3" 1 ;; esac
}
lacks() {  # lacks NAME TEXT NEEDLE
  case "$2" in *"$3"*) echo "  got: $2"; check "$1: has $3" 1 ;; *) check "$1" 0 ;; esac
}
