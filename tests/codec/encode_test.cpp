// SPDX-License-Identifier: MIT
#include "wxim/codec/encode.hpp"

#include <catch2/catch.hpp>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <nlohmann/json.hpp>
#include <random>
#include <string>
#include <vector>

#include "support/shapes.hpp"

using namespace wxim;
using namespace wxim_test::shapes;

TEST_CASE("strings: exactly quote, backslash and control characters are escaped", "[codec]") {
  CHECK(encode(std::string("plain")) == R"("plain")");
  CHECK(encode(std::string()) == R"("")");
  CHECK(encode(std::string("a\"b\\c/d")) == R"("a\"b\\c/d")");
  CHECK(encode(std::string("\b\f\n\r\t")) == R"("\b\f\n\r\t")");

  // Every control character: the five short forms, the rest as \u00XX in lowercase hex.
  for (int c = 0; c < 0x20; ++c) {
    const std::string s(1, static_cast<char>(c));
    std::string expected;
    switch (c) {
      case '\b':
        expected = R"("\b")";
        break;
      case '\f':
        expected = R"("\f")";
        break;
      case '\n':
        expected = R"("\n")";
        break;
      case '\r':
        expected = R"("\r")";
        break;
      case '\t':
        expected = R"("\t")";
        break;
      default: {
        const char* hex = "0123456789abcdef";
        expected = std::string("\"\\u00") + hex[c >> 4] + hex[c & 0xF] + "\"";
      }
    }
    INFO("byte " << c);
    CHECK(encode(s) == expected);
  }
  CHECK(encode(std::string("\x1b[0m")) == R"("\u001b[0m")");
  CHECK(encode(std::string(1, '\0') + "x") == R"("\u0000x")");

  // Everything else stays raw: DEL, printable ASCII, non-ASCII, U+2028/U+2029.
  std::string printable;
  for (int c = 0x20; c < 0x80; ++c)
    if (c != '"' && c != '\\') printable += static_cast<char>(c);
  CHECK(encode(printable) == "\"" + printable + "\"");
  CHECK(encode(std::string("\x7f")) == "\"\x7f\"");
  CHECK(encode(std::string("\xC3\xA9\xE4\xB8\xAD\xF0\x9F\x98\x80")) == "\"\xC3\xA9\xE4\xB8\xAD\xF0\x9F\x98\x80\"");
  CHECK(encode(std::string("\xE2\x80\xA8\xE2\x80\xA9")) == "\"\xE2\x80\xA8\xE2\x80\xA9\"");
}

TEST_CASE("strings: bytes that are not UTF-8 become U+FFFD", "[codec]") {
  const std::string fffd = "\xEF\xBF\xBD";
  CHECK(encode(std::string("\xFF")) == "\"" + fffd + "\"");
  CHECK(encode(std::string("a\xFF"
                           "b")) == "\"a" + fffd + "b\"");
  CHECK(encode(std::string("\xC0\xAF")) == "\"" + fffd + fffd + "\"");             // overlong: two bad bytes
  CHECK(encode(std::string("\xED\xA0\x80")) == "\"" + fffd + fffd + fffd + "\"");  // surrogate: ED, then two strays
  CHECK(encode(std::string("\x80x")) == "\"" + fffd + "x\"");                      // a stray continuation
  CHECK(encode(std::string("\xF4\x90\x80\x80")) == "\"" + fffd + fffd + fffd + fffd + "\"");
  CHECK(encode(std::string("ok\xC3\xA9\xFF\"")) == "\"ok\xC3\xA9" + fffd + "\\\"\"");
  // The result is always valid JSON text.
  std::string all;
  for (int c = 0; c < 256; ++c) all += static_cast<char>(c);
  const std::string out = encode(all);
  REQUIRE_NOTHROW(nlohmann::json::parse(out));
  CHECK(nlohmann::json::parse(out).get<std::string>().size() > 128);
}

TEST_CASE("keys are escaped like strings", "[codec]") {
  user_info u;
  u.user_id = "u";
  u.extras.set("a\nb\"c", raw_json{"1"});
  CHECK(encode(u) == R"({"userId":"u","a\nb\"c":1})");
  const auto back = decode<user_info>(encode(u));
  REQUIRE(back);
  CHECK(back->extras.find("a\nb\"c") != nullptr);
}

TEST_CASE("doubles: the shortest text that reads back as the same double", "[codec]") {
  CHECK(encode(0.1) == "0.1");
  CHECK(encode(1.5) == "1.5");
  CHECK(encode(-2.25) == "-2.25");
  CHECK(encode(100.0) == "100");
  CHECK(encode(0.0) == "0");
  CHECK(encode(1e21) == "1e+21");
  CHECK(encode(5e-324) == "5e-324");
  CHECK(encode(std::numeric_limits<double>::max()) == "1.7976931348623157e+308");
  CHECK(encode(0.1 + 0.2) == "0.30000000000000004");
}

TEST_CASE("doubles: minus zero keeps its sign through a round trip", "[codec]") {
  // "-0" would read back as the integer 0; "-0.0" reads back as the double -0.0.
  CHECK(encode(-0.0) == "-0.0");
  const auto back = decode<double>(encode(-0.0));
  REQUIRE(back);
  CHECK(*back == 0.0);
  CHECK(std::signbit(*back));
}

TEST_CASE("doubles: non-finite values have no JSON spelling and are written as null", "[codec]") {
  CHECK(encode(std::numeric_limits<double>::quiet_NaN()) == "null");
  CHECK(encode(std::numeric_limits<double>::infinity()) == "null");
  CHECK(encode(-std::numeric_limits<double>::infinity()) == "null");
  numbers n;
  n.d = std::numeric_limits<double>::infinity();
  CHECK(encode(n) == R"({"d":null})");
}

TEST_CASE("doubles: any finite double reads back bit for bit", "[codec]") {
  std::mt19937_64 rng(7);
  int checked = 0;
  for (int i = 0; i < 5000; ++i) {
    const std::uint64_t bits = rng();
    double d;
    std::memcpy(&d, &bits, sizeof d);
    if (!std::isfinite(d)) continue;
    const std::string text = encode(d);
    const auto back = decode<double>(text);
    REQUIRE(back);
    std::uint64_t back_bits;
    std::memcpy(&back_bits, &*back, sizeof back_bits);
    INFO(text);
    CHECK(back_bits == bits);
    ++checked;
  }
  CHECK(checked > 4000);
}

TEST_CASE("floats: the shortest text for a float, so a float field round trips as sent", "[codec]") {
  CHECK(encode(0.1f) == "0.1");
  CHECK(encode(1.5f) == "1.5");
  CHECK(encode(3.4028235e38f) == "3.4028235e+38");
  CHECK(encode(std::numeric_limits<float>::infinity()) == "null");
  const auto r = decode<numbers>(R"({"f":0.3})");
  REQUIRE(r);
  CHECK(encode(*r) == R"({"f":0.3})");
}

TEST_CASE("other values: integers, booleans, raw text, arrays, objects", "[codec]") {
  CHECK(encode(std::int64_t{-9223372036854775807LL - 1}) == "-9223372036854775808");
  CHECK(encode(std::uint64_t{18446744073709551615ull}) == "18446744073709551615");
  CHECK(encode(std::int8_t{-5}) == "-5");
  CHECK(encode(std::uint8_t{200}) == "200");
  CHECK(encode(true) == "true");
  CHECK(encode(false) == "false");
  CHECK(encode(raw_json{"[1, 2]"}) == "[1, 2]");  // verbatim
  CHECK(encode(std::vector<std::string>{"a", "b"}) == R"(["a","b"])");
  CHECK(encode(std::vector<int>{}) == "[]");
  CHECK(encode(numbers{}) == "{}");
  std::vector<user_info> users(2);
  users[0].user_id = "a";
  users[1].user_id = "b";
  users[1].avatar_url = nullptr;
  CHECK(encode(users) == R"([{"userId":"a"},{"userId":"b","avatarUrl":null}])");
  roster r;
  r.users = users;
  r.grid = {{1}, {}, {2, 3}};
  r.extras.set("z", raw_json{"{}"});
  CHECK(encode(r) == R"({"users":[{"userId":"a"},{"userId":"b","avatarUrl":null}],"grid":[[1],[],[2,3]],"z":{}})");
}

TEST_CASE("writer: the string has the text after each top-level value, on output() and when the writer ends",
          "[codec]") {
  std::string out = "x";
  {
    writer w(out);
    w.begin_object();
    w.key("a");
    w.integer(1);
    CHECK(w.output() == R"(x{"a":1)");
    w.key("b");
    w.begin_array();
    w.boolean(true);
    w.end_array();
    w.end_object();
    CHECK(out == R"(x{"a":1,"b":[true]})");
    w.string("s");  // a second top-level value follows a comma, as ever
    CHECK(out == R"(x{"a":1,"b":[true]},"s")");
    w.begin_array();
    w.null();
  }
  CHECK(out == R"(x{"a":1,"b":[true]},"s",[null)");
}

TEST_CASE("writer: text of any length, in pieces of any size, comes out whole and escaped", "[codec]") {
  // Many pieces that fall across the writer's internal buffer at every
  // alignment, strings longer than that buffer, escapes and multi-byte text
  // among them; nlohmann's dump escapes the same characters the same way.
  std::mt19937 gen(7);
  const std::vector<std::string> atoms = {"a",
                                          "Zz",
                                          "\"",
                                          "\\",
                                          "\n",
                                          "\x01",
                                          "\xE4\xB8\xAD",
                                          "\xF0\x9F\x98\x80",
                                          "\xC3\xA9",
                                          "/",
                                          " ",
                                          "0123456789abcdef"};
  for (int round = 0; round < 50; ++round) {
    std::string expected = "{";
    std::string out;
    {
      writer w(out);
      w.begin_object();
      const int members = 1 + static_cast<int>(gen() % 60);
      for (int m = 0; m < members; ++m) {
        std::string key = "k" + std::to_string(m);
        if (gen() % 4 == 0) key += atoms[gen() % atoms.size()];
        if (m != 0) expected += ',';
        expected += nlohmann::json(key).dump() + ":";
        w.key(key);
        if (m % 3 == 2) {
          const auto n = static_cast<std::int64_t>(gen()) - (std::int64_t{1} << 31);
          w.integer(n);
          expected += std::to_string(n);
        } else {
          std::string value;
          const std::size_t pieces = gen() % 3 == 0 ? 400 + gen() % 400 : gen() % 12;
          for (std::size_t i = 0; i < pieces; ++i) value += atoms[gen() % atoms.size()];
          w.string(value);
          expected += nlohmann::json(value).dump();
        }
      }
      w.end_object();
    }
    expected += '}';
    INFO("round " << round);
    CHECK(out == expected);
  }
}

namespace {
struct odd_keys {
  int quoted = 0;
  int chinese = 0;
  int plain = 0;
};
constexpr auto wxim_schema(schema::tag<odd_keys>) {
  using namespace wxim::schema;
  return object<odd_keys>(field("say \"hi\"", &odd_keys::quoted), field("名字", &odd_keys::chinese),
                          field("plain", &odd_keys::plain));
}
}  // namespace

TEST_CASE("schema keys that need escaping are escaped, plain ones are written as declared", "[codec]") {
  odd_keys v;
  v.quoted = 1;
  v.chinese = 2;
  v.plain = 3;
  const std::string text = encode(v);
  CHECK(text == "{\"say \\\"hi\\\"\":1,\"\xE5\x90\x8D\xE5\xAD\x97\":2,\"plain\":3}");
  auto back = decode<odd_keys>(text);
  REQUIRE(back);
  CHECK(back->quoted == 1);
  CHECK(back->chinese == 2);
  CHECK(back->plain == 3);
}
