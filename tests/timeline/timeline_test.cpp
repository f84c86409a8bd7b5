// SPDX-License-Identifier: MIT
#include "wxim/timeline/timeline.hpp"

#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdint>
#include <random>
#include <string>
#include <vector>

using namespace wxim;
using std::chrono::milliseconds;

namespace {

chat_message msg(std::string id, std::int64_t ms, std::string text = "x", std::string author = "u1") {
  chat_message m;
  m.id = std::move(id);
  m.author = std::move(author);
  m.recipient = "u2";
  m.time = from_unix_ms(ms);
  m.body = text_content{std::move(text)};
  return m;
}

std::vector<std::string> texts_of(const chat_timeline& t) {
  std::vector<std::string> out;
  for (const auto& i : t) out.push_back(std::get<text_content>(i.message.body).text);
  return out;
}

std::vector<bool> bubbles_of(const chat_timeline& t) {
  std::vector<bool> out;
  for (const auto& i : t) out.push_back(i.show_time);
  return out;
}

bool same(const chat_message& a, const chat_message& b) {
  if (!a.id.empty() && !b.id.empty()) return a.id == b.id;
  if (a.id.empty() && b.id.empty()) return a.author == b.author && a.time == b.time && a.body == b.body;
  return false;
}

void stable_by_time(std::vector<chat_message>& v) {
  std::stable_sort(v.begin(), v.end(), [](const chat_message& a, const chat_message& b) { return a.time < b.time; });
}

/// The invariants, checked the slow way: same messages as the model, bubbles by pairwise gaps.
void check_against(const chat_timeline& t, const std::vector<chat_message>& model) {
  REQUIRE(t.size() == model.size());
  for (std::size_t i = 0; i < model.size(); ++i) {
    REQUIRE(t[i].message == model[i]);
    const std::int64_t gap = i == 0 ? 0 : to_unix_ms(model[i].time) - to_unix_ms(model[i - 1].time);
    const std::int64_t th = t.threshold().count();
    REQUIRE(t[i].show_time == (i == 0 || gap > th || gap < -th));
  }
}

}  // namespace

TEST_CASE("appending decides each bubble from the message before it", "[timeline]") {
  chat_timeline t;
  const std::int64_t t0 = 1'772'330'400'000;  // 2026-03-01T10:00+08:00
  CHECK(t.append(msg("", t0, "first")) == 0u);
  CHECK(t.append(msg("", t0 + 300'000, "exactly 5 min later")) == 1u);
  CHECK(t.append(msg("", t0 + 600'001, "5 min and 1 ms after that")) == 2u);
  CHECK(bubbles_of(t) == std::vector<bool>{true, false, true});
}

TEST_CASE("appending an earlier message inserts it in order and fixes the bubbles around it", "[timeline]") {
  chat_timeline t;
  t.append(msg("", 0, "a"));
  t.append(msg("", 1'000'000, "c"));  // bubble: 1'000'000 after a
  CHECK(bubbles_of(t) == std::vector<bool>{true, true});
  // b lands 100 s before c: b gets a bubble (it is 900 s after a), c loses its own.
  CHECK(t.append(msg("", 900'000, "b")) == 1u);
  CHECK(texts_of(t) == std::vector<std::string>{"a", "b", "c"});
  CHECK(bubbles_of(t) == std::vector<bool>{true, true, false});
  // An equal instant goes after what is there (arrival order).
  CHECK(t.append(msg("", 900'000, "b2")) == 2u);
  CHECK(texts_of(t) == std::vector<std::string>{"a", "b", "b2", "c"});
  CHECK(bubbles_of(t) == std::vector<bool>{true, true, false, false});
  // Before everything: it becomes the first and shows a bubble; a keeps one only if far enough.
  CHECK(t.append(msg("", -100'000, "z")) == 0u);
  CHECK(bubbles_of(t) == std::vector<bool>{true, false, true, false, false});
}

TEST_CASE("appending the same message twice keeps one", "[timeline]") {
  chat_timeline t;
  CHECK(t.append(msg("m1", 10)));
  CHECK_FALSE(t.append(msg("m1", 99, "edited")));
  CHECK(t.append(msg("", 10, "same text")));
  CHECK_FALSE(t.append(msg("", 10, "same text")));
  CHECK(t.append(msg("", 10, "same text", "u2")));  // another author
  CHECK(t.size() == 3);
  CHECK(t.contains(msg("m1", 0, "whatever")));
  CHECK(t.find(msg("", 10, "same text", "u2")) == 2u);
  CHECK_FALSE(t.find(msg("", 11, "same text")));
  CHECK_FALSE(t.find(msg("m2", 10)));
}

TEST_CASE("merging a page of history relabels what follows it", "[timeline]") {
  chat_timeline t;
  t.append(msg("m3", 1'000'000, "live"));
  // An older page arrives out of order, with a duplicate of the live message.
  const std::size_t added = t.merge_page({msg("m2", 950'000, "h2"), msg("m1", 100'000, "h1"), msg("m3", 1'000'000)});
  CHECK(added == 2);
  CHECK(texts_of(t) == std::vector<std::string>{"h1", "h2", "live"});
  CHECK(bubbles_of(t) == std::vector<bool>{true, true, false});  // live lost its bubble: 50 s after h2
  CHECK(t.merge_page({msg("m1", 100'000), msg("m2", 950'000)}) == 0);
  CHECK(t.size() == 3);
}

TEST_CASE("resend moves a message to the end with its new instant and status", "[timeline]") {
  chat_timeline t;
  t.append(msg("", 0, "a"));
  t.append(msg("", 100'000, "failed one"));
  t.append(msg("", 500'000, "c"));
  t.append(msg("", 600'000, "d"));
  REQUIRE(t.set_status(1, send_status::failed));
  CHECK(t[1].message.status == send_status::failed);
  CHECK(bubbles_of(t) == std::vector<bool>{true, false, true, false});
  const auto to = t.resend(1, from_unix_ms(2'000'000));
  REQUIRE(to);
  CHECK(*to == 3u);
  CHECK(texts_of(t) == std::vector<std::string>{"a", "c", "d", "failed one"});
  CHECK(t[3].message.status == send_status::sending);
  CHECK(t[3].message.time == from_unix_ms(2'000'000));
  CHECK(bubbles_of(t) == std::vector<bool>{true, true, false, true});
  // Sent again at the same instant as the last: it still goes last, and succeeds.
  const auto again = t.resend(0, from_unix_ms(2'000'000), send_status::success);
  CHECK(again == 3u);
  CHECK(texts_of(t) == std::vector<std::string>{"c", "d", "failed one", "a"});
  CHECK(t[3].message.status == send_status::success);
  CHECK(bubbles_of(t) == std::vector<bool>{true, false, true, false});
  CHECK_FALSE(t.resend(4, from_unix_ms(0)));
  CHECK_FALSE(t.set_status(4, send_status::failed));
}

TEST_CASE("resend with an earlier instant moves the message back into order", "[timeline]") {
  chat_timeline t;
  for (int i = 0; i < 5; ++i) t.append(msg("m" + std::to_string(i), i * 400'000, std::to_string(i)));
  CHECK(t.resend(4, from_unix_ms(450'000)) == 2u);  // a clock that went back
  CHECK(texts_of(t) == std::vector<std::string>{"0", "1", "4", "2", "3"});
  CHECK(bubbles_of(t) == std::vector<bool>{true, true, false, true, true});
}

TEST_CASE("changing the threshold relabels everything", "[timeline]") {
  chat_timeline t(milliseconds{60'000});
  t.append(msg("", 0, "a"));
  t.append(msg("", 90'000, "b"));
  CHECK(bubbles_of(t) == std::vector<bool>{true, true});
  t.set_threshold(milliseconds{300'000});
  CHECK(t.threshold() == milliseconds{300'000});
  CHECK(bubbles_of(t) == std::vector<bool>{true, false});
  t.relabel();
  CHECK(bubbles_of(t) == std::vector<bool>{true, false});
}

TEST_CASE("a timeline built from a log orders, de-duplicates and labels it", "[timeline]") {
  const chat_timeline t({msg("", 700'000, "c"), msg("", 0, "a"), msg("", 0, "a"), msg("", 300'000, "b")});
  CHECK(texts_of(t) == std::vector<std::string>{"a", "b", "c"});
  CHECK(bubbles_of(t) == std::vector<bool>{true, false, true});
  chat_timeline copy = t;
  const auto released = copy.release();
  CHECK(released.size() == 3);
  CHECK(copy.empty());
  CHECK(t.size() == 3);                 // a value: the copy's release did not touch it
  CHECK(copy.append(msg("", 0, "a")));  // the index was cleared with the items
}

TEST_CASE("random operation sequences keep the invariants of a brute-force model", "[timeline]") {
  std::mt19937_64 rng(777);
  for (int round = 0; round < 150; ++round) {
    chat_timeline t(milliseconds{round % 5 == 0 ? 0 : 300'000});
    std::vector<chat_message> model;
    std::int64_t clock = 1'000'000'000;
    const auto random_message = [&] {
      const bool with_id = rng() % 3 != 0;
      const std::int64_t when = clock - static_cast<std::int64_t>(rng() % 2'000'000);
      return msg(with_id ? "m" + std::to_string(rng() % 40) : "", when, std::to_string(rng() % 3),
                 rng() % 2 ? "u1" : "u2");
    };
    for (int step = 0; step < 40; ++step) {
      clock += static_cast<std::int64_t>(rng() % 400'000);
      switch (rng() % 4) {
        case 0:
        case 1: {
          const auto m = random_message();
          const bool dup = std::any_of(model.begin(), model.end(), [&](const chat_message& x) { return same(x, m); });
          const auto at = t.append(m);
          REQUIRE(at.has_value() == !dup);
          if (!dup) {
            model.push_back(m);
            stable_by_time(model);
            REQUIRE(t[*at].message == m);
          }
          break;
        }
        case 2: {
          std::vector<chat_message> page;
          for (int i = static_cast<int>(rng() % 8); i > 0; --i) page.push_back(random_message());
          std::vector<chat_message> fresh;
          for (const auto& m : page) {
            const auto seen = [&](const chat_message& x) { return same(x, m); };
            if (std::none_of(model.begin(), model.end(), seen) && std::none_of(fresh.begin(), fresh.end(), seen)) {
              fresh.push_back(m);
            }
          }
          REQUIRE(t.merge_page(page) == fresh.size());
          model.insert(model.end(), fresh.begin(), fresh.end());
          stable_by_time(model);
          break;
        }
        case 3: {
          if (model.empty()) break;
          const std::size_t i = rng() % model.size();
          const instant when = from_unix_ms(clock - static_cast<std::int64_t>(rng() % 3) * 200'000);
          auto m = model[i];
          model.erase(model.begin() + static_cast<std::ptrdiff_t>(i));
          m.time = when;
          m.status = send_status::sending;
          model.push_back(m);
          stable_by_time(model);
          const auto to = t.resend(i, when);
          REQUIRE(to);
          REQUIRE(t[*to].message == m);
          break;
        }
      }
      check_against(t, model);
    }
  }
}
