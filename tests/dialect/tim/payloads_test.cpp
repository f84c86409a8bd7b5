// SPDX-License-Identifier: MIT
#include "wxim/dialect/tim/payloads.hpp"

#include <catch2/catch.hpp>

#include "wxim/codec/decode.hpp"

using namespace wxim;
using namespace wxim::tim;

TEST_CASE("a payload is read as the shape its sibling type names, wherever type is", "[tim]") {
  auto before = decode<message_body>(R"({"type":"TIMFaceElem","payload":{"index":3,"data":"tt00"}})");
  REQUIRE(before);
  REQUIRE(std::holds_alternative<face_payload>(before->payload));
  CHECK(std::get<face_payload>(before->payload).index == 3);
  auto after = decode<message_body>(R"({"payload":{"text":"hi"},"type":"TIMTextElem"})");
  REQUIRE(after);
  CHECK(std::get<text_payload>(after->payload).text == "hi");
  CHECK(type_of(after->payload) == element_type::text);
  CHECK(after->kind() == element_type::text);
}

TEST_CASE("an unknown type keeps its object payload as raw JSON", "[tim]") {
  const std::string text = R"({"type":"TIMNewElem","payload":{"a":[1,2.50,null]}})";
  auto b = decode<message_body>(text);
  REQUIRE(b);
  REQUIRE(std::holds_alternative<raw_json>(b->payload));
  CHECK(std::get<raw_json>(b->payload).text == R"({"a":[1,2.50,null]})");
  CHECK(encode(*b) == text);
  CHECK(type_of(b->payload) == element_type::unknown);
  CHECK(decode<message_body>(R"({"type":"TIMNewElem","payload":[1]})").error().path == "/payload");
}

TEST_CASE("payload errors point inside the payload", "[tim]") {
  auto bad = decode<message_body>(R"({"type":"TIMSoundElem","payload":{"url":"u","second":"7"}})");
  REQUIRE_FALSE(bad);
  CHECK(bad.error().code == errc::type_mismatch);
  CHECK(bad.error().path == "/payload/second");
  auto missing = decode<message_body>(R"({"type":"TIMLocationElem","payload":{"description":"x","longitude":1}})");
  CHECK(missing.error().code == errc::missing_field);
  CHECK(missing.error().path == "/payload/latitude");
}

TEST_CASE("a type that is not a string leaves the payload raw and the type field reports it", "[tim]") {
  auto b = decode<message_body>(R"({"payload":{"text":"x"},"type":5})");
  REQUIRE_FALSE(b);
  CHECK(b.error().code == errc::type_mismatch);
  CHECK(b.error().path == "/type");
}

TEST_CASE("keys are matched loosely for the sibling under case-insensitive-keys", "[tim]") {
  decode_options lax;
  lax.lenient = leniency::case_insensitive_keys;
  auto b = decode<message_body>(R"({"Type":"TIMTextElem","Payload":{"text":"x"}})", lax);
  REQUIRE(b);
  CHECK(std::holds_alternative<text_payload>(b->payload));
}

TEST_CASE("under duplicate-keys the last type wins, as for fields", "[tim]") {
  decode_options lax;
  lax.lenient = leniency::duplicate_keys;
  auto b = decode<message_body>(R"({"type":"TIMFaceElem","payload":{"text":"x"},"type":"TIMTextElem"})", lax);
  REQUIRE(b);
  CHECK(b->type == "TIMTextElem");
  CHECK(std::holds_alternative<text_payload>(b->payload));
}

TEST_CASE("image payloads keep both numberings and every info", "[tim]") {
  const std::string text =
      R"({"imageFormat":1,"uuid":"u","imageInfoArray":[{"type":0,"size":10,"width":1080,"height":1440,"url":"p","imageUrl":"r","sizeType":1,"instanceID":3},{"type":1,"size":1,"width":149,"height":198,"url":"t","imageUrl":"t","sizeType":3,"instanceID":3}]})";
  auto p = decode_payload(element_type::image, text);
  REQUIRE(p);
  const auto& img = std::get<image_payload>(*p);
  CHECK(img.format == image_format::jpg);
  REQUIRE(img.image_info_array.size() == 2);
  CHECK(img.image_info_array[1].type == image_info_type::thumbnail);
  CHECK(img.image_info_array[1].size_type == image_size_type::thumbnail);
  CHECK(img.image_info_array[0].instance_id->text == "3");
  CHECK(encode(*p) == text);
}

TEST_CASE("merged messages nest bodies of every type", "[tim]") {
  const std::string text =
      R"({"title":"t","abstractList":["a: hi"],"compatibleText":"c","messageList":[{"ID":"1-2-3","from":"a","time":1718590399,"messageBody":[{"type":"TIMTextElem","payload":{"text":"hi"}},{"type":"TIMRelayElem","payload":{"title":"inner","messageList":[]}}]}],"downloadKey":"","pbDownloadKey":"","version":0,"layersOverLimit":false})";
  auto p = decode_payload(element_type::relay, text);
  REQUIRE(p);
  const auto& relay = std::get<relay_payload>(*p);
  REQUIRE(relay.message_list);
  const auto& item = relay.message_list->at(0);
  CHECK(item.time == 1718590399);
  CHECK(std::get<text_payload>(item.message_body.at(0).payload).text == "hi");
  CHECK(std::get<relay_payload>(item.message_body.at(1).payload).title == "inner");
  CHECK(encode(*p) == text);
  auto bad =
      decode_payload(element_type::relay, R"({"messageList":[{"messageBody":[{"type":"TIMFaceElem","payload":{}}]}]})");
  REQUIRE_FALSE(bad);
  CHECK(bad.error().path == "/messageList/0/messageBody/0/payload/index");
}

TEST_CASE("group tip and system notice operation numbers are kept", "[tim]") {
  auto tip = decode_payload(element_type::group_tip,
                            R"({"operationType":8,"operatorID":"a","userIDList":[],"groupProfile":{"groupID":"g"}})");
  REQUIRE(tip);
  CHECK(std::get<group_tip_payload>(*tip).operation() == group_tip_operation::topic_profile_updated);
  auto notice =
      decode_payload(element_type::group_system_notice, R"({"operationType":16,"groupProfile":{"groupID":"g"}})");
  REQUIRE(notice);
  CHECK(std::get<group_system_notice_payload>(*notice).operation_type == 16);
  CHECK(std::get<group_system_notice_payload>(*notice).operation() == group_system_notice_type::custom);
  CHECK(encode(*notice) == R"({"operationType":16,"groupProfile":{"groupID":"g"}})");
}

TEST_CASE("custom payload strings may be absent and stay so", "[tim]") {
  auto p = decode_payload(element_type::custom, R"({"data":"x"})");
  REQUIRE(p);
  CHECK_FALSE(std::get<custom_payload>(*p).description);
  CHECK(encode(*p) == R"({"data":"x"})");
}
