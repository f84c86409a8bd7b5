#include "wxim/dialect/tim/conversation.hpp"

#include <catch2/catch.hpp>

#include "support/vectors.hpp"
#include "wxim/codec/decode.hpp"

using namespace wxim;
using namespace wxim::tim;

namespace {
const std::string spec_text =
    R"({"conversationID":"C2Cwang_lei","type":"C2C","unreadCount":2,"lastMessage":{"lastTime":1718590400,"lastSequence":57,"fromAccount":"wang_lei","messageForShow":"[自定义消息]","payload":{"data":"{\"kind\":\"order\"}","description":"","extension":""},"type":"TIMCustomElem","isRevoked":false,"cloudCustomData":"","onlineOnlyFlag":false,"nick":"Lei","nameCard":"","version":0,"isPeerRead":false,"revoker":null},"groupAtInfoList":[],"remark":"","isPinned":false,"messageRemindType":"","markList":[],"customData":"","conversationGroupList":[],"peerReadTime":0,"userProfile":{"userID":"wang_lei","nick":"Lei","gender":"","avatar":"","allowType":"AllowType_Type_AllowAny","adminForbidType":"AdminForbid_Type_None"}})";
}

TEST_CASE("the spec's one-to-one conversation decodes and comes back whole", "[tim]") {
  auto c = decode<conversation>(spec_text);
  REQUIRE(c);
  CHECK(c->conversation_id == "C2Cwang_lei");
  CHECK(c->conversation_parts().id == "wang_lei");
  CHECK(c->type == conversation_type::c2c);
  CHECK(c->unread_count == 2);
  REQUIRE(c->last_message);
  const auto& l = *c->last_message;
  CHECK(l.last_time.value == 1718590400);  // seconds
  CHECK(l.kind() == element_type::custom);
  CHECK_FALSE(l.is_placeholder());
  CHECK(std::get<custom_payload>(*l.payload).data == R"({"kind":"order"})");
  CHECK(c->message_remind_type == remind_type::unset);
  CHECK(c->user_profile->gender == gender::unset);
  CHECK(c->user_profile->allow_type == "AllowType_Type_AllowAny");
  // Known keys come back in schema order: JSON-equal, not byte-equal.
  CHECK(wxim_test::json_equal(encode(*c), spec_text));
}

TEST_CASE("the last-message placeholder: strict refuses it, numeric-strings keeps it as read", "[tim]") {
  const std::string text =
      R"({"conversationID":"GROUP@TGS#1","type":"GROUP","subType":"Public","unreadCount":0,"lastMessage":{"lastTime":"","lastSequence":"","fromAccount":"","messageForShow":""},"groupProfile":{"groupID":"@TGS#1"}})";
  auto strict = decode<conversation>(text);
  REQUIRE_FALSE(strict);
  CHECK(strict.error().code == errc::type_mismatch);
  CHECK(strict.error().path == "/lastMessage/lastTime");
  decode_options lax;
  lax.lenient = leniency::numeric_strings;
  auto c = decode<conversation>(text, lax);
  REQUIRE(c);
  CHECK(c->last_message->is_placeholder());
  CHECK_FALSE(c->last_message->last_sequence->value);
  CHECK_FALSE(c->last_message->type);
  CHECK(encode(*c) == text);
}

TEST_CASE("group conversations: profile, self info, marks", "[tim]") {
  const std::string text =
      R"({"conversationID":"GROUP@TGS#2","type":"GROUP","subType":"Community","groupProfile":{"groupID":"@TGS#2","name":"Hikers","type":"Community","createTime":1718000000,"selfInfo":{"messageRemindType":"AcceptAndNotify","role":"Admin","readedSequence":3},"lastMessage":{"lastTime":1},"memberCount":4,"isSupportTopic":true},"isPinned":true,"markList":[1,2,4,8,4294967296]})";
  auto c = decode<conversation>(text);
  REQUIRE(c);
  CHECK(c->sub_type == group_type::community);
  CHECK(c->group_profile->self_info->role == member_role::admin);
  CHECK(c->group_profile->self_info->readed_sequence == 3);
  CHECK(c->group_profile->last_message->text == R"({"lastTime":1})");
  CHECK(c->mark_list->at(4) == 4294967296);  // apps' own marks are kept
  CHECK(encode(*c) == text);
}

TEST_CASE("lastMessage payload follows its own type", "[tim]") {
  auto bad = decode<conversation>(
      R"({"conversationID":"C2Ca","type":"C2C","lastMessage":{"lastTime":1,"fromAccount":"a","messageForShow":"x","type":"TIMTextElem","payload":{"text":1}}})");
  REQUIRE_FALSE(bad);
  CHECK(bad.error().path == "/lastMessage/payload/text");
}
