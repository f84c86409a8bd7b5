// SPDX-License-Identifier: MIT
#include "wxim/dialect/easemob/body.hpp"

#include <catch2/catch.hpp>

#include "wxim/codec/decode.hpp"

using namespace wxim;
using namespace wxim::easemob;

namespace {

// A body type of the test's own, built the way messages.hpp builds its types.
struct note_message : message_common {
  std::string note;
  note_message() { type = "note"; }
};
constexpr auto wxim_schema(schema::tag<note_message>) {
  return message_object<note_message>(schema::field<note_message>("note", &note_message::note));
}

}  // namespace

TEST_CASE("message_object gives a derived body the whole envelope", "[easemob]") {
  const std::string text =
      R"({"id":"1286533349917329403","type":"note","chatType":"groupChat","from":"chen_li/webim_1","to":"217634819309569","note":"n",)"
      R"("ext":{"a":[1,2.50,"x"]},"time":1718590299000,"msgConfig":{"allowGroupAck":true,"languages":["en"]},"onlineState":1,)"
      R"("priority":"normal","broadcast":false,"deliverOnlineOnly":true,"receiverList":["a"],"isChatThread":true,"chatThread":{"k":1},)"
      R"("chatThreadOverview":{"o":2},"reactions":[{"reaction":"+1","count":2,"userList":["a","b"],"isAddedBySelf":true,"op":[{"operator":"a"}]}],)"
      R"("translations":[],"modifiedInfo":{"operatorId":"chen_li","operationCount":1,"operationTime":1718590350000},"isContentReplaced":false,)"
      R"("isRead":true,"isDelivered":true,"roomType":false,"group":"groupchat","later":"kept"})";
  auto m = decode<note_message>(text);
  REQUIRE(m);
  CHECK(m->note == "n");
  CHECK(m->chat() == chat_kind::group_chat);
  CHECK(m->kind() == message_type::unknown);
  CHECK_FALSE(m->is_created());
  CHECK(m->ext->text == R"({"a":[1,2.50,"x"]})");
  CHECK(m->config->languages->at(0) == "en");
  CHECK(*m->online == online_state::online);
  CHECK(*m->priority == priority::normal);
  CHECK(m->reactions->at(0).count == 2);
  CHECK(m->modified->operation_time == 1718590350000);
  CHECK(m->is_read);
  CHECK(m->is_delivered);
  CHECK(m->unknown.find("later")->text == R"("kept")");
  CHECK(encode(*m) == text);
}

TEST_CASE("isRead and isDelivered are written when true or when the peer sent them", "[easemob]") {
  const std::string minimal =
      R"({"id":"1","type":"note","chatType":"singleChat","from":"","to":"b","note":"","time":1})";
  auto m = decode<note_message>(minimal);
  REQUIRE(m);
  CHECK_FALSE(m->is_read);
  CHECK(m->is_created());
  CHECK(m->ext.is_absent());
  CHECK(encode(*m) == minimal);
  m->is_read = true;
  CHECK(encode(*m).find(R"("isRead":true)") != std::string::npos);
  // An explicit false is the same value as absent, and is written back as it came.
  const std::string explicit_false =
      R"({"id":"1","type":"note","chatType":"singleChat","from":"","to":"b","note":"","time":1,"isRead":false})";
  auto f = decode<note_message>(explicit_false);
  REQUIRE(f);
  CHECK_FALSE(f->is_read);
  CHECK(*f == *decode<note_message>(minimal));
  CHECK(encode(*f) == explicit_false);
}

TEST_CASE("ext keeps any JSON, null included", "[easemob]") {
  auto m = decode<note_message>(
      R"({"id":"1","type":"note","chatType":"singleChat","from":"a","to":"b","note":"","ext":null,"time":1})");
  REQUIRE(m);
  CHECK(m->ext.is_null());
  auto s = decode<note_message>(
      R"({"id":"1","type":"note","chatType":"singleChat","from":"a","to":"b","note":"","ext":"str","time":1})");
  REQUIRE(s);
  CHECK(s->ext->text == R"("str")");
}

TEST_CASE("sub-objects: file object, stream, read counts", "[easemob]") {
  auto f = decode<file_object>(R"({"filePath":"wxfile://a.aac","name":"a.aac","size":12040})");
  REQUIRE(f);
  CHECK(*f->file_path == "wxfile://a.aac");
  CHECK(*f->size == 12040u);
  CHECK(decode<file_object>(R"({"size":-1})").error().code == errc::number_out_of_range);

  auto s = decode<stream_info>(R"({"status":1,"text":"done"})");
  REQUIRE(s);
  CHECK(*s->status == stream_status::start_completed);

  auto c = decode<read_counts>(R"({"1286533349917329403":3,"1286533349917329404":0})");
  REQUIRE(c);
  CHECK(c->entries.size() == 2);
  CHECK(*c->find("1286533349917329403") == 3u);
  CHECK_FALSE(c->find("x"));
  CHECK(encode(*c) == R"({"1286533349917329403":3,"1286533349917329404":0})");
  auto dup = decode<read_counts>(R"({"a":1,"a":2})");
  CHECK(dup.error().code == errc::duplicate_key);
  CHECK(dup.error().path == "/a");
  CHECK(decode<read_counts>(R"({"a":"1"})").error().path == "/a");
  decode_options lax;
  lax.lenient = leniency::duplicate_keys;
  auto last = decode<read_counts>(R"({"a":1,"b":2,"a":3})", lax);
  REQUIRE(last);
  CHECK(encode(*last) == R"({"a":3,"b":2})");  // the last value, in the first one's place
}

TEST_CASE("many read counts decode without a quadratic duplicate check", "[easemob]") {
  std::string text = "{";
  for (int i = 0; i < 50000; ++i) text += (i ? ",\"" : "\"") + std::to_string(i) + "\":" + std::to_string(i);
  text += "}";
  auto c = decode<read_counts>(text);
  REQUIRE(c);
  CHECK(c->entries.size() == 50000);
  text.back() = ',';
  text += "\"17\":1}";
  auto dup = decode<read_counts>(text);
  REQUIRE_FALSE(dup);
  CHECK(dup.error().path == "/17");
}

TEST_CASE("thumb urls are built by appending &thumbnail=true", "[easemob]") {
  CHECK(make_thumb_url("https://a1.example.com/f?em-redirect=true") ==
        "https://a1.example.com/f?em-redirect=true&thumbnail=true");
}
