// SPDX-License-Identifier: MIT
#include "wxim/codec/decode.hpp"

#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>
#include <nlohmann/json.hpp>
#include <optional>
#include <random>
#include <string>
#include <vector>

#include "support/shapes.hpp"

using namespace wxim;
using namespace wxim_test::shapes;

namespace {

template <class T = raw_json>
error err_of(const std::string& text, const decode_options& o = {}) {
  auto r = decode<T>(text, o);
  if (r) FAIL("decoded, but an error was expected: " << text);
  CHECK_FALSE(r.error().message.empty());
  return r.error();
}

decode_options small(std::size_t frame, std::size_t depth, std::size_t string, std::size_t array) {
  decode_options o;
  o.limits.max_frame_bytes = frame;
  o.limits.max_depth = depth;
  o.limits.max_string_bytes = string;
  o.limits.max_array_size = array;
  return o;
}

std::string nested_arrays(std::size_t depth) { return std::string(depth, '[') + std::string(depth, ']'); }
std::string zero_path(std::size_t n) {
  std::string p;
  for (std::size_t i = 0; i < n; ++i) p += "/0";
  return p;
}

constexpr json_parser parsers[] = {json_parser::wxim_lexer, json_parser::nlohmann_sax};

const char* name(json_parser p) { return p == json_parser::wxim_lexer ? "wxim_lexer" : "nlohmann_sax"; }

struct bad_case {
  std::string text;
  errc code;
  std::string path;
  std::optional<std::size_t> offset;       // where the tokenizer knows it (not checked when absent)
  std::optional<std::size_t> nl_offset{};  // nlohmann's, where it differs: it reports where it stopped
};

// Both tokenizers refuse each frame with the same code and path.
void check_cases(const std::vector<bad_case>& cases, decode_options o = {}) {
  for (const json_parser p : parsers) {
    o.parser = p;
    for (const auto& c : cases) {
      INFO("parser: " << name(p) << ", frame: " << c.text);
      const error e = err_of(c.text, o);
      CHECK(to_string(e.code) == to_string(c.code));
      CHECK(e.path == c.path);
      const bool nl = p == json_parser::nlohmann_sax;
      if (nl && (c.code == errc::too_deep || c.code == errc::string_too_long || c.code == errc::array_too_long)) {
        CHECK_FALSE(e.offset.has_value());  // nlohmann's SAX events carry no position
      } else if (const auto expected = nl && c.nl_offset ? c.nl_offset : c.offset) {
        CHECK(e.offset == expected);
      }
    }
  }
}

// Both tokenizers accept it.
bool accepted(const std::string& text, decode_options o = {}) {
  bool all = true;
  for (const json_parser p : parsers) {
    o.parser = p;
    INFO("parser: " << name(p) << ", frame: " << text);
    const bool ok = static_cast<bool>(decode<raw_json>(text, o));
    CHECK(ok);
    all = all && ok;
  }
  return all;
}

}  // namespace

TEST_CASE("empty_input: no bytes, or only whitespace", "[codec]") {
  check_cases({
      {"", errc::empty_input, "", 0},
      {"   ", errc::empty_input, "", 0},
      {"\t\r\n ", errc::empty_input, "", 0},
  });
}

TEST_CASE("syntax_error: not JSON, with the byte where it stops", "[codec]") {
  check_cases({
      {R"({"type":"login")", errc::syntax_error, "", 15},  // truncated: the end of the text
      {R"({a:1})", errc::syntax_error, "", 1},
      {"\xEF\xBB\xBF{}", errc::syntax_error, "", 0},  // a byte order mark
      {R"({"a":})", errc::syntax_error, "/a", 5},
      {R"({"a":1,})", errc::syntax_error, "", 7},
      {R"([1,2,])", errc::syntax_error, "", 5},
      {R"({"a":[1,})", errc::syntax_error, "/a", 8},
      {R"("abc)", errc::syntax_error, "", 4},
      {"[1,\"\x01\"]", errc::syntax_error, "/1", 4},  // a raw control character in a string
      {R"(["\x"])", errc::syntax_error, "/0", std::nullopt},
      {R"(nul)", errc::syntax_error, "", std::nullopt},
      {R"([1,x])", errc::syntax_error, "", 3},  // no element has begun at x
      {R"([1,tru])", errc::syntax_error, "/1", std::nullopt},
      {R"([-])", errc::syntax_error, "/0", 2},
      {R"({"a":{"b":1 "c":2}})", errc::syntax_error, "/a", 12, 14},
      {R"({"a" 1})", errc::syntax_error, "/a", 5},  // the member a is being read
      {R"([01])", errc::syntax_error, "", 2},       // 0 is complete; the 1 is out of place
      {"[\xC3\xA9]", errc::syntax_error, "", 1},    // well-formed UTF-8, but not in a string
  });
}

TEST_CASE("a truncated frame is a syntax error whatever words its text holds", "[codec]") {
  // nlohmann quotes the text it last read in its message; that must not change the code.
  check_cases({
      {R"(["UTF-8)", errc::syntax_error, "/0", 7},
      {R"("expected end of input)", errc::syntax_error, "", std::nullopt},
      {R"({"a":"surrogate)", errc::syntax_error, "/a", std::nullopt},
      {R"(["number overflow)", errc::syntax_error, "/0", std::nullopt},
      {R"({"a":"unexpected end of input; expected end of input)", errc::syntax_error, "/a", std::nullopt},
  });
}

TEST_CASE("invalid_utf8: the byte offset of the ill-formed sequence and the value's path", "[codec]") {
  const std::vector<std::pair<std::string, std::string>> sequences = {
      {"overlong C0 AF", "\xC0\xAF"},
      {"overlong E0 80 AF", "\xE0\x80\xAF"},
      {"overlong F0 80 80 AF", "\xF0\x80\x80\xAF"},
      {"encoded surrogate ED A0 80", "\xED\xA0\x80"},
      {"encoded low surrogate ED BF BF", "\xED\xBF\xBF"},
      {"above U+10FFFF F4 90 80 80", "\xF4\x90\x80\x80"},
      {"truncated E4 B8", "\xE4\xB8"},
      {"truncated F0 9F 98", "\xF0\x9F\x98"},
      {"stray continuation 80", "\x80"},
      {"stray continuation BF", "\xBF"},
      {"never valid FF", "\xFF"},
      {"never valid C1 80", "\xC1\x80"},
      {"never valid F5 80 80 80", "\xF5\x80\x80\x80"},
  };
  for (const auto& [why, bytes] : sequences) {
    INFO(why);
    const error e = err_of(R"({"a":")" + bytes + R"("})");
    CHECK(e.code == errc::invalid_utf8);
    CHECK(e.path == "/a");
    CHECK(e.offset == std::optional<std::size_t>(6));
    // After valid multi-byte text too.
    const error e2 = err_of("[\"\xC3\xA9\xE4\xB8\xAD" + bytes + "\"]");
    CHECK(e2.code == errc::invalid_utf8);
    CHECK(e2.path == "/0");
    CHECK(e2.offset == std::optional<std::size_t>(7));
  }
  check_cases({
      {"\"\xFF\"", errc::invalid_utf8, "", 1},
      {"{\"\xC0\xAF\":1}", errc::invalid_utf8, "", 2},  // in a key
      {"{\"a\":\xFF}", errc::invalid_utf8, "/a", 5},    // outside any string
      {"\xFF", errc::invalid_utf8, "", 0},
      {"[1,\x80]", errc::invalid_utf8, "", 3},
  });
}

TEST_CASE("invalid_surrogate: lone or reversed surrogates in \\u escapes", "[codec]") {
  check_cases({
      // The lexer points at the offending escape; nlohmann at the byte where it gave up.
      {R"("\ud800")", errc::invalid_surrogate, "", 1, 7},         // high, then the closing quote
      {R"("\udc00")", errc::invalid_surrogate, "", 1, 6},         // low first
      {R"("\udc00\ud800")", errc::invalid_surrogate, "", 1, 6},   // reversed
      {R"("\ud800\u0041")", errc::invalid_surrogate, "", 1, 12},  // high, then not a low
      {R"("\ud800\ud800")", errc::invalid_surrogate, "", 1, 12},
      {R"("\uDBFF")", errc::invalid_surrogate, "", 1, 7},
      {R"("ab\ud800x")", errc::invalid_surrogate, "", 3, 9},
      {R"({"a":"x\ud800"})", errc::invalid_surrogate, "/a", std::nullopt},
      {R"({"a":["x","\udfff"]})", errc::invalid_surrogate, "/a/1", std::nullopt},
      {R"({"\ud800":1})", errc::invalid_surrogate, "", std::nullopt},
  });
}

TEST_CASE("trailing_content: text after the one value", "[codec]") {
  check_cases({
      {R"({"a":1} x)", errc::trailing_content, "", 8},
      {R"({}{})", errc::trailing_content, "", 2},
      {R"([1]])", errc::trailing_content, "", 3},
      {R"("a" "b")", errc::trailing_content, "", 4, 6},
      {R"(1 2)", errc::trailing_content, "", 2},
      {R"({"a":1}/*c*/)", errc::trailing_content, "", 7},  // no comments in JSON
  });
  // Whitespace after the value is fine.
  CHECK(accepted("{} \r\n\t"));
  CHECK(accepted(" \n[1] "));
}

TEST_CASE("frame_too_large: at the limit is fine, one byte over is refused", "[codec]") {
  const auto o = small(16, 64, 100, 100);
  const std::string at_limit = R"({"a":"12345678"})";  // 16 bytes
  REQUIRE(at_limit.size() == 16);
  CHECK(accepted(at_limit, o));
  check_cases({{R"({"a":"123456789"})", errc::frame_too_large, "", 16},
               {std::string(17, ' '), errc::frame_too_large, "", 16},  // checked before anything else
               {"\xFF" + std::string(16, ' '), errc::frame_too_large, "", 16}},
              o);
  // The default is 1 MiB.
  const std::string big = "\"" + std::string((1u << 20) - 2, 'x') + "\"";
  CHECK(decode<std::string>(big));
  CHECK(err_of(big + " ").code == errc::frame_too_large);
}

TEST_CASE("too_deep: exactly max_depth is fine, one more is refused at the too-deep value", "[codec]") {
  const auto o = small(1000, 3, 100, 100);
  CHECK(accepted("[[[1]]]", o));
  CHECK(accepted(R"({"a":{"b":{"c":1}}})", o));
  check_cases(
      {
          {"[[[[1]]]]", errc::too_deep, "/0/0/0", 3},
          {R"({"a":{"b":{"c":{}}}})", errc::too_deep, "/a/b/c", 15},
          {R"([1,[2,[3,[4]]]])", errc::too_deep, "/1/1/1", std::nullopt},
          {R"({"a":[{"c":[]}]})", errc::too_deep, "/a/0/c", std::nullopt},
      },
      o);
}

TEST_CASE("too_deep with the default limit of 64", "[codec]") {
  CHECK(accepted(nested_arrays(64)));
  check_cases({{nested_arrays(65), errc::too_deep, zero_path(64), 64, std::nullopt},
               {nested_arrays(70), errc::too_deep, zero_path(64), 64, std::nullopt},
               {std::string(100000, '['), errc::too_deep, zero_path(64), 64, std::nullopt}});
  // Into a typed shape as well: a nested array where a string is expected.
  const error typed = err_of<user_info>(R"({"userId":)" + nested_arrays(70) + "}");
  CHECK(typed.code == errc::too_deep);
  CHECK(typed.path == "/userId" + zero_path(63));
}

TEST_CASE("string_too_long: counted in bytes after unescaping, keys included", "[codec]") {
  const auto o = small(1000, 10, 4, 100);
  CHECK(accepted(R"("abcd")", o));
  CHECK(accepted(R"({"abcd":"abcd"})", o));
  CHECK(accepted(R"("\u00e9\u00e9")", o));     // 4 bytes once unescaped
  CHECK(accepted("\"\xF0\x9F\x98\x80\"", o));  // one 4-byte character
  CHECK(accepted(R"("\ud83d\ude00")", o));     // the same, escaped
  check_cases(
      {
          {R"("abcde")", errc::string_too_long, "", 0},
          {R"({"k":"abcde"})", errc::string_too_long, "/k", 5},
          {R"({"abcde":1})", errc::string_too_long, "", 1},  // a key: the object holding it
          {R"(["ab","abcde"])", errc::string_too_long, "/1", 6},
          {R"("\u00e9\u00e9x")", errc::string_too_long, "", 0},
          {"\"a\xF0\x9F\x98\x80\"", errc::string_too_long, "", 0},
      },
      o);
}

TEST_CASE("array_too_long: elements of an array and members of an object, at the container", "[codec]") {
  const auto o = small(1000, 10, 100, 3);
  CHECK(accepted("[1,2,3]", o));
  CHECK(accepted(R"({"a":1,"b":2,"c":3})", o));
  CHECK(accepted("[[1,2,3],[1,2,3],[1,2,3]]", o));
  check_cases(
      {
          {"[1,2,3,4]", errc::array_too_long, "", std::nullopt},
          {R"({"a":[1,2,3,4]})", errc::array_too_long, "/a", std::nullopt},
          {"[[1,2,3,[]]]", errc::array_too_long, "/0", std::nullopt},
          {R"([{},{},{},{}])", errc::array_too_long, "", std::nullopt},
          {R"({"a":1,"b":2,"c":3,"d":4})", errc::array_too_long, "", std::nullopt},
          {R"({"x":{"a":1,"b":2,"c":3,"d":4}})", errc::array_too_long, "/x", std::nullopt},
      },
      o);
}

TEST_CASE("array_too_long with the default limit of 100000", "[codec]") {
  std::string ok = "[0";
  for (int i = 1; i < 100000; ++i) ok += ",0";
  ok += "]";
  CHECK(decode<std::vector<int>>(ok));
  check_cases({{ok.substr(0, ok.size() - 1) + ",0]", errc::array_too_long, "", std::nullopt}});
}

TEST_CASE("duplicate_key is refused in known keys, unknown keys and raw values", "[codec]") {
  SECTION("a known key") {
    const error e = err_of<user_info>(R"({"userId":"a","userId":"b"})");
    CHECK(e.code == errc::duplicate_key);
    CHECK(e.path == "/userId");
  }
  SECTION("a known key in a nested object") {
    const error e = err_of<login_frame>(R"({"type":"login","userInfo":{"userId":"a","nickName":"n","nickName":"m"}})");
    CHECK(e.code == errc::duplicate_key);
    CHECK(e.path == "/userInfo/nickName");
  }
  SECTION("an unknown key that is kept") {
    const error e = err_of<user_info>(R"({"userId":"a","x":1,"x":2})");
    CHECK(e.code == errc::duplicate_key);
    CHECK(e.path == "/x");
  }
  SECTION("an unknown key that is dropped") {
    const error e = err_of<numbers>(R"({"zz":1,"i64":2,"zz":3})");
    CHECK(e.code == errc::duplicate_key);
    CHECK(e.path == "/zz");
  }
  SECTION("inside a dropped value") {
    const error e = err_of<numbers>(R"({"zz":{"q":[{"a":1,"a":2}]}})");
    CHECK(e.code == errc::duplicate_key);
    CHECK(e.path == "/zz/q/0/a");
  }
  SECTION("inside a kept unknown value") {
    const error e = err_of<user_info>(R"({"userId":"a","x":{"y":1,"y":2}})");
    CHECK(e.code == errc::duplicate_key);
    CHECK(e.path == "/x/y");
  }
  SECTION("deep inside a kept unknown value") {
    const error e = err_of<user_info>(R"({"userId":"a","x":{"z":[0,{"y":1,"w":{},"y":2}]}})");
    CHECK(e.code == errc::duplicate_key);
    CHECK(e.path == "/x/z/1/y");
  }
  SECTION("inside a raw_json field") {
    const error e = err_of<conversations_frame>(R"({"type":"t","conversations":[],"payload":{"a":{"b":1,"b":2}}})");
    CHECK(e.code == errc::duplicate_key);
    CHECK(e.path == "/payload/a/b");
  }
  SECTION("in a top-level raw value") {
    const error e = err_of(R"({"a":1,"b":2,"a":3})");
    CHECK(e.code == errc::duplicate_key);
    CHECK(e.path == "/a");
  }
  SECTION("a key with / and ~ is escaped in the path") {
    const error e = err_of<user_info>(R"({"userId":"a","a/b~":1,"a/b~":2})");
    CHECK(e.code == errc::duplicate_key);
    CHECK(e.path == "/a~1b~0");
  }
  SECTION("same key in sibling objects is fine") {
    CHECK(accepted(R"([{"a":1},{"a":2}])"));
    CHECK(accepted(R"({"a":{"a":{"a":1}}})"));
  }
}

TEST_CASE("errors of shape carry the byte offset of what is wrong, where the tokenizer knows it", "[codec]") {
  struct tc {
    std::string text;
    errc code;
    std::string path;
    std::size_t offset;
  };
  const std::vector<tc> user_cases = {
      {R"({"userId":5})", errc::type_mismatch, "/userId", 10},                 // the value
      {R"({"userId":null})", errc::unexpected_null, "/userId", 10},            // the value
      {R"({"nickName":"n"})", errc::missing_field, "/userId", 15},             // the object's '}'
      {R"({"userId":"a","userId":"b"})", errc::duplicate_key, "/userId", 14},  // the second key
      {R"({"userId":"a","x":1,"x":2})", errc::duplicate_key, "/x", 20},        // the second key
  };
  for (const json_parser p : parsers) {
    decode_options o;
    o.parser = p;
    for (const auto& c : user_cases) {
      INFO("parser: " << name(p) << ", frame: " << c.text);
      const error e = err_of<user_info>(c.text, o);
      CHECK(e.code == c.code);
      CHECK(e.path == c.path);
      if (p == json_parser::wxim_lexer)
        CHECK(e.offset == std::optional<std::size_t>(c.offset));
      else
        CHECK_FALSE(e.offset.has_value());  // nlohmann's SAX events carry no position
    }
  }
  decode_options o;
  o.parser = json_parser::wxim_lexer;
  const error nested = err_of<login_frame>(R"({"type":"login","userInfo":{"nickName":"n"},"seq":1,"token":null})", o);
  CHECK(nested.path == "/userInfo/userId");
  CHECK(nested.offset == std::optional<std::size_t>(42));  // the inner object's '}', not what follows it
  const error range = err_of<numbers>(R"({"u8":300})", o);
  CHECK(range.code == errc::number_out_of_range);
  CHECK(range.offset == std::optional<std::size_t>(6));
  const error in_vector = err_of<conversations_frame>(R"({"type":"c","conversations":[{"friendId":1}]})", o);
  CHECK(in_vector.path == "/conversations/0/friendId");
  CHECK(in_vector.offset == std::optional<std::size_t>(41));
}

TEST_CASE("tens of thousands of unknown keys are kept, and a duplicate among them is found", "[codec]") {
  // 60000 distinct unknown keys: checking each against those before it (n²)
  // took minutes and would time this test out; the reader sorts them once.
  std::string text = R"({"userId":"u")";
  for (int i = 0; i < 60000; ++i) text += ",\"k" + std::to_string(i) + "\":0";
  text += "}";
  const auto kept = decode<user_info>(text);
  const auto dropped = decode<numbers>(text);
  REQUIRE(kept);
  CHECK(kept->extras.size() == 60000);
  CHECK(kept->extras.find("k59999"));
  CHECK(dropped);
  // And a duplicate at the very end is still found.
  const error e = err_of<user_info>(text.substr(0, text.size() - 1) + R"(,"k17":1})");
  CHECK(e.code == errc::duplicate_key);
  CHECK(e.path == "/k17");
}

TEST_CASE("valid UTF-8 edge cases decode and re-encode raw", "[codec]") {
  const std::vector<std::string> texts = {
      "\xC3\xA9",                                                                  // é, 2 bytes
      "\xE4\xB8\xAD\xE6\x96\x87",                                                  // 中文, 3 bytes each
      "\xF0\x9F\x98\x80",                                                          // 😀, 4 bytes
      "\xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x91\xA7",  // family, ZWJ
      "\xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD",                                          // thumbs up, skin tone
      "\xE2\x80\xA8\xE2\x80\xA9",                                                  // U+2028 U+2029
      "\xEF\xBB\xBF",                                                              // U+FEFF inside a string
      "\xEF\xBF\xBF\xF4\x8F\xBF\xBF",                                              // U+FFFF, U+10FFFF
      "\xC2\x80\xDF\xBF\xE0\xA0\x80\xED\x9F\xBF\xEE\x80\x80\xF0\x90\x80\x80",      // range edges
      "\x7f",                                                                      // DEL
  };
  for (const auto& s : texts) {
    const std::string frame = R"({"text":")" + s + R"("})";
    const auto r = decode<text_box>(frame);
    REQUIRE(r);
    CHECK(r->text == s);
    CHECK(encode(*r) == frame);
  }
}

TEST_CASE("escapes decode, and re-encode as JSON.stringify would", "[codec]") {
  struct tc {
    std::string wire, value, rewritten;
  };
  const std::vector<tc> cases = {
      {R"("\u0000")", std::string(1, '\0'), R"("\u0000")"},
      {R"("a\u0000b")", std::string("a\0b", 3), R"("a\u0000b")"},
      {R"("\"\\\/\b\f\n\r\t")", "\"\\/\b\f\n\r\t", R"("\"\\/\b\f\n\r\t")"},
      {R"("\u00e9")", "\xC3\xA9", "\"\xC3\xA9\""},
      {R"("\u00E9")", "\xC3\xA9", "\"\xC3\xA9\""},
      {R"("\u4e2d")", "\xE4\xB8\xAD", "\"\xE4\xB8\xAD\""},
      {R"("\ud83d\ude00")", "\xF0\x9F\x98\x80", "\"\xF0\x9F\x98\x80\""},
      {R"("\uD83D\uDE00")", "\xF0\x9F\x98\x80", "\"\xF0\x9F\x98\x80\""},
      {R"("\udbff\udfff")", "\xF4\x8F\xBF\xBF", "\"\xF4\x8F\xBF\xBF\""},
      {R"("\u2028\u2029")", "\xE2\x80\xA8\xE2\x80\xA9", "\"\xE2\x80\xA8\xE2\x80\xA9\""},
      {R"("\u001f\u0001\u000b")", "\x1f\x01\x0b", R"("\u001f\u0001\u000b")"},
      {R"("\u0008\u000c\u000a\u000d\u0009")", "\b\f\n\r\t", R"("\b\f\n\r\t")"},
      {R"("\u007f")", "\x7f", "\"\x7f\""},
      {R"("\u0022\u005c\u002f")", "\"\\/", R"("\"\\/")"},
  };
  for (const auto& c : cases) {
    INFO(c.wire);
    const auto r = decode<std::string>(c.wire);
    REQUIRE(r);
    CHECK(*r == c.value);
    CHECK(encode(*r) == c.rewritten);
  }
}

TEST_CASE("decode<T>(nlohmann::json) agrees with text decoding", "[codec]") {
  const std::vector<std::string> good = {
      R"({"i64":1700000000123,"u64":18446744073709551615,"d":1.5,"b":true,"s":"\u00e9\ud83d\ude00"})",
      R"({"i64":-9223372036854775808,"d":2,"f":0.25})",
      R"({"i8":-128,"u8":255,"d":1e300})",
      R"({})",
  };
  for (const auto& text : good) {
    INFO(text);
    const auto a = decode<numbers>(text);
    const auto b = decode<numbers>(nlohmann::json::parse(text));
    REQUIRE(a);
    REQUIRE(b);
    CHECK(*a == *b);
  }
  const std::string frame =
      R"({"type":"c","conversations":[{"friendId":"f","latestMsg":"{\"type\":\"t\",\"content\":\"c\",\"time\":1}","x":[1,{"y":null}]}],"payload":{"p":[true,"s",-3]}})";
  const auto a = decode<conversations_frame>(frame);
  const auto b = decode<conversations_frame>(nlohmann::json::parse(frame));
  REQUIRE(a);
  REQUIRE(b);
  CHECK(*a == *b);

  const std::vector<std::string> bad = {
      R"({"i64":1.0})",
      R"({"i64":1.5})",
      R"({"i64":-0.0})",
      R"({"i64":18446744073709551616})",
      R"({"i64":9223372036854775808})",
      R"({"u8":300})",
      R"({"u64":-1})",
      R"({"s":1})",
      R"({"i64":null})",
      R"({"b":"x"})",
      R"({"d":[]})",
      R"({"f":1e39})",
      R"([])",
      R"(null)",
      R"({"i64":1e2})",
  };
  for (const auto& text : bad) {
    INFO(text);
    const auto x = decode<numbers>(text);
    const auto y = decode<numbers>(nlohmann::json::parse(text));
    REQUIRE_FALSE(x);
    REQUIRE_FALSE(y);
    CHECK(to_string(x.error().code) == to_string(y.error().code));
    CHECK(x.error().path == y.error().path);
    CHECK_FALSE(y.error().offset.has_value());  // a DOM has no byte offsets
  }
}

TEST_CASE("decode<T>(nlohmann::json) keeps floats as floats in raw values", "[codec]") {
  const auto r = decode<raw_json>(nlohmann::json::parse(R"([1.0,-0.0,1.5,2,1e300])"));
  REQUIRE(r);
  // Spelled so that they read back as floats, as nlohmann's own dump does.
  CHECK(r->text == "[1.0,-0.0,1.5,2,1e+300]");
  CHECK(nlohmann::json::parse(r->text) == nlohmann::json::parse(R"([1.0,-0.0,1.5,2,1e300])"));
  CHECK(nlohmann::json::parse(r->text)[0].is_number_float());
}

TEST_CASE("decode<T>(nlohmann::json) enforces the limits", "[codec]") {
  const auto o = small(10, 3, 4, 3);  // the frame limit does not apply to a DOM
  SECTION("depth") {
    CHECK(decode<raw_json>(nlohmann::json::parse("[[[1]]]"), o));
    const auto r = decode<raw_json>(nlohmann::json::parse("[[[[1]]]]"), o);
    REQUIRE_FALSE(r);
    CHECK(r.error().code == errc::too_deep);
    CHECK(r.error().path == "/0/0/0");
  }
  SECTION("string length") {
    CHECK(decode<raw_json>(nlohmann::json::parse(R"({"k":"abcd"})"), o));
    const auto r = decode<raw_json>(nlohmann::json::parse(R"({"k":"abcde"})"), o);
    REQUIRE_FALSE(r);
    CHECK(r.error().code == errc::string_too_long);
    CHECK(r.error().path == "/k");
  }
  SECTION("key length") {
    const auto r = decode<raw_json>(nlohmann::json::parse(R"({"abcde":1})"), o);
    REQUIRE_FALSE(r);
    CHECK(r.error().code == errc::string_too_long);
    CHECK(r.error().path == "");  // the object holding the key, as text decoding says
  }
  SECTION("array and object size") {
    const auto r = decode<raw_json>(nlohmann::json::parse(R"({"a":[1,2,3,4]})"), o);
    REQUIRE_FALSE(r);
    CHECK(r.error().code == errc::array_too_long);
    CHECK(r.error().path == "/a");
    const auto m = decode<raw_json>(nlohmann::json::parse(R"({"a":1,"b":2,"c":3,"d":4})"), o);
    REQUIRE_FALSE(m);
    CHECK(m.error().code == errc::array_too_long);
    CHECK(m.error().path == "");
  }
  SECTION("invalid UTF-8 in a string the caller put in the DOM") {
    nlohmann::json j;
    j["text"] = std::string("ok\xC0\xAF");
    const auto r = decode<text_box>(j);
    REQUIRE_FALSE(r);
    CHECK(r.error().code == errc::invalid_utf8);
    CHECK(r.error().path == "/text");
  }
  SECTION("invalid UTF-8 in a key the caller put in the DOM") {
    nlohmann::json j;
    j["text"] = "ok";
    j[std::string("k\xFF")] = 1;
    const auto r = decode<user_info>(j);
    REQUIRE_FALSE(r);
    CHECK(r.error().code == errc::invalid_utf8);
    CHECK(r.error().path == "");  // the object that holds the key, as text decoding says
  }
  SECTION("a non-finite number the caller put in the DOM") {
    nlohmann::json j;
    j["d"] = std::nan("");
    const auto r = decode<numbers>(j);
    REQUIRE_FALSE(r);
    CHECK(r.error().code == errc::number_out_of_range);
    CHECK(r.error().path == "/d");
  }
}

TEST_CASE("decode_or_throw throws wxim::exception carrying the error", "[codec]") {
  CHECK(decode_or_throw<user_info>(R"({"userId":"u"})").user_id == "u");
  try {
    (void)decode_or_throw<user_info>(R"({"nickName":"n"})");
    FAIL("no exception");
  } catch (const wxim::exception& x) {
    CHECK(x.error().code == errc::missing_field);
    CHECK(x.error().path == "/userId");
    CHECK(x.code() == make_error_code(errc::missing_field));
  }
}

TEST_CASE("hostile input never throws and always explains itself", "[codec]") {
  const std::vector<std::string> seeds = {
      R"({"type":"c","conversations":[{"friendId":"f","latestMsg":"{\"type\":\"t\",\"content\":\"\\u00e9\",\"time\":1700000000000}","unread":2,"x":[1.5e3,{"k":null}]}],"payload":{"a":[true,false,"\ud83d\ude00"]},"tags":["a","b"],"extra":-12})",
      R"({"type":"login","userInfo":{"userId":"u","nickName":"n","avatarUrl":null},"seq":1,"token":"t","version":2})",
      R"([[[{"a":"\u0000"}]],-0.0,1E-5,"\\\"",{}])",
  };
  std::mt19937 rng(20240531u);
  const std::string inserts[] = {"{", "}", "[", "\"", "\\", "\xFF", ",", ":", "\\u", "\xED\xA0\x80", "null", "1e999"};
  decode_options tight = small(4096, 6, 64, 16);
  std::size_t failures = 0, successes = 0;
  for (int i = 0; i < 4000; ++i) {
    std::string s = seeds[static_cast<std::size_t>(i) % seeds.size()];
    const int edits = 1 + static_cast<int>(rng() % 4);
    for (int k = 0; k < edits && !s.empty(); ++k) {
      const std::size_t at = rng() % s.size();
      switch (rng() % 4) {
        case 0:
          s.resize(at);
          break;  // truncate
        case 1:
          s[at] = static_cast<char>(s[at] ^ static_cast<char>(1u << (rng() % 8)));
          break;  // flip a bit
        case 2:
          s.insert(at, inserts[rng() % (sizeof inserts / sizeof inserts[0])]);
          break;
        default:
          s[at] = static_cast<char>(rng() % 256);
          break;  // replace a byte
      }
    }
    decode_options o = (i % 2) ? tight : decode_options{};
    o.parser = parsers[(i / 2) % 2];
    const auto check = [&](const auto& r) {
      if (r) {
        ++successes;
        return;
      }
      ++failures;
      CHECK_FALSE(r.error().message.empty());
      CHECK((r.error().path.empty() || r.error().path[0] == '/'));
      CHECK(to_string(r.error().code) != "unknown_error");
    };
    CHECK_NOTHROW(check(decode<conversations_frame>(s, o)));
    CHECK_NOTHROW(check(decode<login_frame>(s, o)));
    CHECK_NOTHROW(check(decode<raw_json>(s, o)));
    // Both tokenizers agree on what they accept.
    decode_options other = o;
    other.parser = parsers[((i / 2) + 1) % 2];
    CHECK(static_cast<bool>(decode<raw_json>(s, o)) == static_cast<bool>(decode<raw_json>(s, other)));
    // What decodes also encodes to JSON that reads back.
    const auto r = decode<conversations_frame>(s);
    if (r) {
      const std::string out = encode(*r);
      CHECK_NOTHROW(nlohmann::json::parse(out));
      CHECK(decode<conversations_frame>(out));
    }
  }
  CHECK(failures > 0);
  CHECK(successes > 0);
}

// The lexer scans strings eight bytes at a time and checks three-byte UTF-8
// sequences inline: put every kind of byte that needs attention at every
// position of those windows and compare with nlohmann's parser.
TEST_CASE("the lexer's string scan agrees with nlohmann wherever a special byte falls in its scan windows") {
  const std::vector<std::string> specials = {"\"",
                                             "\\\\",
                                             "\\\"",
                                             "\\u00e9",
                                             "\\ud83d\\ude00",
                                             "\\ud83d",
                                             std::string(1, '\x01'),
                                             "\x1f",
                                             "\x7f",
                                             "\x80",
                                             "\xc3\xa9",
                                             "\xc3",
                                             "\xe4\xbd\xa0",
                                             "\xe4\xbd",
                                             "\xe0\x80\x80",
                                             "\xed\xa0\x80",
                                             "\xed\x9f\xbf",
                                             "\xef\xbf\xbf",
                                             "\xf0\x9f\x98\x80",
                                             "\xf4\x90\x80\x80",
                                             "\xff",
                                             " ",
                                             "~"};
  decode_options lexer_options, nlohmann_options;
  lexer_options.parser = json_parser::wxim_lexer;
  nlohmann_options.parser = json_parser::nlohmann_sax;
  std::size_t accepted = 0, refused = 0;
  // Sixteen bytes at a time with SSE2, eight otherwise, then byte by byte:
  // every offset in two windows of either, and tails shorter than both.
  for (std::size_t before = 0; before <= 33; ++before) {
    for (std::size_t after = 0; after <= 18; after += 3) {
      for (const std::string& special : specials) {
        const std::string text = "\"" + std::string(before, 'a') + special + std::string(after, 'b') + "\"";
        INFO("frame: " << text);
        const auto ours = decode<std::string>(text, lexer_options);
        const auto theirs = decode<std::string>(text, nlohmann_options);
        REQUIRE(static_cast<bool>(ours) == static_cast<bool>(theirs));
        if (ours) {
          ++accepted;
          CHECK(*ours == *theirs);
        } else {
          ++refused;
          CHECK(to_string(ours.error().code) == to_string(theirs.error().code));
        }
      }
    }
  }
  CHECK(accepted > 0);
  CHECK(refused > 0);
}

TEST_CASE("the lexer's events view the frame for plain text and the tape's arena for unescaped text", "[codec]") {
  const std::string text = R"({"plain":"abc","esc":"a\nb","n":1.25e3,"\u006bey":"x"})";
  detail::tape t;
  REQUIRE_FALSE(detail::parse_with_lexer(text, decode_limits{}, t));
  const auto in_frame = [&](std::string_view v) {
    return v.data() >= text.data() && v.data() + v.size() <= text.data() + text.size();
  };
  REQUIRE(t.size() == 10);
  CHECK(t[1].text == "plain");
  CHECK(in_frame(t[1].text));
  CHECK(t[2].text == "abc");
  CHECK(in_frame(t[2].text));
  CHECK(t[4].text == "a\nb");
  CHECK_FALSE(in_frame(t[4].text));
  CHECK(t[6].text == "1.25e3");  // a float's lexeme, as written
  CHECK(in_frame(t[6].text));
  CHECK(t[7].text == "key");
  CHECK_FALSE(in_frame(t[7].text));
  CHECK(t[8].text == "x");
}

TEST_CASE("many escaped strings and keys in one frame keep their text, with either tokenizer", "[codec]") {
  // Each unescaped string is written after the last into the tape's storage;
  // a move of that storage would leave the earlier ones pointing at nothing.
  nlohmann::json expected = nlohmann::json::object();
  std::string text = "{";
  for (int i = 0; i < 300; ++i) {
    const std::string key = "k\\u00e9" + std::to_string(i);
    const std::string value =
        "line " + std::to_string(i) + "\\n\\\"quoted\\\" \\ud83d\\ude00 " + std::string(i % 40, 'z');
    if (i) text += ',';
    text += "\"" + key + "\":\"" + value + "\"";
    expected["k\xc3\xa9" + std::to_string(i)] =
        "line " + std::to_string(i) + "\n\"quoted\" \xf0\x9f\x98\x80 " + std::string(i % 40, 'z');
  }
  text += "}";
  for (const auto parser : {json_parser::wxim_lexer, json_parser::nlohmann_sax}) {
    decode_options o;
    o.parser = parser;
    const auto r = decode<raw_json>(text, o);
    REQUIRE(r);
    CHECK(nlohmann::json::parse(r->text) == expected);
  }
}

TEST_CASE("a decode inside a decode gets a tape of its own", "[codec]") {
  // JSON in a string in a string: each level tokenizes while the level above
  // is still reading its tape.
  const std::string inner = nlohmann::json{{"a", "x\ny"}, {"b", nlohmann::json::array({1, 2, 3})}}.dump();
  const std::string middle = nlohmann::json{{"m", inner}, {"n", "after"}}.dump();
  const std::string frame = nlohmann::json{{"outer", middle}, {"tail", "\u00e9\\t"}}.dump();
  const auto r = decode<raw_json>(frame);
  REQUIRE(r);
  const auto outer = decode<embedded_json<raw_json>>(nlohmann::json::parse(r->text)["outer"].dump());
  REQUIRE(outer);
  const auto twice = decode<embedded_json<std::vector<embedded_json<raw_json>>>>(
      nlohmann::json(nlohmann::json::array({inner, inner}).dump()).dump());
  REQUIRE(twice);
  REQUIRE(twice->value.size() == 2);
  for (const auto& e : twice->value) CHECK(nlohmann::json::parse(e.value.text) == nlohmann::json::parse(inner));
  CHECK(nlohmann::json::parse(outer->value.text) == nlohmann::json::parse(middle));
}

TEST_CASE("a decoded vector is allocated once, at its final size", "[codec]") {
  std::string text = "[";
  for (int i = 0; i < 1000; ++i) text += (i ? ",\"" : "\"") + std::to_string(i) + "\"";
  text += "]";
  const auto r = decode<std::vector<std::string>>(text);
  REQUIRE(r);
  REQUIRE(r->size() == 1000);
  CHECK(r->capacity() == 1000);
  CHECK(r->back() == "999");
  const auto empty = decode<std::vector<std::vector<int>>>("[[],[1],[2,3]]");
  REQUIRE(empty);
  CHECK((*empty)[0].capacity() == 0);
  CHECK((*empty)[2].capacity() == 2);
}

TEST_CASE("every tokenizer tells the decoder an array's length, so vectors are sized at once", "[codec]") {
  const auto check = [](const result<std::vector<std::vector<std::int64_t>>>& r) {
    REQUIRE(r);
    REQUIRE(r->size() == 4);
    CHECK(r->capacity() == 4);
    CHECK((*r)[0].capacity() == 0);
    CHECK((*r)[1].capacity() == 1);
    CHECK((*r)[2].capacity() == 4);
    CHECK((*r)[3].capacity() == 2);
    CHECK((*r)[2][3] == 13);
  };
  const std::string text = R"([[],[1],[10,11,12,13],[-1,2]])";
  for (const json_parser p : parsers) {
    decode_options o;
    o.parser = p;
    INFO(name(p));
    check(decode<std::vector<std::vector<std::int64_t>>>(text, o));
  }
  INFO("a parsed document");
  check(decode<std::vector<std::vector<std::int64_t>>>(nlohmann::json::parse(text)));
}

TEST_CASE("an optional string is built in place from short, long and escaped text", "[codec]") {
  const std::string long_name(100, 'n');
  for (const std::string& nick : {std::string(), std::string("ab"), long_name, std::string(R"(\u4f60\"q\")")}) {
    const std::string text = R"({"userId":"u","nickName":")" + nick + R"("})";
    for (const json_parser p : parsers) {
      decode_options o;
      o.parser = p;
      INFO(name(p) << " " << text);
      const auto r = decode<user_info>(text, o);
      REQUIRE(r);
      REQUIRE(r->nick_name);
      CHECK(*r->nick_name == nlohmann::json::parse(text)["nickName"].get<std::string>());
    }
  }
  const auto wrong = decode<user_info>(R"({"userId":"u","nickName":7})");
  REQUIRE_FALSE(wrong);
  CHECK(wrong.error().code == errc::type_mismatch);
  CHECK(wrong.error().path == "/nickName");
  const auto null = decode<user_info>(R"({"userId":"u","nickName":null})");
  REQUIRE_FALSE(null);
  CHECK(null.error().code == errc::unexpected_null);
}

TEST_CASE("members decode alike in the schema's order, in any other and with unknown keys between", "[codec]") {
  std::vector<std::string> members = {R"("i64":-5)", R"("u64":18446744073709551615)",
                                      R"("i32":7)",  R"("i8":-8)",
                                      R"("u8":200)", R"("u32":9)",
                                      R"("d":0.5)",  R"("f":1.5)",
                                      R"("b":true)", R"("s":"x")"};
  const auto join = [](const std::vector<std::string>& m) {
    std::string t = "{";
    for (std::size_t i = 0; i < m.size(); ++i) t += (i ? "," : "") + m[i];
    return t + "}";
  };
  const auto in_order = decode<numbers>(join(members));
  REQUIRE(in_order);
  CHECK(in_order->u64 == 18446744073709551615ull);
  std::mt19937 rng(11);
  for (int round = 0; round < 50; ++round) {
    std::vector<std::string> m = members;
    std::shuffle(m.begin(), m.end(), rng);
    if (round % 2 == 1) m.insert(m.begin() + static_cast<std::ptrdiff_t>(rng() % m.size()), R"("zz":[1,{"y":2}])");
    if (round % 3 == 2) m.erase(m.begin() + static_cast<std::ptrdiff_t>(rng() % m.size()));
    INFO(join(m));
    const auto r = decode<numbers>(join(m));
    REQUIRE(r);
    const auto dom = nlohmann::json::parse(join(m));
    const auto same = [&](const char* key, const auto& got, const auto& want) {
      INFO(key);
      if (dom.contains(key))
        CHECK(got == want);
      else
        CHECK_FALSE(got.has_value());
    };
    same("i64", r->i64, in_order->i64);
    same("u64", r->u64, in_order->u64);
    same("i32", r->i32, in_order->i32);
    same("i8", r->i8, in_order->i8);
    same("u8", r->u8, in_order->u8);
    same("u32", r->u32, in_order->u32);
    same("d", r->d, in_order->d);
    same("f", r->f, in_order->f);
    same("b", r->b, in_order->b);
    same("s", r->s, in_order->s);
  }
  // A key read in its turn and again later is a duplicate, at the second one.
  const error dup = err_of<numbers>(R"({"i64":1,"u64":2,"i64":3})");
  CHECK(dup.code == errc::duplicate_key);
  CHECK(dup.path == "/i64");
  CHECK(dup.offset == std::optional<std::size_t>(17));
  // Errors inside a member name it, whether read in its turn or out of it.
  CHECK(err_of<numbers>(R"({"i64":1,"u64":2,"i32":"x"})").path == "/i32");
  CHECK(err_of<numbers>(R"({"s":"x","i32":"x"})").path == "/i32");
  CHECK(err_of<roster>(R"({"users":[{"userId":"a"},{"userId":5}]})").path == "/users/1/userId");
  CHECK(err_of<roster>(R"({"owner":{"userId":"a"},"users":[{"userId":"a"},{"nickName":"n"}]})").path ==
        "/users/1/userId");
}

TEST_CASE("a tape moved after tokenizing keeps the text of its unescaped strings", "[codec]") {
  // A frame this short keeps its unescaped text in a buffer small enough for
  // a std::string's inline storage, which a move would not carry along.
  const std::string text = R"({"k":"\n"})";
  detail::tape t;
  REQUIRE_FALSE(detail::parse_with_lexer(text, decode_limits{}, t));
  const detail::tape moved = std::move(t);
  REQUIRE(moved.size() == 4);
  CHECK(moved[2].text == "\n");
}

TEST_CASE("scratch buffers: a nested borrow gets its own, and one grown past its bound is dropped", "[codec]") {
  using small_scratch = detail::scratch<std::string, 64>;
  const std::string* first = nullptr;
  {
    small_scratch outer;
    outer.get() = "outer";
    first = &outer.get();
    {
      small_scratch inner;
      CHECK(&inner.get() != first);
      CHECK(inner.get().empty());
      inner.get() = "inner";
    }
    CHECK(outer.get() == "outer");
    outer.get().assign(1000, 'x');
  }
  small_scratch again;
  CHECK(&again.get() == first);  // the same slot, reused
  CHECK(again.get().empty());
  CHECK(again.get().capacity() <= 64);
}
