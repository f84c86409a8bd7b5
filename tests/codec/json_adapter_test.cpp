// SPDX-License-Identifier: MIT
#include "wxim/codec/json_adapter.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "support/shapes.hpp"

using namespace wxim;
using namespace wxim_test::shapes;

TEST_CASE("to_json: a described value becomes the DOM of its frame", "[codec]") {
  const auto v = decode<user_info>(R"({"userId":"u","avatarUrl":null,"x":[1,2.50]})").value();
  const nlohmann::json j = v;
  CHECK(j == nlohmann::json::parse(R"({"userId":"u","avatarUrl":null,"x":[1,2.5]})"));
  CHECK(j.contains("avatarUrl"));
  CHECK(j["avatarUrl"].is_null());
  CHECK_FALSE(j.contains("nickName"));

  // Through standard containers too.
  const nlohmann::json arr = std::vector<user_info>{v, v};
  CHECK(arr.size() == 2);
  CHECK(arr[1]["userId"] == "u");

  // Embedded JSON stays a string.
  conversation c;
  c.friend_id = "f";
  c.latest_msg = chat_msg{"text", "hi", 1, {}};
  const nlohmann::json cj = c;
  CHECK(cj["latestMsg"].is_string());
  CHECK(nlohmann::json::parse(cj["latestMsg"].get<std::string>())["content"] == "hi");
}

TEST_CASE("from_json: a DOM becomes a described value", "[codec]") {
  const auto j = nlohmann::json::parse(R"({"userId":"u","nickName":"n","k":{"a":true}})");
  const auto v = j.get<user_info>();
  CHECK(v.user_id == "u");
  CHECK(v.nick_name == std::optional<std::string>("n"));
  REQUIRE(v.extras.find("k"));
  CHECK(v.extras.find("k")->text == R"({"a":true})");
  // A round trip through nlohmann keeps the value.
  const nlohmann::json again = v;
  CHECK(again.get<user_info>() == v);
  const auto list = nlohmann::json::parse(R"([{"userId":"a"},{"userId":"b"}])").get<std::vector<user_info>>();
  REQUIRE(list.size() == 2);
  CHECK(list[1].user_id == "b");
}

TEST_CASE("from_json: bad input throws wxim::exception with the error", "[codec]") {
  try {
    (void)nlohmann::json::parse(R"({"type":"login","userInfo":{"nickName":"n"},"seq":1,"token":null})")
        .get<login_frame>();
    FAIL("no exception");
  } catch (const wxim::exception& x) {
    CHECK(x.error().code == errc::missing_field);
    CHECK(x.error().path == "/userInfo/userId");
  }
  CHECK_THROWS_AS(nlohmann::json(5).get<user_info>(), wxim::exception);
  CHECK_THROWS_AS(nlohmann::json::parse(R"({"userId":null})").get<user_info>(), wxim::exception);
  // And never as an nlohmann exception.
  try {
    (void)nlohmann::json::parse(R"({"userId":7})").get<user_info>();
    FAIL("no exception");
  } catch (const wxim::exception& x) {
    CHECK(x.error().code == errc::type_mismatch);
    CHECK(x.error().path == "/userId");
  }
}
