// SPDX-License-Identifier: MIT
#include "wxim/timeline/merge.hpp"

#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdint>
#include <random>
#include <string>
#include <vector>

using namespace wxim;

namespace {

chat_message msg(std::string id, std::string author, std::int64_t ms, std::string text) {
  chat_message m;
  m.id = std::move(id);
  m.author = std::move(author);
  m.recipient = "peer";
  m.time = from_unix_ms(ms);
  m.body = text_content{std::move(text)};
  return m;
}

// The identity rule, written out independently of is_same_message.
bool same(const chat_message& a, const chat_message& b) {
  if (!a.id.empty() && !b.id.empty()) return a.id == b.id;
  if (a.id.empty() && b.id.empty()) return a.author == b.author && a.time == b.time && a.body == b.body;
  return false;
}

// Brute force: existing (ordered) then each page message not seen yet, stably ordered.
std::vector<chat_message> reference_merge(std::vector<chat_message> existing, const std::vector<chat_message>& page) {
  std::stable_sort(existing.begin(), existing.end(),
                   [](const chat_message& a, const chat_message& b) { return a.time < b.time; });
  std::vector<chat_message> all = existing;
  for (const auto& m : page) {
    if (std::none_of(all.begin(), all.end(), [&](const chat_message& x) { return same(x, m); })) all.push_back(m);
  }
  std::stable_sort(all.begin(), all.end(),
                   [](const chat_message& a, const chat_message& b) { return a.time < b.time; });
  return all;
}

}  // namespace

TEST_CASE("messages with ids are the same exactly when their ids are", "[timeline]") {
  const auto a = msg("m1", "u1", 100, "hi");
  CHECK(is_same_message(a, msg("m1", "u2", 999, "changed")));
  CHECK_FALSE(is_same_message(a, msg("m2", "u1", 100, "hi")));
  CHECK_FALSE(is_same_message(a, msg("", "u1", 100, "hi")));  // one id, one none: never the same
}

TEST_CASE("messages without ids are the same when author, instant and content are", "[timeline]") {
  const auto a = msg("", "u1", 100, "hi");
  CHECK(is_same_message(a, msg("", "u1", 100, "hi")));
  CHECK_FALSE(is_same_message(a, msg("", "u2", 100, "hi")));
  CHECK_FALSE(is_same_message(a, msg("", "u1", 101, "hi")));
  CHECK_FALSE(is_same_message(a, msg("", "u1", 100, "hi!")));
  auto img = a;
  img.body = image_content{"hi", {}, {}, {}};
  CHECK_FALSE(is_same_message(a, img));  // same text as the URL, other kind
  auto other_status = a;
  other_status.status = send_status::failed;
  other_status.recipient = "elsewhere";
  CHECK(is_same_message(a, other_status));  // status and recipient are not part of the identity
}

TEST_CASE("a page of history merges in order and skips what is already there, by id", "[timeline]") {
  std::vector<chat_message> shown{msg("m3", "u1", 300, "c"), msg("m4", "u2", 400, "d")};
  std::vector<chat_message> page{msg("m1", "u1", 100, "a"), msg("m3", "u1", 300, "c-edited"), msg("m2", "u2", 200, "b"),
                                 msg("m1", "u1", 100, "a-again")};
  CHECK(merge_page(shown, page) == 2);
  REQUIRE(shown.size() == 4);
  CHECK(shown[0].id == "m1");
  CHECK(std::get<text_content>(shown[0].body).text == "a");  // the first copy in the page wins
  CHECK(shown[1].id == "m2");
  CHECK(shown[2].id == "m3");
  CHECK(std::get<text_content>(shown[2].body).text == "c");  // what is shown stays as it is
  CHECK(shown[3].id == "m4");
  CHECK(merge_page(shown, page) == 0);  // merging the same page again adds nothing
  CHECK(shown.size() == 4);
}

TEST_CASE("id-less messages de-duplicate by author, instant and content", "[timeline]") {
  std::vector<chat_message> shown{msg("", "u1", 100, "hello"), msg("", "u2", 100, "hello"), msg("", "u1", 200, "x")};
  std::vector<chat_message> page{
      msg("", "u1", 100, "hello"),  // duplicate of shown[0]
      msg("", "u1", 150, "new"),    // new
      msg("", "u2", 200, "x"),      // other author: new
      msg("", "u1", 150, "new"),    // duplicate within the page
      msg("", "u1", 200, "x!"),     // other content: new
  };
  CHECK(merge_page(shown, page) == 3);
  CHECK(shown ==
        reference_merge({msg("", "u1", 100, "hello"), msg("", "u2", 100, "hello"), msg("", "u1", 200, "x")}, page));
}

TEST_CASE("equal instants keep existing messages first, then page order", "[timeline]") {
  std::vector<chat_message> shown{msg("a", "u1", 100, "a"), msg("b", "u1", 200, "b")};
  CHECK(merge_page(shown, {msg("d", "u2", 100, "d"), msg("c", "u2", 100, "c")}) == 2);
  REQUIRE(shown.size() == 4);
  CHECK(shown[0].id == "a");
  CHECK(shown[1].id == "d");
  CHECK(shown[2].id == "c");
  CHECK(shown[3].id == "b");
}

TEST_CASE("merging an unordered vector orders it first", "[timeline]") {
  std::vector<chat_message> shown{msg("b", "u1", 200, "b"), msg("a", "u1", 100, "a")};
  CHECK(merge_page(shown, {}) == 0);
  CHECK(shown[0].id == "a");
  CHECK(shown[1].id == "b");
}

TEST_CASE("merge matches a brute-force reference on random pages", "[timeline]") {
  std::mt19937_64 rng(2024);
  const char* const authors[] = {"u1", "u2"};
  const char* const texts[] = {"ok", "hi", "?"};
  for (int round = 0; round < 400; ++round) {
    const auto make = [&](int n) {
      std::vector<chat_message> v;
      for (int i = 0; i < n; ++i) {
        const bool with_id = rng() % 2 == 0;
        v.push_back(msg(with_id ? "m" + std::to_string(rng() % 30) : "", authors[rng() % 2],
                        static_cast<std::int64_t>(rng() % 12) * 1000, texts[rng() % 3]));
      }
      return v;
    };
    // The existing vector holds no duplicates of its own (as a merge leaves it).
    std::vector<chat_message> shown;
    merge_page(shown, make(static_cast<int>(rng() % 25)));
    const auto page = make(static_cast<int>(rng() % 25));
    const auto expected = reference_merge(shown, page);
    const std::size_t before = shown.size();
    const std::size_t added = merge_page(shown, page);
    REQUIRE(shown == expected);
    REQUIRE(added == expected.size() - before);
  }
}

TEST_CASE("large pages with many messages at one instant de-duplicate like the reference", "[timeline]") {
  // Runs longer than the pairwise limit take the hashed path; pages longer
  // than 32 take the key sort.
  std::mt19937_64 rng(4096);
  const char* const texts[] = {"a", "b", "c", "d", "e", "f", "g", "h"};
  for (int round = 0; round < 40; ++round) {
    const auto make = [&](int n) {
      std::vector<chat_message> v;
      for (int i = 0; i < n; ++i) {
        const bool with_id = rng() % 4 == 0;
        v.push_back(msg(with_id ? "m" + std::to_string(rng() % 100) : "", rng() % 2 ? "u1" : "u2",
                        static_cast<std::int64_t>(rng() % 3), texts[rng() % 8]));
      }
      return v;
    };
    std::vector<chat_message> shown;
    merge_page(shown, make(static_cast<int>(rng() % 200)));
    const auto page = make(static_cast<int>(rng() % 400));
    const auto expected = reference_merge(shown, page);
    merge_page(shown, page);
    REQUIRE(shown == expected);
  }
}
