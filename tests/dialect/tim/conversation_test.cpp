// SPDX-License-Identifier: MIT
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
  CHECK(l.last_time == blank_or<std::int64_t>(1718590400));  // seconds
  CHECK(l.from_account == account_id("wang_lei"));
  CHECK(l.has_message());
  CHECK(l.kind() == element_type::custom);
  CHECK_FALSE(l.is_placeholder());
  CHECK(std::get<custom_payload>(*l.payload).data == R"({"kind":"order"})");
  CHECK(c->message_remind_type == remind_type::unset);
  CHECK(c->user_profile->gender == gender::unset);
  CHECK(c->user_profile->allow_type == "AllowType_Type_AllowAny");
  // Known keys come back in schema order: JSON-equal, not byte-equal.
  CHECK(wxim_test::json_equal(encode(*c), spec_text));
}

TEST_CASE("the last-message placeholder reads as the SDK writes it and comes back as read", "[tim]") {
  const std::string text =
      R"({"conversationID":"GROUP@TGS#1","type":"GROUP","subType":"Public","unreadCount":0,"lastMessage":{"lastTime":"","lastSequence":"","fromAccount":"","messageForShow":""},"groupProfile":{"groupID":"@TGS#1"}})";
  auto c = decode<conversation>(text);
  REQUIRE(c);
  CHECK(c->last_message->is_placeholder());
  CHECK_FALSE(c->last_message->has_message());
  CHECK(c->last_message->last_sequence->is_blank());
  CHECK_FALSE(c->last_message->type);
  CHECK(encode(*c) == text);
  // "" is the only string: a string of digits is numeric-strings' business.
  auto digits = decode<conversation>(
      R"({"conversationID":"C2Ca","type":"C2C","lastMessage":{"lastTime":"17","fromAccount":"a","messageForShow":""}})");
  REQUIRE_FALSE(digits);
  CHECK(digits.error().code == errc::type_mismatch);
  CHECK(digits.error().path == "/lastMessage/lastTime");
}

TEST_CASE("a Conversation with no message: lastTime 0, fromAccount the number 0, payload null", "[tim]") {
  // tim-wx-sdk 2.27.6, a fresh C2C conversation (JSON.stringify of the SDK's object).
  const std::string text =
      R"({"conversationID":"C2Cuser1","unreadCount":0,"type":"C2C","lastMessage":{"lastTime":0,"lastSequence":0,"fromAccount":0,"messageForShow":"","payload":null,"type":"","isRevoked":false,"cloudCustomData":"","onlineOnlyFlag":false,"nick":"","nameCard":"","version":0,"isPeerRead":false,"revoker":null},"_isInfoCompleted":false,"peerReadTime":0,"groupAtInfoList":[],"remark":"","isPinned":false,"messageRemindType":"","markList":[],"customData":"","conversationGroupList":[],"userProfile":{"userID":"user1","nick":"","gender":"","birthday":0,"location":"","selfSignature":"","allowType":"AllowType_Type_AllowAny","language":0,"avatar":"","messageSettings":0,"adminForbidType":"AdminForbid_Type_None","level":0,"role":0,"lastUpdatedTime":0,"profileCustomField":[]}})";
  auto c = decode<conversation>(text);
  REQUIRE(c);
  const auto& l = *c->last_message;
  CHECK(l.from_account == account_id::number_zero());
  CHECK(l.from_account.id.empty());
  CHECK(l.payload.is_null());
  CHECK(l.last_time == blank_or<std::int64_t>(0));
  CHECK_FALSE(l.is_placeholder());
  CHECK_FALSE(l.has_message());  // type ""
  CHECK(wxim_test::json_equal(encode(*c), text));
  CHECK(encode(l).find(R"("fromAccount":0,)") != std::string::npos);

  // Only 0: any other number in fromAccount is refused.
  auto one = decode<last_message>(R"({"lastTime":0,"fromAccount":1,"messageForShow":""})");
  REQUIRE_FALSE(one);
  CHECK(one.error().code == errc::type_mismatch);
  CHECK(one.error().path == "/fromAccount");
}

TEST_CASE("a Group before its profile loads: \"\" in every number, kept as it came", "[tim]") {
  // tim-wx-sdk 2.27.6: new Group({groupID}), then the same Group with a loaded profile.
  const std::string fresh =
      R"({"groupID":"group1","name":"","avatar":"","type":"","introduction":"","notification":"","ownerID":"","createTime":"","infoSequence":"","lastInfoTime":"","selfInfo":{"messageRemindType":"","joinTime":"","nameCard":"","role":"","userID":"","readedSequence":0},"lastMessage":{"lastTime":"","lastSequence":"","fromAccount":"","messageForShow":""},"nextMessageSeq":"","memberCount":"","maxMemberCount":"","joinOption":"","inviteOption":"","groupCustomField":[],"muteAllMembers":false,"isSupportTopic":false,"_lastRevokedTime":0})";
  auto f = decode<group_profile>(fresh);
  REQUIRE(f);
  for (const auto* n : {&f->create_time, &f->info_sequence, &f->last_info_time, &f->next_message_seq, &f->member_count,
                        &f->max_member_count}) {
    REQUIRE(*n);
    CHECK((*n)->is_blank());
  }
  CHECK(f->self_info->join_time->is_blank());
  CHECK(f->self_info->role == member_role::unset);
  CHECK(f->type == group_type::unset);
  CHECK(encode(*f) == fresh);

  const std::string loaded =
      R"({"groupID":"group1","name":"G","avatar":"","type":"Public","introduction":"","notification":"","ownerID":"me","createTime":1700000000,"infoSequence":3,"lastInfoTime":1700000001,"selfInfo":{"messageRemindType":"AcceptAndNotify","joinTime":1700000000,"nameCard":"","role":"Owner","userID":"","readedSequence":41},"lastMessage":{"lastTime":1700000100,"lastSequence":41,"fromAccount":"me","messageForShow":"hi"},"nextMessageSeq":42,"memberCount":5,"maxMemberCount":2000,"joinOption":"FreeAccess","inviteOption":"","groupCustomField":[],"muteAllMembers":false,"isSupportTopic":false,"_lastRevokedTime":0})";
  auto l = decode<group_profile>(loaded);
  REQUIRE(l);
  CHECK(l->create_time == blank_or<std::int64_t>(1700000000));
  CHECK(l->member_count == blank_or<std::int64_t>(5));
  CHECK(l->self_info->join_time == blank_or<std::int64_t>(1700000000));
  CHECK(encode(*l) == loaded);

  // The SDK's Group before anything is known of it, not even its ID.
  const std::string bare =
      R"({"groupID":"","name":"","avatar":"","type":"","introduction":"","notification":"","ownerID":"","createTime":"","infoSequence":"","lastInfoTime":"","selfInfo":{"messageRemindType":"","joinTime":"","nameCard":"","role":"","userID":"","readedSequence":0},"lastMessage":{"lastTime":"","lastSequence":"","fromAccount":"","messageForShow":""},"nextMessageSeq":"","memberCount":"","maxMemberCount":"","joinOption":"","inviteOption":"","groupCustomField":[],"muteAllMembers":false,"isSupportTopic":false,"_lastRevokedTime":0})";
  auto b = decode<group_profile>(bare);
  REQUIRE(b);
  CHECK(encode(*b) == bare);

  // Still refused: a string that is not "", null, a fraction.
  for (const char* bad :
       {R"("createTime":"soon")", R"("createTime":null)", R"("memberCount":1.5)", R"("memberCount":" ")"}) {
    INFO(bad);
    auto r = decode<group_profile>(std::string(R"({"groupID":"g",)") + bad + "}");
    REQUIRE_FALSE(r);
  }
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

TEST_CASE("the SDK's fresh Profile decodes and comes back byte for byte", "[tim]") {
  // tim-wx-sdk 2.27.6: the Profile class built with only a userID.
  const std::string text =
      R"({"userID":"user1","nick":"","gender":"","birthday":0,"location":"","selfSignature":"","allowType":"AllowType_Type_AllowAny","language":0,"avatar":"","messageSettings":0,"adminForbidType":"AdminForbid_Type_None","level":0,"role":0,"lastUpdatedTime":0,"profileCustomField":[]})";
  auto p = decode<user_profile>(text);
  REQUIRE(p);
  CHECK(p->gender == gender::unset);
  CHECK(p->birthday == 0);
  CHECK(encode(*p) == text);
}
