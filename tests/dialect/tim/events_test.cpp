// SPDX-License-Identifier: MIT
#include "wxim/dialect/tim/events.hpp"

#include <catch2/catch.hpp>

#include "wxim/codec/decode.hpp"

using namespace wxim;
using namespace wxim::tim;

TEST_CASE("event names spell as TIM.EVENT does, and parse back", "[tim]") {
  for (int i = 0; i < static_cast<int>(event_name::unknown); ++i)
    CHECK(parse_event_name(to_string(static_cast<event_name>(i))) == static_cast<event_name>(i));
  CHECK(to_string(event_name::sdk_ready) == "sdkStateReady");
  CHECK(to_string(event_name::message_received) == "onMessageReceived");
  CHECK(to_string(event_name::kicked_out) == "kickedOut");
  CHECK(to_string(event_name::net_state_change) == "netStateChange");
  CHECK(to_string(event_name::group_system_notice_received) == "receiveGroupSystemNotice");
  CHECK(to_string(event_name::pinned_group_message_updated) == "onPinnedGroupMessageUpdated");
  CHECK(parse_event_name("onMessageDelivered") == event_name::unknown);
  CHECK(to_string(event_name::unknown) == "unknown");
}

TEST_CASE("kicked-out reasons and network states", "[tim]") {
  CHECK(parse_kicked_out_reason("REST_API_Kick") == kicked_out_reason::rest_api_kick);
  CHECK(parse_kicked_out_reason("multipleDevice") == kicked_out_reason::multiple_device);
  CHECK(parse_kicked_out_reason("banned") == kicked_out_reason::unknown);
  CHECK(to_string(kicked_out_reason::user_sig_expired) == "userSigExpired");
  CHECK(parse_net_state("connecting") == net_state::connecting);
  CHECK(parse_net_state("online") == net_state::unknown);
  CHECK(to_string(net_state::disconnected) == "disconnected");
}

TEST_CASE("event data takes the shape its name gives", "[tim]") {
  auto kicked = decode<event>(R"({"name":"kickedOut","data":{"type":"userSigExpired"}})");
  REQUIRE(kicked);
  CHECK(std::get<kicked_out_data>(*kicked->data).type == kicked_out_reason::user_sig_expired);
  auto net = decode<event>(R"({"data":{"state":"connected"},"name":"netStateChange"})");
  REQUIRE(net);
  CHECK(std::get<net_state_data>(*net->data).state == net_state::connected);
  auto count = decode<event>(R"({"name":"onTotalUnreadMessageCountUpdated","data":14})");
  CHECK(std::get<std::int64_t>(*count->data) == 14);
  auto err = decode<event>(R"({"name":"error","data":{"code":2024,"message":"not logged in"}})");
  CHECK(to_sdk_error(std::get<error_data>(*err->data).code) == sdk_error::not_logged_in);
  auto destroy = decode<event>(R"({"name":"sdkDestroy","data":{"SDKAppID":1400123456}})");
  CHECK(std::get<sdk_destroy_data>(*destroy->data).sdk_app_id == 1400123456);
  auto ready = decode<event>(R"({"name":"sdkStateReady"})");
  REQUIRE(ready);
  CHECK_FALSE(ready->data);
  CHECK(encode(*ready) == R"({"name":"sdkStateReady"})");
  const std::string raw_text = R"({"name":"onFriendListUpdated","data":[{"userID":"a"}]})";
  auto raw = decode<event>(raw_text);
  CHECK(std::get<raw_json>(*raw->data).text == R"([{"userID":"a"}])");
  CHECK(encode(*raw) == raw_text);
}

TEST_CASE("message and conversation events carry typed objects", "[tim]") {
  const std::string text =
      R"({"name":"onMessageReceived","data":[{"ID":"a-1-2","type":"TIMTextElem","payload":{"text":"hi"},"conversationID":"C2Ca","conversationType":"C2C","to":"me","from":"a","flow":"in","time":1718590399,"status":"success"}]})";
  auto e = decode<event>(text);
  REQUIRE(e);
  REQUIRE(e->messages());
  CHECK(e->messages()->at(0).time == 1718590399);
  CHECK(std::get<text_payload>(e->messages()->at(0).payload).text == "hi");
  CHECK_FALSE(e->conversations());
  CHECK(encode(*e) == text);
  auto list = decode<event>(R"({"name":"onConversationListUpdated","data":[{"conversationID":"C2Ca","type":"C2C"}]})");
  REQUIRE(list);
  REQUIRE(list->conversations());
  CHECK(list->conversations()->at(0).conversation_id == "C2Ca");
}

TEST_CASE("unknown names and values are refused with their paths", "[tim]") {
  auto name = decode<event>(R"({"name":"onSomething","data":1})");
  CHECK(name.error().code == errc::invalid_value);
  CHECK(name.error().path == "/name");
  auto reason = decode<event>(R"({"name":"kickedOut","data":{"type":"banned"}})");
  CHECK(reason.error().code == errc::invalid_value);
  CHECK(reason.error().path == "/data/type");
  auto msg = decode<event>(R"({"name":"onMessageModified","data":[{}]})");
  CHECK(msg.error().code == errc::missing_field);
  CHECK(msg.error().path.rfind("/data/0/", 0) == 0);
}
