// SPDX-License-Identifier: MIT
#include "wxim/dialect/tim/values.hpp"

#include <catch2/catch.hpp>

#include "wxim/codec/decode.hpp"

using namespace wxim;
using namespace wxim::tim;

TEST_CASE("flow, status, priority and conversation type spell as the SDK does", "[tim]") {
  CHECK(to_string(flow::in) == "in");
  CHECK(parse_flow("out") == flow::out);
  CHECK(parse_flow("OUT") == flow::unknown);
  CHECK(to_string(message_status::un_send) == "unSend");
  CHECK(parse_message_status("fail") == message_status::fail);
  CHECK(parse_message_status("failed") == message_status::unknown);
  CHECK(to_string(priority::lowest) == "Lowest");
  CHECK(parse_priority("High") == priority::high);
  CHECK(server_number(priority::high) == 1);
  CHECK(server_number(priority::lowest) == 4);
  CHECK(priority_from_server_number(2) == priority::normal);
  CHECK(priority_from_server_number(5) == priority::unknown);
  CHECK(to_string(conversation_type::system) == "@TIM#SYSTEM");
  CHECK(parse_conversation_type("TOPIC") == conversation_type::topic);
  CHECK(parse_conversation_type("c2c") == conversation_type::unknown);
  CHECK(id_type_of(conversation_type::topic) == tim_conversation_type::group);
  CHECK(id_type_of(conversation_type::system) == tim_conversation_type::system);
}

TEST_CASE("element types and their conversation-list labels", "[tim]") {
  CHECK(to_string(element_type::sound) == "TIMSoundElem");
  CHECK(parse_element_type("TIMVideoFileElem") == element_type::video);
  CHECK(parse_element_type("TIMRelayElem") == element_type::relay);
  CHECK(parse_element_type("TIMGroupSystemNoticeElem") == element_type::group_system_notice);
  CHECK(parse_element_type("TIMVideoElem") == element_type::unknown);
  CHECK(show_label(element_type::image) == "[图片]");
  CHECK(show_label(element_type::custom, show_language::english) == "[Custom Messages]");
  CHECK(show_label(element_type::face, show_language::english) == "[Animated Sticker]");
  CHECK(show_label(element_type::relay) == "[聊天记录]");
  CHECK(show_label(element_type::group_system_notice, show_language::english) == "[Group System Message]");
  CHECK(show_label(element_type::text).empty());
}

TEST_CASE("closed enumerations decode strictly, with the value's path", "[tim]") {
  CHECK(*decode<flow>(R"("in")") == flow::in);
  auto bad = decode<flow>(R"("sideways")");
  REQUIRE_FALSE(bad);
  CHECK(bad.error().code == errc::invalid_value);
  CHECK(bad.error().message.find("sideways") != std::string::npos);
  CHECK(decode<flow>("1").error().code == errc::type_mismatch);
  CHECK(decode<flow>("null").error().code == errc::unexpected_null);
  CHECK(encode(message_status::un_send) == R"("unSend")");
  CHECK(*decode<message_status>(R"("sending")") == message_status::sending);
  CHECK(*decode<conversation_type>(R"("@TIM#SYSTEM")") == conversation_type::system);
}

TEST_CASE("the two image numberings are kept apart", "[tim]") {
  CHECK(*decode<image_info_type>("0") == image_info_type::original);
  CHECK(*decode<image_info_type>("2") == image_info_type::large);
  CHECK(decode<image_info_type>("3").error().code == errc::invalid_value);
  CHECK(*decode<image_size_type>("3") == image_size_type::thumbnail);
  CHECK(decode<image_size_type>("0").error().code == errc::invalid_value);
  CHECK(*decode<image_format>("255") == image_format::unknown);
  CHECK(*decode<image_format>("4") == image_format::bmp);
  CHECK(decode<image_format>("5").error().code == errc::invalid_value);
  CHECK(decode<image_format>("1.5").error().code == errc::type_mismatch);
  CHECK(encode(image_size_type::large) == "2");
}

TEST_CASE("seconds convert to instants exactly, and back rounding up", "[tim]") {
  CHECK(to_unix_ms(from_tim_seconds(1718590211)) == 1718590211000);
  CHECK(to_tim_seconds(from_tim_seconds(1718590211)) == 1718590211);
  CHECK(to_tim_seconds(from_unix_ms(1718590210001)) == 1718590211);
  CHECK(to_tim_seconds(from_unix_ms(1718590210999)) == 1718590211);
  CHECK(to_tim_seconds(from_unix_ms(-1)) == 0);
  CHECK(to_tim_seconds(from_unix_ms(-1000)) == -1);
}

TEST_CASE("flow \"\" is a message created before login", "[tim]") {
  CHECK(parse_flow("") == flow::unset);
  CHECK(to_string(flow::unset).empty());
  CHECK(parse_flow("IN") == flow::unknown);
  CHECK(*decode<flow>(R"("")") == flow::unset);
  CHECK(encode(flow::unset) == R"("")");
  CHECK(decode<flow>(R"("inbound")").error().code == errc::invalid_value);
}

TEST_CASE("constants are spelt exactly", "[tim]") {
  CHECK(at_all == "__kImSDK_MesssageAtALL__");
  CHECK(system_user == "@TIM#SYSTEM");
  CHECK(system_tiny_id == "144115198244471703");
}
