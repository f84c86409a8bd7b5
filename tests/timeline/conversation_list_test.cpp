// SPDX-License-Identifier: MIT
#include "wxim/timeline/conversation_list.hpp"

#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdint>
#include <map>
#include <random>
#include <string>
#include <vector>

using namespace wxim;

namespace {

chat_message dm(std::string from, std::string to, std::int64_t ms, std::string text = "x") {
  chat_message m;
  m.author = std::move(from);
  m.recipient = std::move(to);
  m.time = from_unix_ms(ms);
  m.body = text_content{std::move(text)};
  return m;
}

chat_message group(std::string from, std::string group_id, std::int64_t ms) {
  auto m = dm(std::move(from), std::move(group_id), ms);
  m.chat = chat_type::group;
  return m;
}

const conversation* find(const std::vector<conversation>& list, chat_type type, const std::string& peer) {
  for (const auto& c : list) {
    if (c.type == type && c.peer.id == peer) return &c;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("one conversation per peer, newest first, with its latest message", "[timeline]") {
  const std::vector<chat_message> log{
      dm("me", "ann", 100, "hi ann"), dm("bob", "me", 200, "hi"),         dm("ann", "me", 300, "hello"),
      dm("me", "bob", 150, "late"),   dm("carl", "dan", 999, "not mine"), group("eve", "g1", 250),
  };
  const auto list = list_conversations(log, "me");
  REQUIRE(list.size() == 3);  // ann, g1, bob; carl→dan is not the viewer's
  CHECK(list[0].peer.id == "ann");
  CHECK(std::get<text_content>(list[0].latest->body).text == "hello");
  CHECK(list[1].peer.id == "g1");
  CHECK(list[1].type == chat_type::group);
  CHECK(list[2].peer.id == "bob");
  CHECK(std::get<text_content>(list[2].latest->body).text == "hi");  // 200 is later than "late" at 150
  CHECK(list[0].peer.nickname.empty());
}

TEST_CASE("unread counts are per conversation: incoming messages after the read mark", "[timeline]") {
  const std::vector<chat_message> log{
      dm("ann", "me", 100), dm("ann", "me", 200), dm("me", "ann", 250),
      dm("ann", "me", 300), dm("bob", "me", 120), dm("me", "bob", 400),
  };
  auto list = list_conversations(log, "me");
  CHECK(find(list, chat_type::direct, "ann")->unread == 3);  // no mark: every incoming message
  CHECK(find(list, chat_type::direct, "bob")->unread == 1);  // my later reply does not reset it
  read_marks marks{{{chat_type::direct, "ann"}, from_unix_ms(200)}};
  list = list_conversations(log, "me", marks);
  CHECK(find(list, chat_type::direct, "ann")->unread == 1);  // 100 and 200 are read (inclusive)
  CHECK(find(list, chat_type::direct, "bob")->unread == 1);
  // The other side's view of the same log.
  const auto anns = list_conversations(log, "ann");
  REQUIRE(anns.size() == 1);
  CHECK(anns[0].peer.id == "me");
  CHECK(anns[0].unread == 1);
}

TEST_CASE("mark_read resets one conversation and, with marks, stays reset", "[timeline]") {
  std::vector<chat_message> log{dm("ann", "me", 100), dm("bob", "me", 200), dm("bob", "me", 300)};
  read_marks marks;
  auto list = list_conversations(log, "me", marks);
  CHECK(mark_read(list, {chat_type::direct, "bob"}));
  CHECK(find(list, chat_type::direct, "bob")->unread == 0);
  CHECK(find(list, chat_type::direct, "ann")->unread == 1);  // the other one is untouched
  CHECK_FALSE(mark_read(list, {chat_type::direct, "nobody"}));
  CHECK_FALSE(mark_read(list, {chat_type::group, "bob"}));  // a group named bob is another conversation

  CHECK(mark_read(list, {chat_type::direct, "bob"}, marks));
  REQUIRE(marks.count({chat_type::direct, "bob"}) == 1);
  CHECK(marks.at({chat_type::direct, "bob"}) == from_unix_ms(300));
  log.push_back(dm("bob", "me", 400));
  list = list_conversations(log, "me", marks);
  CHECK(find(list, chat_type::direct, "bob")->unread == 1);  // only the new one
  CHECK(find(list, chat_type::direct, "ann")->unread == 1);
  // A mark never moves back.
  marks[{chat_type::direct, "ann"}] = from_unix_ms(5'000);
  CHECK(mark_read(list, {chat_type::direct, "ann"}, marks));
  CHECK(marks.at({chat_type::direct, "ann"}) == from_unix_ms(5'000));
}

TEST_CASE("a message to oneself is a conversation with oneself, never unread", "[timeline]") {
  const auto list = list_conversations({dm("me", "me", 100)}, "me");
  REQUIRE(list.size() == 1);
  CHECK(list[0].peer.id == "me");
  CHECK(list[0].unread == 0);
}

TEST_CASE("ties are broken by chat type and peer id, whatever the log order", "[timeline]") {
  std::vector<chat_message> log{dm("zed", "me", 500), dm("amy", "me", 500), group("x", "amy", 500),
                                dm("me", "kim", 500), dm("old", "me", 1)};
  std::mt19937 rng(5);
  for (int round = 0; round < 20; ++round) {
    std::shuffle(log.begin(), log.end(), rng);
    const auto list = list_conversations(log, "me");
    REQUIRE(list.size() == 5);
    CHECK(list[0].peer.id == "amy");
    CHECK(list[0].type == chat_type::direct);
    CHECK(list[1].peer.id == "kim");
    CHECK(list[2].peer.id == "zed");
    CHECK(list[3].peer.id == "amy");
    CHECK(list[3].type == chat_type::group);
    CHECK(list[4].peer.id == "old");
  }
}

TEST_CASE("the latest of two messages at the same instant is the later in the log", "[timeline]") {
  const auto list = list_conversations({dm("ann", "me", 100, "first"), dm("me", "ann", 100, "second")}, "me");
  REQUIRE(list.size() == 1);
  CHECK(std::get<text_content>(list[0].latest->body).text == "second");
  CHECK(list[0].unread == 1);
}

TEST_CASE("conversation lists agree with a brute-force count on random logs", "[timeline]") {
  std::mt19937_64 rng(31);
  const char* const people[] = {"me", "ann", "bob", "cat"};
  for (int round = 0; round < 200; ++round) {
    std::vector<chat_message> log;
    for (int i = static_cast<int>(rng() % 40); i > 0; --i) {
      auto m = dm(people[rng() % 4], people[rng() % 4], static_cast<std::int64_t>(rng() % 50));
      if (rng() % 5 == 0) m.chat = chat_type::group;
      log.push_back(m);
    }
    read_marks marks;
    if (rng() % 2) marks[{chat_type::direct, "ann"}] = from_unix_ms(static_cast<std::int64_t>(rng() % 50));
    const auto list = list_conversations(log, "me", marks);
    // Reference: for each key, scan the whole log.
    std::map<conversation_key, std::int64_t> unread;
    std::map<conversation_key, instant> newest;
    for (const auto& m : log) {
      if (m.chat == chat_type::direct && m.author != "me" && m.recipient != "me") continue;
      conversation_key k{m.chat,
                         m.chat == chat_type::direct ? (m.author == "me" ? m.recipient : m.author) : m.recipient};
      const auto mk = marks.find(k);
      unread[k] += (m.author != "me" && (mk == marks.end() || m.time > mk->second)) ? 1 : 0;
      newest[k] = newest.count(k) ? std::max(newest[k], m.time) : m.time;
    }
    REQUIRE(list.size() == unread.size());
    for (std::size_t i = 0; i < list.size(); ++i) {
      const conversation_key k{list[i].type, list[i].peer.id};
      REQUIRE(list[i].unread == unread.at(k));
      REQUIRE(list[i].latest->time == newest.at(k));
      if (i > 0) REQUIRE(list[i - 1].latest->time >= list[i].latest->time);
    }
  }
}
