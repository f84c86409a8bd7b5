// SPDX-License-Identifier: MIT
#include "wxim/storage/easemob_key.hpp"

#include <catch2/catch.hpp>
#include <string>

using namespace wxim;

TEST_CASE("Easemob demo keys are plain concatenations", "[storage]") {
  CHECK(make_easemob_chat_key("liu_yang", "chen_hao") == "liu_yangchen_hao");
  CHECK(make_easemob_chat_key("217634819309569", "chen_hao") == "217634819309569chen_hao");
  CHECK(make_easemob_rendered_key("liu_yang", "chen_hao") == "rendered_liu_yangchen_hao");
  CHECK(make_easemob_rendered_key("217634819309569", "chen_hao") == "rendered_217634819309569chen_hao");
  CHECK(easemob_rendered_prefix == "rendered_");
}

TEST_CASE("Easemob key of a message: the other party, or the group", "[storage]") {
  chat_message m;
  m.chat = chat_type::direct;
  m.author = "liu_yang";
  m.recipient = "chen_hao";
  CHECK(make_easemob_chat_key(m, "chen_hao") == "liu_yangchen_hao");  // received
  m.author = "chen_hao";
  m.recipient = "liu_yang";
  CHECK(make_easemob_chat_key(m, "chen_hao") == "liu_yangchen_hao");  // sent: same conversation
  m.chat = chat_type::group;
  m.author = "liu_yang";
  m.recipient = "217634819309569";
  CHECK(make_easemob_chat_key(m, "chen_hao") == "217634819309569chen_hao");  // keyed by `to`
  m.author = "chen_hao";
  CHECK(make_easemob_chat_key(m, "chen_hao") == "217634819309569chen_hao");
}

TEST_CASE("Easemob keys read back as the demo's scan does", "[storage]") {
  CHECK(parse_easemob_key("liu_yangchen_hao", "chen_hao") == easemob_key{"liu_yang", false});
  CHECK(parse_easemob_key("rendered_liu_yangchen_hao", "chen_hao") == easemob_key{"liu_yang", true});
  CHECK_FALSE(parse_easemob_key("myUsername", "chen_hao"));
  CHECK_FALSE(parse_easemob_key("chen_hao", "chen_hao"));           // nothing left
  CHECK_FALSE(parse_easemob_key("rendered_chen_hao", "chen_hao"));  // nothing left after the prefix
  CHECK_FALSE(parse_easemob_key("liu_yangchen_hao", ""));
  CHECK_FALSE(parse_easemob_key("liu_yang", "chen_hao"));
  // The guesses it makes: a contact named "rendered_x" reads as x's history...
  CHECK(parse_easemob_key(make_easemob_chat_key("rendered_x", "me"), "me") == easemob_key{"x", true});
  // ...and another user's key whose name ends like ours reads as ours.
  CHECK(parse_easemob_key(make_easemob_chat_key("a", "bc"), "c") == easemob_key{"ab", false});
  // A fixed key can look like a chat record.
  CHECK(parse_easemob_key("friendNotiData", "Data") == easemob_key{"friendNoti", false});
}

TEST_CASE("Easemob key collisions are detected", "[storage]") {
  CHECK(easemob_keys_collide("ab", "c", "a", "bc"));
  CHECK(easemob_keys_collide("a", "bc", "ab", "c"));
  CHECK(easemob_keys_collide("rendered_x", "me", "x", "me"));  // chat key = other's history key
  CHECK(easemob_keys_collide("x", "me", "rendered_x", "me"));
  CHECK_FALSE(easemob_keys_collide("ab", "c", "ab", "c"));  // the same pair is not a collision
  CHECK_FALSE(easemob_keys_collide("ab", "c", "ab", "d"));
  CHECK_FALSE(easemob_keys_collide("x", "me", "y", "me"));
  // A chat key can land on one of the demo's fixed keys.
  CHECK(make_easemob_chat_key("my", "Username") == easemob_fixed_keys[0]);
}

TEST_CASE("Easemob group keys: the demo's two parts and seed 002's three", "[storage]") {
  // The demo: group (or chat room) then me, whoever wrote the message.
  CHECK(make_easemob_demo_group_key("217634819309569", "chen_hao") == "217634819309569chen_hao");
  CHECK(make_easemob_demo_group_key("217634819309569", "chen_hao") ==
        make_easemob_chat_key("217634819309569", "chen_hao"));
  // Seed 002: group or chat room, then the peer, then me; no separator anywhere.
  CHECK(make_easemob_seed002_group_key("217634819309569", "liu_yang", "chen_hao") == "217634819309569liu_yangchen_hao");
  CHECK(make_easemob_seed002_group_key("room7", "", "me") == "room7me");
  // Three free parts collide like two do.
  CHECK(make_easemob_seed002_group_key("g1", "ab", "c") == make_easemob_seed002_group_key("g1a", "b", "c"));
  CHECK(make_easemob_seed002_group_key("g1", "liu_yang", "chen_hao") != make_easemob_demo_group_key("g1", "chen_hao"));
}
