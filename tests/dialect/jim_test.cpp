// SPDX-License-Identifier: MIT
#include "wxim/dialect/jim.hpp"

#include <catch2/catch.hpp>

TEST_CASE("the jim umbrella header brings in the whole dialect", "[jim]") {
  const auto f = wxim::jim::decode_frame(R"({"cmd":13,"hbbyte":-127})");
  REQUIRE(f);
  CHECK(wxim::jim::kind_of(*f) == wxim::jim::frame_kind::heartbeat);
  CHECK(wxim::jim::encode(wxim::jim::make_heartbeat_reply()) == R"({"command":13,"data":{"hbbyte":-128}})");
}
