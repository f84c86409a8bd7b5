// SPDX-License-Identifier: MIT
#include "wxim/timeline/bubble.hpp"

#include <catch2/catch.hpp>
#include <cstdint>
#include <random>
#include <vector>

using namespace wxim;
using std::chrono::milliseconds;

namespace {

chat_message msg_at(std::int64_t ms) {
  chat_message m;
  m.author = "user_001";
  m.recipient = "user_002";
  m.time = from_unix_ms(ms);
  m.body = text_content{"hi"};
  return m;
}

std::vector<timeline_item> items_at(const std::vector<std::int64_t>& times) {
  std::vector<timeline_item> items;
  for (auto t : times) items.push_back(timeline_item{msg_at(t), false});
  return items;
}

}  // namespace

TEST_CASE("a bubble shows when the gap is strictly more than 300000 ms", "[timeline]") {
  const instant t0 = from_unix_ms(1'718'586'425'123);
  CHECK_FALSE(shows_time(t0 + milliseconds{300'000}, t0));
  CHECK(shows_time(t0 + milliseconds{300'001}, t0));
  CHECK_FALSE(shows_time(t0 + milliseconds{299'999}, t0));
  CHECK_FALSE(shows_time(t0, t0));
}

TEST_CASE("the gap is an absolute value: an earlier message counts as well", "[timeline]") {
  const instant t0 = from_unix_ms(1'718'586'425'123);
  CHECK_FALSE(shows_time(t0 - milliseconds{300'000}, t0));
  CHECK(shows_time(t0 - milliseconds{300'001}, t0));
  CHECK(shows_time(t0 - milliseconds{86'400'000}, t0));
}

TEST_CASE("the first message always shows a bubble", "[timeline]") {
  CHECK(shows_time(from_unix_ms(0), std::nullopt));
  CHECK(shows_time(from_unix_ms(1), std::nullopt));  // the client's t_prev = 0 would hide this one
  bubble_tracker tracker;
  CHECK(tracker.append(from_unix_ms(1'000)));
  CHECK_FALSE(tracker.append(from_unix_ms(2'000)));
}

TEST_CASE("the threshold is a parameter", "[timeline]") {
  const instant t0 = from_unix_ms(1'000'000);
  CHECK_FALSE(shows_time(t0 + milliseconds{60'000}, t0, milliseconds{60'000}));
  CHECK(shows_time(t0 + milliseconds{60'001}, t0, milliseconds{60'000}));
  CHECK(shows_time(t0 + milliseconds{1}, t0, milliseconds{0}));
  CHECK_FALSE(shows_time(t0, t0, milliseconds{0}));
  CHECK(shows_time(t0, t0, milliseconds{-1}));  // a negative threshold is always exceeded
  bubble_tracker tracker(milliseconds{10});
  CHECK(tracker.threshold() == milliseconds{10});
  CHECK(tracker.append(t0));
  CHECK(tracker.append(t0 + milliseconds{11}));
  CHECK_FALSE(tracker.append(t0 + milliseconds{21}));
}

TEST_CASE("gaps between the extreme instants do not overflow", "[timeline]") {
  const instant lo = from_unix_ms(INT64_MIN);
  const instant hi = from_unix_ms(INT64_MAX);
  CHECK(shows_time(hi, lo));
  CHECK(shows_time(lo, hi));
  CHECK(shows_time(lo, from_unix_ms(0)));
  CHECK(shows_time(hi, from_unix_ms(-1)));
  CHECK(is_gap_over(hi, lo, milliseconds{INT64_MAX}));  // the gap is 2^64 - 1
  CHECK_FALSE(is_gap_over(hi, hi - milliseconds{300'000}, milliseconds{300'000}));
  CHECK_FALSE(is_gap_over(lo + milliseconds{300'000}, lo, milliseconds{300'000}));
  CHECK_FALSE(is_gap_over(from_unix_ms(150'000), from_unix_ms(-150'000), milliseconds{300'000}));
  CHECK(is_gap_over(from_unix_ms(150'001), from_unix_ms(-150'000), milliseconds{300'000}));
}

TEST_CASE("the tracker decides in O(1) and can ask without recording", "[timeline]") {
  bubble_tracker tracker;
  CHECK_FALSE(tracker.previous());
  const instant t0 = from_unix_ms(1'000'000'000);
  CHECK(tracker.decide(t0));
  CHECK_FALSE(tracker.previous());  // decide does not record
  CHECK(tracker.append(t0));
  CHECK(*tracker.previous() == t0);
  // A temporary "sending" item 10 min later is asked about but not recorded...
  CHECK(tracker.decide(t0 + milliseconds{600'000}));
  // ...so the next real message is measured from t0, not from it.
  CHECK_FALSE(tracker.append(t0 + milliseconds{300'000}));
  CHECK(tracker.append(t0 + milliseconds{600'001}));
  tracker.reset();
  CHECK(tracker.append(t0 + milliseconds{600'002}));
}

TEST_CASE("relabel recomputes every bubble in display order", "[timeline]") {
  auto items = items_at({0, 300'000, 600'001, 600'002, 2'000'000});
  relabel(items);
  const std::vector<bool> expected{true, false, true, false, true};
  for (std::size_t i = 0; i < items.size(); ++i) CHECK(items[i].show_time == expected[i]);
  // After a reorder the same items get other bubbles.
  std::swap(items[0], items[4]);  // 2'000'000, 300'000, 600'001, 600'002, 0
  relabel(items);
  const std::vector<bool> after{true, true, true, false, true};  // 300'000 -> 600'001 is 300'001
  for (std::size_t i = 0; i < items.size(); ++i) CHECK(items[i].show_time == after[i]);
  std::vector<timeline_item> none;
  relabel(none);
  CHECK(none.empty());
}

TEST_CASE("relabel and make_items agree with a pairwise reference on random sequences", "[timeline]") {
  std::mt19937_64 rng(99);
  std::uniform_int_distribution<std::int64_t> step(-400'000, 700'000);
  std::uniform_int_distribution<int> len(0, 60);
  for (int round = 0; round < 500; ++round) {
    std::vector<std::int64_t> times;
    std::int64_t t = 1'700'000'000'000;
    const int n = len(rng);
    for (int i = 0; i < n; ++i) times.push_back(t += step(rng) % (i % 3 == 0 ? 301'000 : 700'001));
    auto items = items_at(times);
    for (auto& i : items) i.show_time = (round % 2 == 0);  // stale values must be overwritten
    relabel(items);
    std::vector<chat_message> messages;
    for (auto x : times) messages.push_back(msg_at(x));
    const auto made = make_items(messages);
    REQUIRE(made.size() == times.size());
    for (std::size_t i = 0; i < times.size(); ++i) {
      const std::int64_t gap = i == 0 ? 0 : times[i] - times[i - 1];
      const bool expected = i == 0 || gap > 300'000 || gap < -300'000;
      REQUIRE(items[i].show_time == expected);
      REQUIRE(made[i].show_time == expected);
      REQUIRE(made[i].message == messages[i]);
    }
  }
}
