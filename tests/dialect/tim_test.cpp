// SPDX-License-Identifier: MIT
#include "wxim/dialect/tim.hpp"

#include <catch2/catch.hpp>

TEST_CASE("the tim umbrella header brings in the whole dialect", "[tim]") {
  const auto o = wxim::tim::decode_object(R"({"name":"netStateChange","data":{"state":"connected"}})");
  REQUIRE(o);
  CHECK(wxim::tim::kind_of(*o) == wxim::tim::object_kind::event);
}
