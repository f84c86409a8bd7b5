// SPDX-License-Identifier: MIT
#include "wxim/dialect/easemob/messages.hpp"

#include <catch2/catch.hpp>

#include "support/vectors.hpp"
#include "wxim/codec/decode.hpp"

using namespace wxim;
using namespace wxim::easemob;

TEST_CASE("a created text message: local id, empty from, time in ms", "[easemob]") {
  const std::string text =
      R"({"type":"txt","id":"453636610001","msg":"Meeting moved to 3 pm","to":"liu_yang","from":"","chatType":"singleChat","ext":{"nickname":"Hao"},"time":1718590210000})";
  auto m = decode<text_message>(text);
  REQUIRE(m);
  CHECK(m->id == "453636610001");
  CHECK(m->msg == "Meeting moved to 3 pm");
  CHECK(m->is_created());
  CHECK(m->chat() == chat_kind::single_chat);
  CHECK(m->time.ms == 1718590210000);
  CHECK(m->ext->text == R"({"nickname":"Hao"})");
  // Keys come back in schema order; the JSON is the same.
  CHECK(
      encode(*m) ==
      R"({"id":"453636610001","type":"txt","chatType":"singleChat","from":"","to":"liu_yang","msg":"Meeting moved to 3 pm","ext":{"nickname":"Hao"},"time":1718590210000})");
}

TEST_CASE("an incoming image: sizes in pixels and bytes, thumb as sent", "[easemob]") {
  auto m = decode<image_message>(
      R"({"id":"1286533349917329420","type":"img","chatType":"groupChat","from":"liu_yang","to":"217634819309569","url":"https://a1.example.com/f3a1","secret":"s1","thumb":"https://a1.example.com/f3a1&thumbnail=true","thumb_secret":"s1","width":1080,"height":720,"file_length":204311,"ext":{},"time":1718590299120,"onlineState":1})");
  REQUIRE(m);
  CHECK(*m->width == 1080u);
  CHECK(*m->height == 720u);
  CHECK(*m->file_length == 204311u);
  CHECK(*m->thumb == make_thumb_url(*m->url));
  CHECK(*m->online == online_state::online);
  CHECK_FALSE(m->file);
}

TEST_CASE("audio and video length is seconds, a created body has the file object", "[easemob]") {
  auto a = decode<audio_message>(
      R"({"type":"audio","id":"453636610005","file":{"url":"wxfile://tmp_rec.mp3","filename":"tmp_rec.mp3","filetype":"mp3","data":{}},"filename":"tmp_rec.mp3","length":4,"file_length":6540,"to":"liu_yang","from":"","chatType":"singleChat","time":1718590600000})");
  REQUIRE(a);
  CHECK(*a->length == 4u);
  CHECK(*a->file->url == "wxfile://tmp_rec.mp3");
  CHECK(a->file->data->text == "{}");
  CHECK(decode<audio_message>(
            R"({"type":"audio","id":"1","length":4.5,"to":"b","from":"","chatType":"singleChat","time":1})")
            .error()
            .code == errc::type_mismatch);
  auto v = decode<video_message>(
      R"({"id":"1","type":"video","chatType":"singleChat","from":"a","to":"b","url":"u","thumb":"t","length":15,"file_length":3276800,"time":1})");
  REQUIRE(v);
  CHECK(*v->length == 15u);
  CHECK(*v->thumb == "t");
}

TEST_CASE("file, location, custom, cmd and combine bodies", "[easemob]") {
  auto f = decode<file_message>(
      R"({"id":"1","type":"file","chatType":"singleChat","from":"a","to":"b","url":"u","filename":"季度报告.pdf","file_length":5,"time":1})");
  REQUIRE(f);
  CHECK(*f->filename == "季度报告.pdf");

  auto l = decode<location_message>(
      R"({"id":"1","type":"loc","chatType":"singleChat","from":"a","to":"b","addr":"x","lat":37,"lng":-122.03118,"time":1})");
  REQUIRE(l);
  CHECK(l->lat == 37.0);
  CHECK(l->lng == -122.03118);
  CHECK(decode<location_message>(
            R"({"id":"1","type":"loc","chatType":"singleChat","from":"a","to":"b","lat":1,"time":1})")
            .error()
            .path == "/lng");

  auto c = decode<custom_message>(
      R"({"id":"1","type":"custom","chatType":"singleChat","from":"a","to":"b","customEvent":"gift","customExts":{"giftId":"rose"},"params":{"p":1},"time":1})");
  REQUIRE(c);
  CHECK(c->custom_event == "gift");
  CHECK(c->custom_exts->text == R"({"giftId":"rose"})");
  CHECK(c->params->text == R"({"p":1})");

  auto cmd = decode<command_message>(
      R"({"id":"1","type":"cmd","chatType":"singleChat","from":"a","to":"b","action":"typing","time":1})");
  REQUIRE(cmd);
  CHECK(cmd->action == "typing");

  auto k = decode<combine_message>(
      R"({"id":"1","type":"combine","chatType":"singleChat","from":"","to":"b","title":"T","summary":"S","compatibleText":"[Chat history]","messageList":[{"type":"txt"},{"type":"img"}],"time":1})");
  REQUIRE(k);
  CHECK(*k->title == "T");
  CHECK(k->message_list->size() == 2);
  CHECK(k->message_list->at(1).text == R"({"type":"img"})");
}

TEST_CASE("default-constructed bodies carry their type", "[easemob]") {
  CHECK(text_message().type == "txt");
  CHECK(image_message().type == "img");
  CHECK(audio_message().type == "audio");
  CHECK(video_message().type == "video");
  CHECK(file_message().type == "file");
  CHECK(location_message().type == "loc");
  CHECK(custom_message().type == "custom");
  CHECK(command_message().type == "cmd");
  CHECK(combine_message().type == "combine");
  CHECK(unknown_message().type.empty());
}

TEST_CASE("an unknown type keeps every key it came with", "[easemob]") {
  const std::string text =
      R"({"id":"1","type":"poll","chatType":"groupChat","from":"a","to":"g","question":"Lunch?","options":["noodles","rice"],"time":1})";
  auto m = decode<unknown_message>(text);
  REQUIRE(m);
  CHECK(m->kind() == message_type::unknown);
  CHECK(m->unknown.find("options")->text == R"(["noodles","rice"])");
  CHECK(
      encode(*m) ==
      R"({"id":"1","type":"poll","chatType":"groupChat","from":"a","to":"g","time":1,"question":"Lunch?","options":["noodles","rice"]})");
}

TEST_CASE("equality is derived from the schema", "[easemob]") {
  text_message a;
  a.id = "1";
  a.msg = "x";
  text_message b = a;
  CHECK(a == b);
  b.time = time_value(5);
  CHECK(a != b);
}

TEST_CASE("a body made with the legacy API has no from, and keeps none", "[easemob]") {
  // easemob-websdk 4.21.1: new WebIM.message("txt", id).set({...}).body, as JSON.stringify wrote it.
  const std::string text =
      R"({"id":"531704459772","chatType":"singleChat","type":"txt","to":"user1","msg":"hi","time":1796686859771})";
  auto m = decode<text_message>(text);
  REQUIRE(m);
  CHECK_FALSE(m->from);
  CHECK(m->sender().empty());
  CHECK(m->is_created());
  CHECK(wxim_test::json_equal(encode(*m), text));
  auto null_from = decode<text_message>(
      R"({"id":"1","type":"txt","chatType":"singleChat","from":null,"to":"a","msg":"x","time":1})");
  REQUIRE_FALSE(null_from);
  CHECK(null_from.error().code == errc::unexpected_null);
}
