// SPDX-License-Identifier: MIT
#include "wxim/schema/field.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "support/shapes.hpp"

using namespace wxim;
using namespace wxim_test::shapes;

namespace {

constexpr const char* minimal_login = R"({"type":"login","userInfo":{"userId":"u1"},"seq":7,"token":null})";

bool json_equal(const std::string& a, const std::string& b) {
  return nlohmann::json::parse(a) == nlohmann::json::parse(b);
}

}  // namespace

TEST_CASE("a plain member is required: absent is missing_field, null is unexpected_null", "[schema]") {
  SECTION("absent at the top level") {
    const auto r = decode<user_info>(R"({"nickName":"n"})");
    REQUIRE_FALSE(r);
    CHECK(r.error().code == errc::missing_field);
    CHECK(r.error().path == "/userId");
    CHECK_FALSE(r.error().message.empty());
  }
  SECTION("absent in a nested object: the path names both levels") {
    const auto r = decode<login_frame>(R"({"type":"login","userInfo":{"nickName":"n"},"seq":1,"token":"t"})");
    REQUIRE_FALSE(r);
    CHECK(r.error().code == errc::missing_field);
    CHECK(r.error().path == "/userInfo/userId");
  }
  SECTION("a whole nested object absent") {
    const auto r = decode<login_frame>(R"({"type":"login","seq":1,"token":"t"})");
    REQUIRE_FALSE(r);
    CHECK(r.error().code == errc::missing_field);
    CHECK(r.error().path == "/userInfo");
  }
  SECTION("null string") {
    const auto r = decode<user_info>(R"({"userId":null})");
    REQUIRE_FALSE(r);
    CHECK(r.error().code == errc::unexpected_null);
    CHECK(r.error().path == "/userId");
  }
  SECTION("null nested object") {
    const auto r = decode<login_frame>(R"({"type":"login","userInfo":null,"seq":1,"token":"t"})");
    REQUIRE_FALSE(r);
    CHECK(r.error().code == errc::unexpected_null);
    CHECK(r.error().path == "/userInfo");
  }
  SECTION("null integer in a nested element") {
    const auto r = decode<chat_msg>(R"({"type":"text","content":"hi","time":null})");
    REQUIRE_FALSE(r);
    CHECK(r.error().code == errc::unexpected_null);
    CHECK(r.error().path == "/time");
  }
  SECTION("present") {
    const auto r = decode<user_info>(R"({"userId":"u1"})");
    REQUIRE(r);
    CHECK(r->user_id == "u1");
    CHECK(encode(*r) == R"({"userId":"u1"})");
  }
}

TEST_CASE("std::optional may be absent, never null", "[schema]") {
  SECTION("absent stays absent and is not written") {
    const auto r = decode<user_info>(R"({"userId":"u1"})");
    REQUIRE(r);
    CHECK_FALSE(r->nick_name.has_value());
    CHECK(encode(*r).find("nickName") == std::string::npos);
  }
  SECTION("null is refused") {
    const auto r = decode<user_info>(R"({"userId":"u1","nickName":null})");
    REQUIRE_FALSE(r);
    CHECK(r.error().code == errc::unexpected_null);
    CHECK(r.error().path == "/nickName");
  }
  SECTION("a value") {
    const auto r = decode<user_info>(R"({"userId":"u1","nickName":"Ann"})");
    REQUIRE(r);
    REQUIRE(r->nick_name.has_value());
    CHECK(*r->nick_name == "Ann");
    CHECK(encode(*r) == R"({"userId":"u1","nickName":"Ann"})");
  }
  SECTION("a value of the wrong type") {
    const auto r = decode<user_info>(R"({"userId":"u1","nickName":3})");
    REQUIRE_FALSE(r);
    CHECK(r.error().code == errc::type_mismatch);
    CHECK(r.error().path == "/nickName");
  }
}

TEST_CASE("nullable tells absent, null and a value apart, both ways", "[schema]") {
  SECTION("absent") {
    const auto r = decode<user_info>(R"({"userId":"u1"})");
    REQUIRE(r);
    CHECK(r->avatar_url.is_absent());
    CHECK(encode(*r) == R"({"userId":"u1"})");
  }
  SECTION("null") {
    const auto r = decode<user_info>(R"({"userId":"u1","avatarUrl":null})");
    REQUIRE(r);
    CHECK(r->avatar_url.is_null());
    CHECK(encode(*r) == R"({"userId":"u1","avatarUrl":null})");
  }
  SECTION("a value") {
    const auto r = decode<user_info>(R"({"userId":"u1","avatarUrl":"http://x/a.png"})");
    REQUIRE(r);
    REQUIRE(r->avatar_url.has_value());
    CHECK(*r->avatar_url == "http://x/a.png");
    CHECK(encode(*r) == R"({"userId":"u1","avatarUrl":"http://x/a.png"})");
  }
  SECTION("a value of the wrong type") {
    const auto r = decode<user_info>(R"({"userId":"u1","avatarUrl":false})");
    REQUIRE_FALSE(r);
    CHECK(r.error().code == errc::type_mismatch);
    CHECK(r.error().path == "/avatarUrl");
  }
}

TEST_CASE("`required` makes an optional or nullable member mandatory", "[schema]") {
  SECTION("both present") {
    const auto r = decode<login_frame>(minimal_login);
    REQUIRE(r);
    CHECK(r->seq == std::optional<std::int64_t>(7));
    CHECK(r->token.is_null());
  }
  SECTION("optional+required absent") {
    const auto r = decode<login_frame>(R"({"type":"login","userInfo":{"userId":"u1"},"token":null})");
    REQUIRE_FALSE(r);
    CHECK(r.error().code == errc::missing_field);
    CHECK(r.error().path == "/seq");
  }
  SECTION("optional+required null is still refused") {
    const auto r = decode<login_frame>(R"({"type":"login","userInfo":{"userId":"u1"},"seq":null,"token":null})");
    REQUIRE_FALSE(r);
    CHECK(r.error().code == errc::unexpected_null);
    CHECK(r.error().path == "/seq");
  }
  SECTION("nullable+required absent") {
    const auto r = decode<login_frame>(R"({"type":"login","userInfo":{"userId":"u1"},"seq":1})");
    REQUIRE_FALSE(r);
    CHECK(r.error().code == errc::missing_field);
    CHECK(r.error().path == "/token");
  }
  SECTION("nullable+required with a value") {
    const auto r = decode<login_frame>(R"({"type":"login","userInfo":{"userId":"u1"},"seq":1,"token":"abc"})");
    REQUIRE(r);
    REQUIRE(r->token.has_value());
    CHECK(*r->token == "abc");
  }
  SECTION("the traits say so") {
    using namespace wxim::schema;
    CHECK_FALSE(may_be_absent(field("seq", &login_frame::seq, required)));
    CHECK(may_be_absent(field("seq", &login_frame::seq)));
    CHECK_FALSE(may_be_absent(field("token", &login_frame::token, required)));
    CHECK(may_be_absent(field("token", &login_frame::token)));
    CHECK_FALSE(may_be_absent(field("type", &login_frame::type)));
    CHECK(may_be_absent(field("version", &login_frame::version, default_to(1))));
  }
}

TEST_CASE("default_to fills an absent member and is left out while it still holds the default", "[schema]") {
  SECTION("absent takes the default, and encoding omits it") {
    const auto r = decode<login_frame>(minimal_login);
    REQUIRE(r);
    CHECK(r->version == 1);
    CHECK(r->lang == "zh_CN");
    const std::string out = encode(*r);
    CHECK(out.find("version") == std::string::npos);
    CHECK(out.find("lang") == std::string::npos);
    CHECK(json_equal(out, minimal_login));
  }
  SECTION("present with the default value: decoded, and written back because the peer sent it") {
    const char* text = R"({"type":"login","userInfo":{"userId":"u1"},"seq":7,"token":null,"version":1})";
    const auto r = decode<login_frame>(text);
    REQUIRE(r);
    CHECK(r->version == 1);
    CHECK(encode(*r) == text);
    const spelling* sp = r->extras.spelling_of("version");
    REQUIRE(sp != nullptr);
    CHECK(sp->explicit_default);
    // Presence is not part of the value.
    CHECK(*r == decode<login_frame>(minimal_login).value());
    // Changed and changed back, it is still written: the peer had it.
    auto v = *r;
    v.version = 4;
    CHECK(encode(v).find(R"("version":4)") != std::string::npos);
    v.version = 1;
    CHECK(encode(v).find(R"("version":1)") != std::string::npos);
    // Forgetting spellings gives wxim's own form.
    v.extras.forget_spellings();
    CHECK(encode(v).find("version") == std::string::npos);
  }
  SECTION("a default sent twice under duplicate-keys: the last value decides") {
    decode_options o;
    o.lenient = leniency::duplicate_keys;
    const auto r = decode<login_frame>(
        R"({"type":"login","userInfo":{"userId":"u1"},"seq":7,"token":null,"version":1,"version":3})", o);
    REQUIRE(r);
    CHECK(r->version == 3);
    CHECK(encode(*r).find(R"("version":3)") != std::string::npos);
  }
  SECTION("present with another value: kept and written") {
    const auto r = decode<login_frame>(
        R"({"type":"login","userInfo":{"userId":"u1"},"seq":7,"token":null,"version":3,"lang":"en"})");
    REQUIRE(r);
    CHECK(r->version == 3);
    CHECK(r->lang == "en");
    CHECK(encode(*r) == R"({"type":"login","userInfo":{"userId":"u1"},"seq":7,"token":null,"version":3,"lang":"en"})");
  }
  SECTION("a value changed to something else is written; changed back, it is left out") {
    auto v = decode<login_frame>(minimal_login).value();
    v.version = 2;
    CHECK(encode(v).find(R"("version":2)") != std::string::npos);
    v.version = 1;
    CHECK(encode(v).find("version") == std::string::npos);
  }
  SECTION("null is not the default: a defaulted plain member refuses null") {
    const auto r =
        decode<login_frame>(R"({"type":"login","userInfo":{"userId":"u1"},"seq":7,"token":null,"version":null})");
    REQUIRE_FALSE(r);
    CHECK(r.error().code == errc::unexpected_null);
    CHECK(r.error().path == "/version");
  }
  SECTION("the unsigned default of an element in a vector") {
    const auto r =
        decode<conversation>(R"({"friendId":"f","latestMsg":"{\"type\":\"t\",\"content\":\"c\",\"time\":1}"})");
    REQUIRE(r);
    CHECK(r->unread == 0u);
  }
}

namespace {
using wxim::adl::operator==;
struct heartbeat {
  std::optional<std::int8_t> hbbyte;
  std::optional<std::int64_t> seq;
  wxim::extras extras;
};
constexpr auto wxim_schema(schema::tag<heartbeat>) {
  using namespace schema;
  return object<heartbeat>(field("hbbyte", &heartbeat::hbbyte, accepts_numeric_string), field("seq", &heartbeat::seq))
      .keep_unknown(&heartbeat::extras);
}
}  // namespace

TEST_CASE("accepts_numeric_string: one field takes a string of digits by default and writes it back as such",
          "[schema]") {
  const char* text = R"({"hbbyte":"-127","seq":1})";
  const auto r = decode<heartbeat>(text);
  REQUIRE(r);
  CHECK(*r->hbbyte == -127);
  CHECK(encode(*r) == text);
  CHECK(*r == decode<heartbeat>(R"({"hbbyte":-127,"seq":1})").value());  // the spelling is not the value
  // The number itself, as ever.
  CHECK(encode(decode<heartbeat>(R"({"hbbyte":-128})").value()) == R"({"hbbyte":-128})");
  // Only that field: another integer field stays strict.
  const auto strict = decode<heartbeat>(R"({"hbbyte":"-127","seq":"1"})");
  REQUIRE_FALSE(strict);
  CHECK(strict.error().code == errc::type_mismatch);
  CHECK(strict.error().path == "/seq");
  // Still an integer of its range.
  const auto range = decode<heartbeat>(R"({"hbbyte":"-129"})");
  REQUIRE_FALSE(range);
  CHECK(range.error().code == errc::number_out_of_range);
  CHECK(range.error().path == "/hbbyte");
  CHECK_FALSE(decode<heartbeat>(R"({"hbbyte":"x"})"));
  // A changed value is written as the new number would be, in the peer's form.
  auto v = *r;
  v.hbbyte = 5;
  CHECK(encode(v) == R"({"hbbyte":5,"seq":1})");
}

TEST_CASE("encoding writes known keys in schema order, whatever order they came in", "[schema]") {
  const auto r =
      decode<login_frame>(R"({"token":"t","seq":2,"userInfo":{"nickName":"n","userId":"u"},"type":"login"})");
  REQUIRE(r);
  CHECK(encode(*r) == R"({"type":"login","userInfo":{"userId":"u","nickName":"n"},"seq":2,"token":"t"})");
}

TEST_CASE("a schema is an ordinary constexpr value", "[schema]") {
  constexpr auto s = schema::schema_of<user_info>();
  STATIC_REQUIRE(decltype(s)::size == 3);
  STATIC_REQUIRE(decltype(s)::keeps_unknown);
  STATIC_REQUIRE_FALSE(decltype(schema::schema_of<numbers>())::keeps_unknown);
  STATIC_REQUIRE(std::get<0>(s.fields).key == "userId");
  STATIC_REQUIRE(schema::is_described_v<user_info>);
  STATIC_REQUIRE_FALSE(schema::is_described_v<int>);
  STATIC_REQUIRE_FALSE(schema::is_described_v<std::string>);
  std::vector<std::string_view> keys;
  schema::for_each_field(s, [&](const auto& f) { keys.push_back(f.key); });
  CHECK(keys == std::vector<std::string_view>{"userId", "nickName", "avatarUrl"});
}
