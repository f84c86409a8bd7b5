// SPDX-License-Identifier: MIT
#include "wxim/dialect/tim/message.hpp"

#include <catch2/catch.hpp>

#include "support/vectors.hpp"
#include "wxim/codec/decode.hpp"

using namespace wxim;
using namespace wxim::tim;

namespace {
const std::string spec_text =
    R"({"ID":"144115212345678901-1718590210-48213577","type":"TIMTextElem","payload":{"text":"On my way"},"conversationID":"C2Cwang_lei","conversationType":"C2C","to":"wang_lei","from":"chen_yu","flow":"out","time":1718590211,"status":"unSend","isRevoked":false,"priority":"Normal","nick":"","avatar":"","isPeerRead":false,"nameCard":"","atUserList":[],"cloudCustomData":"","isDeleted":false,"isModified":false,"needReadReceipt":false,"readReceiptInfo":{},"isBroadcastMessage":false,"isRead":true,"clientSequence":1010100001,"sequence":1010100001,"random":48213577,"clientTime":1718590210,"senderTinyID":"144115212345678901","isSystemMessage":false,"isPlaceMessage":0,"protocol":"JSON","version":0,"revoker":null})";
}

TEST_CASE("the spec's outgoing text message decodes field by field and comes back byte for byte", "[tim]") {
  auto m = decode<message>(spec_text);
  REQUIRE(m);
  CHECK(m->id == "144115212345678901-1718590210-48213577");
  CHECK(m->kind() == element_type::text);
  CHECK(std::get<text_payload>(m->payload).text == "On my way");
  CHECK(m->conversation_type == conversation_type::c2c);
  CHECK(m->conversation_parts() == tim_conversation_id_parts{tim_conversation_type::c2c, "wang_lei"});
  CHECK(m->flow == flow::out);
  CHECK(m->is_outgoing());
  CHECK(m->time == 1718590211);  // seconds
  CHECK(m->client_time == 1718590210);
  CHECK(m->status == message_status::un_send);
  CHECK(m->priority == priority::normal);
  CHECK(m->revoker.is_null());
  CHECK(m->read_receipt_info->unknown.empty());
  CHECK_FALSE(m->elements);
  CHECK(encode(*m) == spec_text);
}

TEST_CASE("private underscore fields and unknown keys survive", "[tim]") {
  const std::string text =
      R"({"ID":"-1-2","type":"TIMTextElem","payload":{"text":"x"},"conversationID":"GROUPg","conversationType":"GROUP","to":"g","from":"a","flow":"in","time":1,"status":"success","atUserList":["__kImSDK_MesssageAtALL__"],"_elements":[{"type":"TIMTextElem","content":{"text":"x"}}],"_groupAtInfoList":[{"groupAtAllFlag":1}],"_onlineOnlyFlag":false,"_relayFlag":true,"_isExcludedFromUnreadCount":false,"_isExcludedFromLastMessage":true,"appKey":{"z":1}})";
  auto m = decode<message>(text);
  REQUIRE(m);
  CHECK(m->at_user_list->at(0) == at_all);
  REQUIRE(m->elements);
  CHECK(m->elements->at(0).text == R"({"type":"TIMTextElem","content":{"text":"x"}})");
  CHECK(m->group_at_info_list->at(0).group_at_all_flag == 1);
  CHECK(m->relay_flag == true);
  CHECK(m->is_excluded_from_last_message == true);
  CHECK(m->unknown.find("appKey")->text == R"({"z":1})");
  CHECK(encode(*m) == text);
}

TEST_CASE("v3 recall fields", "[tim]") {
  const std::string text =
      R"({"ID":"a-1-2","type":"TIMTextElem","payload":{"text":""},"conversationID":"C2Ca","conversationType":"C2C","to":"me","from":"a","flow":"in","time":1,"status":"success","isRevoked":true,"isPlaceMessage":2,"revoker":"a","revokerInfo":{"userID":"a","nick":"A","avatar":""},"revokeReason":"oops","hasRiskContent":false})";
  auto m = decode<message>(text);
  REQUIRE(m);
  CHECK(m->is_revoked == true);
  CHECK(*m->revoker == "a");
  CHECK(m->revoker_info->nick == "A");
  CHECK(m->revoke_reason == "oops");
  CHECK(encode(*m) == text);
}

TEST_CASE("set_payload keeps type and payload in step", "[tim]") {
  message m;
  set_payload(m, location_payload{"Office", 1.5, 2.5, {}});
  CHECK(m.type == "TIMLocationElem");
  CHECK(m.kind() == element_type::location);
  m.type = "TIMNewElem";
  set_payload(m, raw_json{"{}"});
  CHECK(m.type == "TIMNewElem");
  message_body b;
  set_payload(b, face_payload{1, "d", {}});
  CHECK(b.type == "TIMFaceElem");
}

TEST_CASE("messageForShow is the text, or the type's label", "[tim]") {
  CHECK(message_for_show(element_type::text, text_payload{"hi", {}}) == "hi");
  CHECK(message_for_show(element_type::sound, sound_payload{}) == "[语音]");
  CHECK(message_for_show(element_type::video, video_payload{}, show_language::english) == "[Video]");
  CHECK(message_for_show(element_type::unknown, raw_json{"{}"}).empty());
}

TEST_CASE("required fields are required, in their order", "[tim]") {
  for (const char* key :
       {"ID", "type", "payload", "conversationID", "conversationType", "to", "from", "flow", "time", "status"}) {
    auto j = nlohmann::json::parse(spec_text);
    j.erase(key);
    auto r = decode<message>(j.dump());
    REQUIRE_FALSE(r);
    CHECK(r.error().code == errc::missing_field);
    CHECK(r.error().path == std::string("/") + key);
  }
}

TEST_CASE("a message created before login: conversationID and from null, flow empty", "[tim]") {
  // tim-wx-sdk 2.27.6 before login (JSON.stringify of createTextMessage's result).
  const std::string text =
      R"({"ID":"-1796686829-32083037","conversationID":null,"conversationType":"C2C","time":1796686830,"sequence":0,"clientSequence":0,"random":32083037,"priority":"Normal","nick":"","avatar":"","isPeerRead":false,"nameCard":"","_elements":[{"type":"TIMTextElem","content":{"text":"hello"}}],"isPlaceMessage":0,"isRevoked":false,"from":null,"to":"user1","flow":"","isSystemMessage":false,"protocol":"JSON","isResend":false,"isRead":false,"status":"success","_onlineOnlyFlag":false,"_groupAtInfoList":[],"_relayFlag":false,"atUserList":[],"cloudCustomData":"","isDeleted":false,"isModified":false,"_isExcludedFromUnreadCount":false,"_isExcludedFromLastMessage":false,"clientTime":1796686829,"senderTinyID":"","readReceiptInfo":{},"needReadReceipt":false,"version":0,"isBroadcastMessage":false,"isSupportExtension":false,"revoker":null,"payload":{"text":"hello"},"type":"TIMTextElem"})";
  auto m = decode<message>(text);
  REQUIRE(m);
  CHECK(m->conversation_id.is_null());
  CHECK(m->from.is_null());
  CHECK(m->sender().empty());
  CHECK(m->flow == flow::unset);
  CHECK_FALSE(m->is_outgoing());
  CHECK(m->conversation_parts().type == tim_conversation_type::unknown);
  CHECK(wxim_test::json_equal(encode(*m), text));

  // Null is accepted where the SDK writes it; absence still is not.
  auto absent = decode<message>(
      R"({"ID":"-1-2","type":"TIMTextElem","payload":{"text":"x"},"conversationType":"C2C","to":"a","from":null,"flow":"","time":1,"status":"unSend"})");
  REQUIRE_FALSE(absent);
  CHECK(absent.error().code == errc::missing_field);
  CHECK(absent.error().path == "/conversationID");
}
