// SPDX-License-Identifier: MIT
#include "wxim/dialect/wechat_im.hpp"

#include <catch2/catch.hpp>

TEST_CASE("the wechat-im umbrella header brings in the whole dialect", "[wechat_im]") {
  const auto f = wxim::wechat_im::decode_frame(R"({"type":"get-friends","userId":"u"})");
  REQUIRE(f);
  CHECK(wxim::wechat_im::kind_of(*f) == wxim::wechat_im::frame_kind::get_friends);
}
