// SPDX-License-Identifier: MIT
#include "wxim/dialect/easemob/stored.hpp"

#include <catch2/catch.hpp>

#include "wxim/codec/decode.hpp"

using namespace wxim;
using namespace wxim::easemob;
using namespace std::chrono_literals;

TEST_CASE("the demo's stored text record: segments, local time text, mid", "[easemob]") {
  const std::string text =
      R"({"info":{"from":"liu_yang","to":"zhou_hao"},"username":"liu_yang","yourname":"liu_yang","msg":{"type":"txt","url":"","data":[{"type":"txt","data":"see you "},{"type":"emoji","data":"[微笑]"}],"ext":{}},"style":"","time":"2024-6-17 10:12:35","mid":"txt1286533349917329700","chatType":"singleChat","ext":{},"isFail":false})";
  auto r = decode<stored_message>(text);
  REQUIRE(r);
  CHECK(r->style == record_style::other);
  CHECK(r->msg.kind() == record_type::txt);
  REQUIRE(r->msg.data);
  CHECK(r->msg.data->is_segments());
  CHECK(r->msg.data->segments.size() == 2);
  CHECK(r->msg.data->joined() == "see you [微笑]");
  CHECK(r->message_id() == "1286533349917329700");
  CHECK(encode(*r) == text);
}

TEST_CASE("record data that is not an array is kept as it is", "[easemob]") {
  auto r = decode<record_body>(R"({"type":"img","url":"u","data":"","ext":{},"size":{"width":1080,"height":720.5}})");
  REQUIRE(r);
  CHECK_FALSE(r->data->is_segments());
  CHECK(r->data->other->text == R"("")");
  CHECK(r->size->height == 720.5);
  CHECK(encode(*r) == R"({"type":"img","url":"u","data":"","ext":{},"size":{"width":1080,"height":720.5}})");
}

TEST_CASE("the demo's type vocabulary", "[easemob]") {
  CHECK(parse_record_type("emoji") == record_type::emoji);
  CHECK(parse_record_type("location") == record_type::location);
  CHECK(parse_record_type("chat") == record_type::file);
  CHECK(parse_record_type("file") == record_type::file);
  CHECK(parse_record_type("img") == record_type::img);
  CHECK(parse_record_type("sticker") == record_type::unknown);
  CHECK(make_record_mid("img", "453636610003") == "img453636610003");
  stored_message m;
  m.msg.type = "txt";
  m.mid = "img42";  // not the body's type: the whole mid
  CHECK(m.message_id() == "img42");
}

TEST_CASE("record time: local text with an explicit offset", "[easemob]") {
  // 2024-06-17 10:12:35 at UTC+8 is 02:12:35 UTC.
  auto t = parse_record_time("2024-6-17 10:12:35", 8h);
  REQUIRE(t);
  CHECK(to_unix_ms(*t) == 1718590355000);
  CHECK(*parse_record_time("2024-06-17 10:12:35", 8h) == *t);  // padded dates read too
  CHECK(*parse_record_time("2024-6-17 2:12:35", 0min) == *t);
  CHECK(to_unix_ms(*parse_record_time("1970-1-1 00:00:00", -5h)) == 5 * 3600 * 1000);
  CHECK(format_record_time(*t, 8h) == "2024-6-17 10:12:35");
  CHECK(format_record_time(from_unix_ms(1717722303999), 8h) == "2024-6-7 09:05:03");
  CHECK(format_record_time(*t, 0min) == "2024-6-17 02:12:35");
  for (const char* bad :
       {"", "2024-6-17", "2024-13-1 00:00:00", "2024-2-30 00:00:00", "2024-6-17 24:00:00", "2024-6-17 10:60:00",
        "24-6-17 10:12:35", "2024-6-17T10:12:35", "2024-6-17 10:12:35 ", "2024-006-17 10:12:35"}) {
    INFO(bad);
    auto r = parse_record_time(bad, 8h);
    REQUIRE_FALSE(r);
    CHECK(r.error().code == errc::invalid_value);
  }
  CHECK(parse_record_time("2024-2-29 12:00:00", 8h));
}

TEST_CASE("a record of one's own message from the early demo's send path has no info.from", "[easemob]") {
  // username is the sender (me) here and yourname the contact: the reverse of the demo's.
  const std::string text =
      R"({"info":{"to":"liu_yang"},"username":"zhou_hao","yourname":"liu_yang","msg":{"type":"txt","data":[{"type":"txt","data":"on my way"}]},"style":"self","time":"2024-6-17 10:13:02","mid":"453636610021"})";
  auto r = decode<stored_message>(text);
  REQUIRE(r);
  CHECK_FALSE(r->info.from.has_value());
  CHECK(r->info.to == "liu_yang");
  CHECK(r->sender() == "zhou_hao");
  CHECK(r->style == record_style::self);
  CHECK(r->message_id() == "453636610021");  // the id alone: no type in front
  CHECK(encode(*r) == text);                 // info.from stays absent
}

TEST_CASE("the sender of a record is info.from wherever it is present", "[easemob]") {
  // The demo's send path: username is the contact, yourname the sender.
  auto sent = decode<stored_message>(
      R"({"info":{"from":"zhou_hao","to":"liu_yang"},"username":"liu_yang","yourname":"zhou_hao","msg":{"type":"txt","data":[]},"style":"self","time":"2024-6-17 10:13:02","mid":"txt1"})");
  REQUIRE(sent);
  CHECK(sent->sender() == "zhou_hao");
  // Received, on either path: both names are the sender.
  auto got = decode<stored_message>(
      R"({"info":{"from":"liu_yang","to":"zhou_hao"},"username":"liu_yang","yourname":"liu_yang","msg":{"type":"txt","data":[]},"style":"","time":"2024-6-17 10:13:02","mid":"txt2"})");
  REQUIRE(got);
  CHECK(got->sender() == "liu_yang");
}
