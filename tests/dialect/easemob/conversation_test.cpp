// SPDX-License-Identifier: MIT
#include "wxim/dialect/easemob/conversation.hpp"

#include <catch2/catch.hpp>

#include "wxim/codec/decode.hpp"

using namespace wxim;
using namespace wxim::easemob;

TEST_CASE("a server conversation item: unReadCount with a capital R, lastMessage a body", "[easemob]") {
  const std::string text =
      R"({"conversationId":"liu_yang","conversationType":"singleChat","isPinned":false,"pinnedTime":0,"unReadCount":3,"lastMessage":{"id":"1286533349917329511","type":"audio","chatType":"singleChat","from":"liu_yang","to":"zhou_hao","url":"https://a1.example.com/org/app/chatfiles/9c2e","secret":"s2","filename":"voice.amr","length":6,"file_length":9730,"filetype":"","accessToken":"","file":{},"ext":{},"time":1718590355000},"marks":[]})";
  auto c = decode<conversation_item>(text);
  REQUIRE(c);
  CHECK(c->chat() == chat_kind::single_chat);
  CHECK(*c->unread_count == 3u);
  CHECK(*c->pinned_time == 0);
  REQUIRE(c->last_body());
  CHECK(*std::get<audio_message>(*c->last_body()).length == 6u);
  CHECK(c->marks->empty());
  CHECK(encode(*c) == text);
}

TEST_CASE("lastMessage {} and null stay what they were", "[easemob]") {
  const std::string empty = R"({"conversationId":"a","conversationType":"singleChat","lastMessage":{}})";
  const std::string null = R"({"conversationId":"a","conversationType":"groupChat","lastMessage":null})";
  auto e = decode<conversation_item>(empty);
  auto n = decode<conversation_item>(null);
  REQUIRE(e);
  REQUIRE(n);
  CHECK(e->last_body() == nullptr);
  CHECK(n->last_body() == nullptr);
  CHECK(e->last.has_value());
  CHECK(n->last.is_null());
  CHECK(encode(*e) == empty);
  CHECK(encode(*n) == null);
}

TEST_CASE("key spelling is exact: unreadCount is an unknown key", "[easemob]") {
  auto c = decode<conversation_item>(R"({"conversationId":"a","conversationType":"singleChat","unreadCount":2})");
  REQUIRE(c);
  CHECK_FALSE(c->unread_count);
  CHECK(c->unknown.find("unreadCount"));
}

TEST_CASE("pages and the deprecated channel list", "[easemob]") {
  auto p = decode<conversation_page>(
      R"({"conversations":[{"conversationId":"a","conversationType":"singleChat"}],"cursor":null})");
  REQUIRE(p);
  CHECK(p->conversations.size() == 1);
  CHECK(p->cursor.is_null());
  auto h = decode<history_page>(
      R"({"messages":[{"id":"1","type":"txt","chatType":"singleChat","from":"a","to":"b","msg":"x","time":1},{"id":"2","type":"cmd","chatType":"singleChat","from":"a","to":"b","action":"y","time":2}],"cursor":"c","isLast":false})");
  REQUIRE(h);
  CHECK(h->messages.size() == 2);
  CHECK(type_of(h->messages[1]) == message_type::cmd);
  CHECK(*h->cursor == "c");
  CHECK(*h->is_last == false);
  auto l = decode<channel_list>(
      R"({"channel_infos":[{"channel_id":"easemob-demo#chatdemoui_liu_yang@easemob.com","lastMessage":null,"unread_num":2}]})");
  REQUIRE(l);
  CHECK(l->channel_infos.at(0).unread_num == 2u);
}

TEST_CASE("raw channel ids come apart at the first _ after # and the last @", "[easemob]") {
  auto p = parse_channel_id("easemob-demo#chatdemoui_liu_yang@easemob.com");
  REQUIRE(p);
  CHECK(p->app_key == "easemob-demo#chatdemoui");
  CHECK(p->id == "liu_yang");
  CHECK(p->domain == "easemob.com");
  CHECK(p->chat == chat_kind::single_chat);
  auto g = parse_channel_id("org#app_217634819309569@conference.easemob.com");
  REQUIRE(g);
  CHECK(g->id == "217634819309569");
  CHECK(g->chat == chat_kind::group_chat);
  CHECK(make_channel_id(p->app_key, p->id, p->chat) == "easemob-demo#chatdemoui_liu_yang@easemob.com");
  CHECK(make_channel_id("org#app", "217634819309569", chat_kind::group_chat) ==
        "org#app_217634819309569@conference.easemob.com");
  CHECK_FALSE(parse_channel_id("liu_yang"));
  CHECK_FALSE(parse_channel_id("org#app_@easemob.com"));
  CHECK_FALSE(parse_channel_id("org#app_bob@"));
  CHECK_FALSE(parse_channel_id("#app_bob@easemob.com"));
  CHECK_FALSE(parse_channel_id("org#_bob@easemob.com"));
}
