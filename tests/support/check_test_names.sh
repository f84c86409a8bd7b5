#!/bin/sh
# SPDX-License-Identifier: MIT
# CMake splits a discovered test name at ';' and the pieces then match no test
# case, so a test case named with one would pass under ctest without running.
#   check_test_names.sh path/to/wxim_tests
if "$1" --list-test-names-only | grep -n ';'; then
  echo "the test case names above contain ';': CTest would not run them; use ',' instead" >&2
  exit 1
fi
