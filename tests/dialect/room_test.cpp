// SPDX-License-Identifier: MIT
#include "wxim/dialect/room.hpp"

#include <catch2/catch.hpp>

TEST_CASE("the room umbrella header brings in the whole dialect", "[room]") {
  namespace room = wxim::room;
  const auto f = room::decode_frame(room::encode(room::make_join("t", "R3301")));
  REQUIRE(f);
  CHECK(room::kind_of(*f) == room::frame_kind::join);
}
