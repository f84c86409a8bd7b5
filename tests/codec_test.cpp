// SPDX-License-Identifier: MIT
// The umbrella header alone is enough to declare, decode and encode a shape.
#include "wxim/codec.hpp"

#include <catch2/catch.hpp>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace codec_umbrella_test {
struct ping {
  std::string type;
  std::optional<std::vector<std::int64_t>> at;
  wxim::extras extras;
};
constexpr auto wxim_schema(wxim::schema::tag<ping>) {
  using namespace wxim::schema;
  return object<ping>(field("type", &ping::type), field("at", &ping::at)).keep_unknown(&ping::extras);
}
using wxim::adl::from_json;
using wxim::adl::to_json;
}  // namespace codec_umbrella_test

TEST_CASE("codec.hpp decodes, encodes and adapts to nlohmann", "[codec]") {
  using codec_umbrella_test::ping;
  const std::string text = R"({"type":"ping","at":[1700000000000,-1],"v":1.50})";
  const auto r = wxim::decode<ping>(text);
  REQUIRE(r);
  CHECK(r->type == "ping");
  CHECK(r->at == std::optional<std::vector<std::int64_t>>({1700000000000, -1}));
  CHECK(wxim::encode(*r) == text);
  const nlohmann::json j = *r;
  CHECK(j["at"][0] == 1700000000000);
  CHECK(wxim::decode<ping>(j).value().type == "ping");
  wxim::decode_options o;
  o.limits.max_array_size = 1;
  CHECK(wxim::decode<ping>(text, o).error().code == wxim::errc::array_too_long);
}
