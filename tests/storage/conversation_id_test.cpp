// SPDX-License-Identifier: MIT
#include "wxim/storage/conversation_id.hpp"

#include <catch2/catch.hpp>
#include <random>
#include <string>

using namespace wxim;

TEST_CASE("TIM conversation IDs are built by prefix", "[storage]") {
  CHECK(make_tim_conversation_id(tim_conversation_type::c2c, "wang_lei").value() == "C2Cwang_lei");
  CHECK(make_tim_conversation_id(tim_conversation_type::group, "@TGS#2ABCDEFGH").value() == "GROUP@TGS#2ABCDEFGH");
  CHECK(make_tim_conversation_id(tim_conversation_type::system, "").value() == "@TIM#SYSTEM");
  CHECK(make_tim_conversation_id(tim_conversation_type::c2c, "-1").value() == "C2C-1");
}

TEST_CASE("TIM conversation IDs that cannot be built", "[storage]") {
  auto unknown = make_tim_conversation_id(tim_conversation_type::unknown, "x");
  REQUIRE_FALSE(unknown);
  CHECK(unknown.error().code == errc::invalid_argument);
  CHECK_FALSE(make_tim_conversation_id(tim_conversation_type::c2c, ""));
  CHECK_FALSE(make_tim_conversation_id(tim_conversation_type::group, ""));
  CHECK_FALSE(make_tim_conversation_id(tim_conversation_type::system, "x"));
}

TEST_CASE("TIM conversation IDs parse back", "[storage]") {
  using T = tim_conversation_type;
  CHECK(parse_tim_conversation_id("C2Cwang_lei") == tim_conversation_id_parts{T::c2c, "wang_lei"});
  CHECK(parse_tim_conversation_id("GROUP@TGS#2ABCDEFGH") == tim_conversation_id_parts{T::group, "@TGS#2ABCDEFGH"});
  CHECK(parse_tim_conversation_id("@TIM#SYSTEM") == tim_conversation_id_parts{T::system, ""});
  CHECK(parse_tim_conversation_id("C2CGROUPx") == tim_conversation_id_parts{T::c2c, "GROUPx"});
  CHECK(parse_tim_conversation_id("GROUPC2C") == tim_conversation_id_parts{T::group, "C2C"});
  CHECK(parse_tim_conversation_id("C2C@TIM#SYSTEM") == tim_conversation_id_parts{T::c2c, "@TIM#SYSTEM"});
  // Unknown: kept whole.
  CHECK(parse_tim_conversation_id("wang_lei") == tim_conversation_id_parts{T::unknown, "wang_lei"});
  CHECK(parse_tim_conversation_id("") == tim_conversation_id_parts{T::unknown, ""});
  CHECK(parse_tim_conversation_id("C2C") == tim_conversation_id_parts{T::unknown, "C2C"});
  CHECK(parse_tim_conversation_id("GROUP") == tim_conversation_id_parts{T::unknown, "GROUP"});
  CHECK(parse_tim_conversation_id("c2cwang_lei") == tim_conversation_id_parts{T::unknown, "c2cwang_lei"});
  CHECK(parse_tim_conversation_id("@TIM#SYSTEMx") == tim_conversation_id_parts{T::unknown, "@TIM#SYSTEMx"});
  CHECK(parse_tim_conversation_id("TOPICx") == tim_conversation_id_parts{T::unknown, "TOPICx"});
}

TEST_CASE("TIM type names", "[storage]") {
  CHECK(to_string(tim_conversation_type::c2c) == "C2C");
  CHECK(to_string(tim_conversation_type::group) == "GROUP");
  CHECK(to_string(tim_conversation_type::system) == "@TIM#SYSTEM");
  CHECK(to_string(tim_conversation_type::unknown) == "unknown");
}

TEST_CASE("TIM conversation IDs round-trip", "[storage]") {
  std::mt19937_64 rng(0x714u);
  const std::string alphabet = "C2GROUP@TIM#SYSTEMab-_";
  std::uniform_int_distribution<std::size_t> pick(0, alphabet.size() - 1), len(0, 14);
  std::uniform_int_distribution<int> type(0, 1);
  int known = 0;
  for (int i = 0; i < 5000; ++i) {
    // Start with a prefix, a near-miss of one, or nothing, then random text.
    static const char* const starts[] = {"", "C2C", "GROUP", "@TIM#SYSTEM", "C2", "GROU", "@TIM#"};
    std::string s = starts[std::uniform_int_distribution<int>(0, 6)(rng)];
    for (std::size_t n = len(rng) / 2; n > 0; --n) s += alphabet[pick(rng)];
    // Built ids parse back to their parts.
    if (!s.empty()) {
      const auto t = type(rng) ? tim_conversation_type::c2c : tim_conversation_type::group;
      const std::string id = make_tim_conversation_id(t, s).value();
      CHECK(parse_tim_conversation_id(id) == tim_conversation_id_parts{t, s});
    }
    // Any text parses to parts that give the text back (known) or keep it (unknown).
    const auto parts = parse_tim_conversation_id(s);
    if (parts.type == tim_conversation_type::unknown) {
      CHECK(parts.id == s);
    } else {
      ++known;
      CHECK(make_tim_conversation_id(parts.type, parts.id).value() == s);
    }
  }
  CHECK(known > 1000);
}
