// SPDX-License-Identifier: MIT
#include "wxim/dialect/room/mapping.hpp"

#include <catch2/catch.hpp>

#include "wxim/dialect/room/frame.hpp"

using namespace wxim;
using namespace wxim::room;
using namespace std::chrono;

namespace {
chat_record make(std::string type, record_content content, user_id user = user_id(10086)) {
  chat_record r;
  r.user = std::move(user);
  r.display_name = "Xiao Zhou";
  r.avatar_url = "https://example.com/a/zhou.png";
  r.stream = "3301";
  r.content = std::move(content);
  r.type = std::move(type);
  r.created_at = "2024-6-17 10:12";
  return r;
}
const author_info zhou{"Xiao Zhou", "https://example.com/a/zhou.png", "3301"};
}  // namespace

TEST_CASE("record kinds map to model contents", "[room]") {
  CHECK(to_content(make("message", "hi")) == content(text_content{"hi"}));
  CHECK(to_content(make("question", question_body{"slides?", {}})) ==
        content(custom_content{"question", R"({"content":"slides?"})", "slides?", ""}));
  CHECK(to_content(make("answer", answer_body{"slides?", "yes", "Org", "logo", {}})) ==
        content(custom_content{"answer", R"({"question":"slides?","answer":"yes","orgName":"Org","orgLogo":"logo"})",
                               "yes", ""}));
  CHECK(to_content(make("gift", "rocket \"x3\"")) == content(unknown_content{"gift", R"("rocket \"x3\"")"}));
}

TEST_CASE("a record is a room message: topic, author, createdat at the caller's offset", "[room]") {
  auto m = to_message(make("message", "hi"), "R3301", hours{8});
  REQUIRE(m);
  CHECK(m->chat == chat_type::room);
  CHECK(m->recipient == "R3301");
  CHECK(m->author == "10086");
  CHECK(m->id.empty());
  CHECK(to_unix_ms(m->time) == 1718590320000);
  CHECK(m->status == send_status::success);
  CHECK(conversation_peer(*m, "anyone") == "R3301");

  auto bad = make("message", "hi");
  bad.created_at = "2018/10/8 14:30";
  auto e = to_message(bad, "R3301", hours{8});
  REQUIRE_FALSE(e);
  CHECK(e.error().code == errc::invalid_value);
  CHECK(e.error().path == "/createdat");
  CHECK(to_message(bad, "R3301", hours{8}, from_unix_ms(42)).time == from_unix_ms(42));
}

TEST_CASE("messages from frames: errors point into the frame", "[room]") {
  auto f = decode_frame(
      R"({"token":"t","type":2,"payLoad":"{\"topic\":\"R1\",\"chatInfo\":\"{\\\"user\\\":\\\"u\\\",\\\"displayName\\\":\\\"n\\\",\\\"avatarurl\\\":\\\"a\\\",\\\"stream\\\":\\\"s\\\",\\\"content\\\":\\\"c\\\",\\\"type\\\":\\\"message\\\",\\\"createdat\\\":\\\"soon\\\"}\"}"})");
  REQUIRE(f);
  auto m = to_message(std::get<send_frame>(*f), hours{8});
  REQUIRE_FALSE(m);
  CHECK(m.error().path == "/payLoad/chatInfo/createdat");

  record_frame r;
  r.data.value = make("message", "hi");
  auto ok = to_message(r, "R1", hours{8});
  REQUIRE(ok);
  CHECK(ok->recipient == "R1");
  r.data.value.created_at = "";
  CHECK(to_message(r, "R1", hours{8}).error().path == "/data/createdat");

  history_response h;
  h.data.items = {make("message", "a"), make("question", question_body{"q", {}})};
  auto all = to_messages(h, "R1", hours{8});
  REQUIRE(all);
  REQUIRE(all->size() == 2);
  CHECK(kind_of(all->at(1).body) == content_kind::custom);
  h.data.items[1].created_at = "x";
  CHECK(to_messages(h, "R1", hours{8}).error().path == "/data/items/1/createdat");
}

TEST_CASE("model to record and back", "[room]") {
  for (const auto& rec : {make("message", "hi"), make("question", question_body{"slides?", {}}),
                          make("answer", answer_body{"slides?", "yes", "Org", "logo", {}}), make("gift", "rocket"),
                          make("message", "hi", user_id("u_7"))}) {
    INFO(encode(rec));
    auto m = to_message(rec, "R3301", hours{8});
    REQUIRE(m);
    auto back = to_record(*m, zhou, hours{8});
    REQUIRE(back);
    CHECK(*back == rec);
    CHECK(encode(*back) == encode(rec));
  }
  // Inner JSON text is kept as the model holds it, byte for byte.
  chat_message q;
  q.chat = chat_type::room;
  q.author = "10086";
  q.recipient = "R1";
  q.body = custom_content{"question", R"({ "content" : "spaced" })", "", ""};
  auto r = to_record(q, zhou, hours{8});
  REQUIRE(r);
  CHECK(r->content.wire_text() == R"({ "content" : "spaced" })");
  // A question may be given by its text alone.
  q.body = custom_content{"question", "", "just text", ""};
  CHECK(to_record(q, zhou, hours{8})->content.question()->content == "just text");
}

TEST_CASE("how user is written", "[room]") {
  chat_message m;
  m.chat = chat_type::room;
  m.body = text_content{"hi"};
  m.author = "10086";
  CHECK(to_record(m, zhou, hours{8})->user.is_number);
  CHECK_FALSE(to_record(m, zhou, hours{8}, user_id_form::string)->user.is_number);
  for (const char* not_number : {"u_1", "007", "", "-", "1.5", "99999999999999999999"}) {
    m.author = not_number;
    INFO(not_number);
    CHECK_FALSE(to_record(m, zhou, hours{8})->user.is_number);
  }
  m.author = "-3";
  CHECK(to_record(m, zhou, hours{8})->user.is_number);
}

TEST_CASE("what the room cannot say is invalid_value", "[room]") {
  chat_message m;
  m.chat = chat_type::room;
  m.body = image_content{"u", {}, {}, {}};
  CHECK(to_record(m, zhou, hours{8}).error().code == errc::invalid_value);
  m.body = custom_content{"closed", "", "", ""};
  CHECK(to_record(m, zhou, hours{8}).error().code == errc::invalid_value);
  m.body = custom_content{"answer", "not json", "", ""};
  CHECK(to_record(m, zhou, hours{8}).error().code == errc::invalid_value);
  m.body = unknown_content{"message", R"("x")"};
  CHECK(to_record(m, zhou, hours{8}).error().code == errc::invalid_value);
  m.body = unknown_content{"gift", "{}"};
  CHECK(to_record(m, zhou, hours{8}).error().code == errc::invalid_value);
  m.body = text_content{"hi"};
  m.chat = chat_type::direct;
  CHECK(to_record(m, zhou, hours{8}).error().code == errc::invalid_value);
}

TEST_CASE("a model message becomes the frames that carry it", "[room]") {
  chat_message m;
  m.chat = chat_type::room;
  m.author = "10086";
  m.recipient = "R3301";
  m.time = from_unix_ms(1718590320000);
  m.body = text_content{"Great talk, thanks!"};
  auto f = to_send_frame(m, "eyJhbGciOiJIUzI1NiJ9.u10086.sig", zhou, hours{8});
  REQUIRE(f);
  CHECK(
      encode(frame(*f)) ==
      R"({"token":"eyJhbGciOiJIUzI1NiJ9.u10086.sig","type":2,"payLoad":"{\"topic\":\"R3301\",\"chatInfo\":\"{\\\"user\\\":10086,\\\"displayName\\\":\\\"Xiao Zhou\\\",\\\"avatarurl\\\":\\\"https://example.com/a/zhou.png\\\",\\\"stream\\\":\\\"3301\\\",\\\"content\\\":\\\"Great talk, thanks!\\\",\\\"type\\\":\\\"message\\\",\\\"createdat\\\":\\\"2024-6-17 10:12\\\"}\"}"})");
  auto d = to_record_frame(m, zhou, hours{8});
  REQUIRE(d);
  auto back = to_message(*d, "R3301", hours{8});
  REQUIRE(back);
  CHECK(*back == m);
}

TEST_CASE("how the page shows each record", "[room]") {
  const auto msg = display_of(make("message", "hi"));
  CHECK(msg.head_image == "https://example.com/a/zhou.png");
  CHECK(msg.label == "Xiao Zhou:");
  CHECK(msg.text == "hi");
  CHECK_FALSE(msg.question_mark);
  const auto q = display_of(make("question", question_body{"slides?", {}}));
  CHECK(q.question_mark);
  CHECK(q.text == "slides?");
  const auto a = display_of(make("answer", answer_body{"slides?", "yes", "Open Campus", "logo.png", {}}));
  CHECK(a.head_image == "logo.png");
  CHECK(a.label == "Open Campus回复Xiao Zhou:");
  CHECK(a.text == "slides?");
  CHECK(a.answer == "yes");
}
