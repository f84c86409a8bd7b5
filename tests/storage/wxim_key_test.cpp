// SPDX-License-Identifier: MIT
#include "wxim/storage/wxim_key.hpp"

#include <catch2/catch.hpp>
#include <map>
#include <random>
#include <string>
#include <vector>

using namespace wxim;

using parts = std::vector<std::string>;

TEST_CASE("wxim keys: golden", "[storage]") {
  CHECK(make_wxim_key({}) == "wxim1");
  CHECK(make_wxim_key({""}) == "wxim1:");
  CHECK(make_wxim_key({"", ""}) == "wxim1::");
  CHECK(make_wxim_key({"file", "bob", "a:b"}) == "wxim1:file:bob:a%3Ab");
  CHECK(make_wxim_key({"100%"}) == "wxim1:100%25");
  CHECK(make_wxim_key({"%3A"}) == "wxim1:%253A");
  CHECK(make_wxim_key({"chat", "ab", "c"}) == "wxim1:chat:ab:c");
  CHECK(make_wxim_key({"chat", "a", "bc"}) == "wxim1:chat:a:bc");
  CHECK(make_wxim_key({"file", "https://cdn.example.com/v/snd-9.m4a"}) ==
        "wxim1:file:https%3A//cdn.example.com/v/snd-9.m4a");
  CHECK(make_wxim_key({"聊天", "王磊"}) == "wxim1:聊天:王磊");
  CHECK(make_wxim_key(parts{"a", "b"}) == "wxim1:a:b");
  CHECK(make_wxim_key(std::vector<std::string_view>{"a", "b"}) == "wxim1:a:b");
}

TEST_CASE("wxim keys parse back", "[storage]") {
  CHECK(parse_wxim_key("wxim1").value() == parts{});
  CHECK(parse_wxim_key("wxim1:").value() == parts{""});
  CHECK(parse_wxim_key("wxim1::").value() == parts{"", ""});
  CHECK(parse_wxim_key("wxim1:a:").value() == parts{"a", ""});
  CHECK(parse_wxim_key("wxim1:file:bob:a%3Ab").value() == parts{"file", "bob", "a:b"});
  CHECK(parse_wxim_key("wxim1:100%25").value() == parts{"100%"});
}

TEST_CASE("wxim keys refuse what make_wxim_key never writes", "[storage]") {
  struct bad {
    const char* key;
    std::size_t offset;
  };
  for (bad b : {bad{"", 0}, bad{"wxim", 0}, bad{"WXIM1:a", 0}, bad{"wxim2:a", 0}, bad{"wxim12:a", 5}, bad{"wxim1a", 5},
                bad{"wxim1:%", 6}, bad{"wxim1:%3", 6}, bad{"wxim1:%3a", 6}, bad{"wxim1:%41", 6},
                bad{"wxim1:ok:x%2", 10}, bad{"liu_yangchen_hao", 0}}) {
    INFO(b.key);
    auto r = parse_wxim_key(b.key);
    REQUIRE_FALSE(r);
    CHECK(r.error().code == errc::invalid_value);
    CHECK(r.error().offset == b.offset);
  }
}

TEST_CASE("wxim keys are injective: property over random part lists", "[storage]") {
  // Parts drawn from an alphabet heavy in separators, escape characters and hex digits.
  const std::string alphabet = std::string(":%3A25a") + '\0' + "\xe7\x8e\x8b";
  std::mt19937_64 rng(0x3e7u);
  std::uniform_int_distribution<std::size_t> pick(0, alphabet.size() - 1), count(0, 4), len(0, 5);
  std::map<std::string, parts> seen, seen_concat;
  int naive_collisions = 0;
  for (int i = 0; i < 20000; ++i) {
    parts p(count(rng));
    for (auto& s : p)
      for (std::size_t n = len(rng); n > 0; --n) s += alphabet[pick(rng)];
    const std::string key = make_wxim_key(p);
    // Left inverse: the key gives back exactly its parts.
    auto back = parse_wxim_key(key);
    REQUIRE(back);
    CHECK(*back == p);
    // No other list made the same key.
    auto [it, inserted] = seen.emplace(key, p);
    if (!inserted) CHECK(it->second == p);
    // Plain concatenation (the Easemob way) does collide on the same lists: the data is rich
    // enough for the check above to mean something.
    std::string concat;
    for (const auto& s : p) concat += s;
    auto [c, fresh] = seen_concat.emplace(concat, p);
    if (!fresh && c->second != p) ++naive_collisions;
  }
  CHECK(seen.size() > 10000);
  CHECK(naive_collisions > 1000);
}

TEST_CASE("wxim keys: every valid key is canonical", "[storage]") {
  // Random strings over the key alphabet: whenever one parses, making a key from its parts
  // gives the same string back, so a part list has exactly one key.
  const std::string alphabet = ":%3A25a";
  std::mt19937_64 rng(0x3e8u);
  std::uniform_int_distribution<std::size_t> pick(0, alphabet.size() - 1), len(0, 10);
  int valid = 0;
  for (int i = 0; i < 20000; ++i) {
    std::string key = "wxim1";
    for (std::size_t n = len(rng); n > 0; --n) key += alphabet[pick(rng)];
    auto r = parse_wxim_key(key);
    if (!r) continue;
    ++valid;
    CHECK(make_wxim_key(*r) == key);
  }
  CHECK(valid > 1000);
}
