// SPDX-License-Identifier: MIT
#include "wxim/timeline/order.hpp"

#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdint>
#include <random>
#include <string>
#include <vector>

using namespace wxim;

namespace {

chat_message msg(std::string id, std::int64_t ms) {
  chat_message m;
  m.id = std::move(id);
  m.author = "a";
  m.recipient = "b";
  m.time = from_unix_ms(ms);
  m.body = text_content{"x"};
  return m;
}

std::vector<std::string> ids_of(const std::vector<chat_message>& v) {
  std::vector<std::string> out;
  for (const auto& m : v) out.push_back(m.id);
  return out;
}

std::vector<chat_message> reference_order(std::vector<chat_message> v) {
  std::stable_sort(v.begin(), v.end(), [](const chat_message& a, const chat_message& b) { return a.time < b.time; });
  return v;
}

}  // namespace

TEST_CASE("ordering is by instant, equal instants keep arrival order", "[timeline]") {
  std::vector<chat_message> v{msg("a", 30), msg("b", 10), msg("c", 20), msg("d", 10), msg("e", 30), msg("f", 20)};
  CHECK_FALSE(is_ordered(v));
  order(v);
  CHECK(is_ordered(v));
  CHECK(ids_of(v) == std::vector<std::string>{"b", "d", "c", "f", "a", "e"});
}

TEST_CASE("ordered input is left alone and reported as such", "[timeline]") {
  std::vector<chat_message> v{msg("a", 1), msg("b", 1), msg("c", 2), msg("d", 5)};
  const auto before = v;
  CHECK(is_ordered(v));
  CHECK(order(v) == v.size());
  CHECK(v == before);
  std::vector<chat_message> empty;
  CHECK(is_ordered(empty));
  CHECK(order(empty) == 0);
}

TEST_CASE("an out-of-order tail moves only what it must", "[timeline]") {
  // Ordered prefix 0..9 (times 0, 10, ..., 90), then a late page of older messages.
  std::vector<chat_message> v;
  for (int i = 0; i < 10; ++i) v.push_back(msg("p" + std::to_string(i), i * 10));
  v.push_back(msg("t0", 75));
  v.push_back(msg("t1", 70));  // equal to p7: p7 arrived first and stays first
  v.push_back(msg("t2", 95));
  const auto expected = reference_order(v);
  const std::size_t from = order(v);
  CHECK(ids_of(v) == ids_of(expected));
  CHECK(from == 8);  // p0..p7 did not move; p8 (time 80) is the first that did
}

TEST_CASE("ordering matches std::stable_sort on random inputs of every shape", "[timeline]") {
  std::mt19937_64 rng(12345);
  for (int round = 0; round < 600; ++round) {
    const int n = static_cast<int>(rng() % 200);
    const std::int64_t spread = round % 3 == 0 ? 5 : 1'000'000;  // many ties, or few
    std::vector<chat_message> v;
    for (int i = 0; i < n; ++i)
      v.push_back(msg(std::to_string(i), static_cast<std::int64_t>(rng() % spread) - spread / 2));
    switch (round % 4) {
      case 0:
        break;  // shuffled
      case 1:
        v = reference_order(v);
        break;   // already ordered
      case 2: {  // ordered, then an unordered tail of random length
        const auto cut = v.begin() + (n == 0 ? 0 : static_cast<int>(rng() % n));
        std::stable_sort(v.begin(), cut, [](const chat_message& a, const chat_message& b) { return a.time < b.time; });
        break;
      }
      case 3:
        std::reverse(v.begin(), v.end());
        break;
    }
    const auto input = v;
    const auto expected = reference_order(v);
    const std::size_t from = order(v);
    REQUIRE(ids_of(v) == ids_of(expected));
    REQUIRE(is_ordered(v));
    // Everything before the reported index is where it was; the item at it is not.
    REQUIRE(from <= v.size());
    for (std::size_t i = 0; i < from; ++i) REQUIRE(v[i].id == input[i].id);
    if (from < v.size()) REQUIRE(v[from].id != input[from].id);
    REQUIRE(is_ordered(input) == (from == v.size()));
  }
}

TEST_CASE("ordering copes with the extreme instants", "[timeline]") {
  std::vector<chat_message> v{msg("max", INT64_MAX), msg("zero", 0), msg("min", INT64_MIN), msg("max2", INT64_MAX),
                              msg("neg", -1)};
  order(v);
  CHECK(ids_of(v) == std::vector<std::string>{"min", "neg", "zero", "max", "max2"});
}

TEST_CASE("ordering long inputs matches std::stable_sort", "[timeline]") {
  std::mt19937_64 rng(8);
  for (std::int64_t spread : {1, 3, 1000, 1'000'000'000}) {
    std::vector<chat_message> v;
    for (int i = 0; i < 20000; ++i) v.push_back(msg(std::to_string(i), static_cast<std::int64_t>(rng() % spread)));
    const auto expected = reference_order(v);
    order(v);
    REQUIRE(ids_of(v) == ids_of(expected));
  }
}
