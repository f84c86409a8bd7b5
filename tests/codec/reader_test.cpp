// SPDX-License-Identifier: MIT
#include "wxim/codec/reader.hpp"

#include <catch2/catch.hpp>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "support/shapes.hpp"

// A type of our own with a codec written against the reader: a colour as "#rrggbb".
namespace reader_test {
struct rgb {
  std::uint8_t r = 0, g = 0, b = 0;
  friend bool operator==(const rgb& x, const rgb& y) { return x.r == y.r && x.g == y.g && x.b == y.b; }
};

struct theme {
  std::string name;
  std::vector<rgb> palette;
};
constexpr auto wxim_schema(wxim::schema::tag<theme>) {
  using namespace wxim::schema;
  return object<theme>(field("name", &theme::name), field("palette", &theme::palette));
}
using wxim::adl::operator==;
}  // namespace reader_test

template <>
struct wxim::codec<reader_test::rgb> {
  static int hex(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    return -1;
  }
  static bool read(reader& r, reader_test::rgb& out) {
    if (r.peek().kind != detail::token::string_value) return r.type_error("a colour string");
    const std::string_view s = r.peek().text;
    std::uint8_t v[3];
    if (s.size() != 7 || s[0] != '#') return r.fail(errc::invalid_value, "a colour is #rrggbb");
    for (int i = 0; i < 3; ++i) {
      const int hi = hex(s[1 + 2 * i]), lo = hex(s[2 + 2 * i]);
      if (hi < 0 || lo < 0) return r.fail(errc::invalid_value, "a colour is #rrggbb in lowercase hex");
      v[i] = static_cast<std::uint8_t>(hi * 16 + lo);
    }
    out = {v[0], v[1], v[2]};
    r.take();
    return true;
  }
  static void write(writer& w, const reader_test::rgb& c) {
    static constexpr char digits[] = "0123456789abcdef";
    std::string s = "#";
    for (std::uint8_t x : {c.r, c.g, c.b}) {
      s += digits[x >> 4];
      s += digits[x & 0xF];
    }
    w.string(s);
  }
};

using namespace wxim;
using reader_test::rgb;
using reader_test::theme;

TEST_CASE("a codec of one's own reads through the reader and reports at its path", "[codec]") {
  const auto r = decode<theme>(R"({"name":"dark","palette":["#000000","#ff8000"]})");
  REQUIRE(r);
  REQUIRE(r->palette.size() == 2);
  CHECK(r->palette[1] == rgb{255, 128, 0});
  CHECK(encode(*r) == R"({"name":"dark","palette":["#000000","#ff8000"]})");

  const auto bad = decode<theme>(R"({"name":"dark","palette":["#000000","#ff80zz"]})");
  REQUIRE_FALSE(bad);
  CHECK(bad.error().code == errc::invalid_value);
  CHECK(bad.error().path == "/palette/1");
  CHECK(bad.error().message == "a colour is #rrggbb in lowercase hex");

  const auto wrong = decode<theme>(R"({"name":"dark","palette":[1]})");
  REQUIRE_FALSE(wrong);
  CHECK(wrong.error().code == errc::type_mismatch);
  CHECK(wrong.error().path == "/palette/0");
  CHECK(wrong.error().message == "expected a colour string, got a number");

  const auto null = decode<theme>(R"({"name":"dark","palette":[null]})");
  REQUIRE_FALSE(null);
  CHECK(null.error().code == errc::unexpected_null);
}

TEST_CASE("the reader builds JSON pointers, escaping ~ and /", "[codec]") {
  detail::tape t;
  t.emplace_back();
  const decode_options o;
  reader r(t, o, "/base");
  CHECK(r.pointer() == "/base");
  r.push_key("a/b");
  r.push_index(3);
  r.push_key("~x");
  r.push_key("");
  CHECK(r.pointer() == "/base/a~1b/3/~0x/");
  r.pop();
  r.pop();
  CHECK(r.pointer() == "/base/a~1b/3");
}

TEST_CASE("the reader keeps the first failure", "[codec]") {
  detail::tape t;
  t.emplace_back();
  const decode_options o;
  reader r(t, o);
  r.push_key("first");
  CHECK_FALSE(r.fail(errc::invalid_value, "one", 10001));
  r.pop();
  r.push_key("second");
  CHECK_FALSE(r.fail(errc::type_mismatch, "two"));
  REQUIRE(r.failure().has_value());
  CHECK(r.failure()->code == errc::invalid_value);
  CHECK(r.failure()->path == "/first");
  CHECK(r.failure()->message == "one");
  CHECK(r.failure()->peer_status == std::optional<int>(10001));
}

TEST_CASE("a failure's path gains the segments codecs name on the way out, in nesting order", "[codec]") {
  detail::tape t;
  t.emplace_back();
  const decode_options o;
  reader r(t, o, "/base");
  // An object codec at depth 0 reads member "outer"; inside it a codec that
  // pushes ("map"/"k"); inside that an array at depth 1 and an object at
  // depth 1, which fails in member "leaf".
  const std::size_t outer_depth = r.depth();
  {
    std::string local_key = "k";  // gone before the path is spelled out
    r.push_key("map");
    r.push_key(local_key);
    CHECK(r.depth() == 2);
    CHECK_FALSE(r.fail(errc::type_mismatch, "inner"));
    CHECK_FALSE(r.failed_in_key(2, "leaf"));
    CHECK_FALSE(r.failed_in_index(2, 7));
    local_key.assign("overwritten");
    r.pop();
    r.pop();
  }
  CHECK_FALSE(r.failed_in_key(outer_depth, "outer"));
  REQUIRE(r.failure().has_value());
  CHECK(r.failure()->path == "/base/outer/map/k/7/leaf");
  CHECK(r.failure()->message == "inner");
  // Asked again after more segments: spelled out afresh.
  CHECK_FALSE(r.failed_in_key(0, "top"));
  CHECK(r.failure()->path == "/base/top/outer/map/k/7/leaf");
}

TEST_CASE("segments named without a failure change nothing", "[codec]") {
  detail::tape t;
  t.emplace_back();
  const decode_options o;
  reader r(t, o);
  CHECK_FALSE(r.failed_in_key(0, "a"));
  CHECK_FALSE(r.failed_in_index(0, 1));
  CHECK_FALSE(r.failure().has_value());
  CHECK_FALSE(r.fail(errc::invalid_value, "x"));
  CHECK(r.failure()->path.empty());
}

TEST_CASE("an adopted error's path continues the current path", "[codec]") {
  detail::tape t;
  t.emplace_back();
  const decode_options o;
  reader r(t, o, "/b");
  r.push_key("text");
  CHECK_FALSE(r.fail(error{errc::syntax_error, "/inner/0", std::optional<std::size_t>(3), "bad", std::nullopt}));
  r.pop();
  CHECK_FALSE(r.failed_in_index(0, 2));
  REQUIRE(r.failure().has_value());
  CHECK(r.failure()->path == "/b/2/text/inner/0");
  CHECK(r.failure()->offset == std::optional<std::size_t>(3));
  CHECK(r.failure()->code == errc::syntax_error);
}

TEST_CASE("the reader skips and reads raw values of any shape", "[codec]") {
  detail::tape t;
  REQUIRE_FALSE(detail::parse_with_nlohmann(R"([{"a":[1,{"b":2}]}, "x" , 3.50, null])", decode_limits{}, t));
  const decode_options o;
  reader r(t, o);
  REQUIRE(r.take().kind == detail::token::begin_array);
  raw_json first;
  REQUIRE(r.read_raw(first));
  CHECK(first.text == R"({"a":[1,{"b":2}]})");
  r.skip();  // "x"
  raw_json third;
  REQUIRE(r.read_raw(third));
  CHECK(third.text == "3.50");
  CHECK(r.peek().kind == detail::token::null_value);
  r.skip();
  CHECK(r.take().kind == detail::token::end_array);
  CHECK(r.at_end());
}

TEST_CASE("lenient() reads the options", "[codec]") {
  detail::tape t;
  t.emplace_back();
  decode_options o;
  o.lenient = leniency::numeric_strings | leniency::duplicate_keys;
  reader r(t, o);
  CHECK(r.lenient(leniency::numeric_strings));
  CHECK(r.lenient(leniency::duplicate_keys));
  CHECK_FALSE(r.lenient(leniency::case_insensitive_keys));
  CHECK(&r.options() == &o);
}
