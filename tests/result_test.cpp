// SPDX-License-Identifier: MIT
#include "wxim/result.hpp"

#include <catch2/catch.hpp>
#include <string>

using namespace wxim;

TEST_CASE("a result holds a value") {
  result<std::string> r = std::string("x");
  REQUIRE(r);
  CHECK(*r == "x");
  CHECK(r->size() == 1);
  CHECK(r.value() == "x");
  CHECK(r.value_or("y") == "x");
}

TEST_CASE("a result builds its value in place") {
  result<std::string> r(std::in_place, 3, 'z');
  REQUIRE(r);
  CHECK(*r == "zzz");
  const result<std::string> empty(std::in_place);
  REQUIRE(empty);
  CHECK(empty->empty());
}

TEST_CASE("a result holds an error, and value() throws it") {
  result<int> r = error{errc::type_mismatch, "/a", {}, "want a number", {}};
  REQUIRE_FALSE(r);
  CHECK(r.error().code == errc::type_mismatch);
  CHECK(r.value_or(7) == 7);
  try {
    (void)r.value();
    FAIL("value() did not throw");
  } catch (const exception& e) {
    CHECK(e.error().path == "/a");
  }
}
