// SPDX-License-Identifier: MIT
// The one Catch2 main every unit test links against.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
