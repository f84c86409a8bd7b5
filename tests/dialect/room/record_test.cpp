// SPDX-License-Identifier: MIT
#include "wxim/dialect/room/record.hpp"

#include <catch2/catch.hpp>

#include "wxim/codec/decode.hpp"

using namespace wxim;
using namespace wxim::room;

namespace {
std::string record_text(const std::string& content_json, const std::string& type) {
  return R"({"user":1,"displayName":"n","avatarurl":"a","stream":"s","content":)" + content_json + R"(,"type":")" +
         type + R"(","createdat":"2024-6-17 10:12"})";
}
}  // namespace

TEST_CASE("a record's content is read by its type, wherever the type key stands", "[room]") {
  auto m = decode<chat_record>(record_text(R"("{\"content\":\"q\"}")", "message"));
  REQUIRE(m);
  CHECK(*m->content.text() == R"({"content":"q"})");  // a message is text, even when it looks like JSON
  auto q = decode<chat_record>(record_text(R"("{\"content\":\"q\"}")", "question"));
  REQUIRE(q);
  REQUIRE(q->content.question());
  CHECK(q->content.question()->content == "q");
  CHECK_FALSE(q->content.text());
  // Type first, content after.
  auto a = decode<chat_record>(
      R"({"type":"answer","content":"{\"question\":\"q\",\"answer\":\"a\",\"orgName\":\"o\",\"orgLogo\":\"l\"}","user":"u","displayName":"n","avatarurl":"a","stream":"s","createdat":"x"})");
  REQUIRE(a);
  REQUIRE(a->content.answer());
  CHECK(a->content.answer()->org_logo == "l");
}

TEST_CASE("an unknown record type keeps its type and its content as text", "[room]") {
  const std::string text = record_text(R"("{not json")", "gift");
  auto g = decode<chat_record>(text);
  REQUIRE(g);
  CHECK(g->kind() == record_type::unknown);
  CHECK(g->type == "gift");
  CHECK(*g->content.text() == "{not json");
  CHECK(encode(*g) == text);
}

TEST_CASE("the innermost level's errors point inside it", "[room]") {
  auto bad = decode<chat_record>(record_text(R"("{\"content\":1}")", "question"));
  REQUIRE_FALSE(bad);
  CHECK(bad.error().code == errc::type_mismatch);
  CHECK(bad.error().path == "/content/content");
  auto text = decode<chat_record>(record_text(R"("Yes")", "answer"));
  REQUIRE_FALSE(text);
  CHECK(text.error().code == errc::syntax_error);
  CHECK(text.error().path == "/content");
}

TEST_CASE("under case-insensitive keys the type is found loosely too", "[room]") {
  decode_options loose;
  loose.lenient = leniency::case_insensitive_keys;
  auto r = decode<chat_record>(
      R"({"user":1,"displayName":"n","avatarurl":"a","stream":"s","content":"{\"content\":\"q\"}","TYPE":"question","createdat":"x"})",
      loose);
  REQUIRE(r);
  CHECK(r->content.question());
}

TEST_CASE("wire_text is the content string as it goes on the wire", "[room]") {
  auto q = decode<chat_record>(record_text(R"("{ \"content\" : \"q\" }")", "question"));
  REQUIRE(q);
  CHECK(q->content.wire_text() == R"({ "content" : "q" })");
  record_content fresh(question_body{"why?", {}});
  CHECK(fresh.wire_text() == R"({"content":"why?"})");
  CHECK(record_content("hi").wire_text() == "hi");
  answer_body a{"q", "a", "o", "l", {}};
  CHECK(record_content(a).wire_text() == R"({"question":"q","answer":"a","orgName":"o","orgLogo":"l"})");
}

TEST_CASE("a record built in code encodes in the client's key order", "[room]") {
  chat_record r;
  r.user = user_id(10086);
  r.display_name = "Xiao Zhou";
  r.avatar_url = "https://example.com/a/zhou.png";
  r.stream = "3301";
  r.content = "Great talk, thanks!";
  r.created_at = "2024-6-17 10:12";
  CHECK(
      encode(r) ==
      R"({"user":10086,"displayName":"Xiao Zhou","avatarurl":"https://example.com/a/zhou.png","stream":"3301","content":"Great talk, thanks!","type":"message","createdat":"2024-6-17 10:12"})");
  r.type = "question";
  r.content = question_body{"Will the slides be shared?", {}};
  CHECK(encode(r).find(R"("content":"{\"content\":\"Will the slides be shared?\"}","type":"question")") !=
        std::string::npos);
  auto back = decode<chat_record>(encode(r));
  REQUIRE(back);
  CHECK(*back == r);
}
