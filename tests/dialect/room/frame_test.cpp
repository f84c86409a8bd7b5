// SPDX-License-Identifier: MIT
#include "wxim/dialect/room/frame.hpp"

#include <catch2/catch.hpp>

#include "support/vectors.hpp"

using namespace wxim;
using namespace wxim::room;

TEST_CASE("every room accept vector decodes to the kind its file names and round-trips losslessly", "[room]") {
  const auto files = wxim_test::vector_files("accept", "room");
  REQUIRE(files.size() == 7);
  std::size_t frames = 0;
  for (const auto& file : files) {
    const std::string kind = file.stem().string();
    for (const auto& line : wxim_test::read_lines(file)) {
      INFO(file.filename().string() << ": " << line);
      auto f = decode_frame(line);
      REQUIRE(f);
      CHECK(to_string(kind_of(*f)) == kind);
      CHECK(wxim_test::json_equal(encode(*f), line));
      // Telling the direction explicitly gives the same kind.
      auto g = decode_frame(line, direction_of(kind_of(*f)));
      REQUIRE(g);
      CHECK(kind_of(*g) == kind_of(*f));
      CHECK(*classify(line) == kind_of(*f));
      // Both tokenizers read it the same.
      decode_options sax;
      sax.parser = json_parser::nlohmann_sax;
      auto h = decode_frame(line, direction::any, sax);
      REQUIRE(h);
      CHECK(encode(*h) == encode(*f));
      ++frames;
    }
  }
  CHECK(frames >= 35);
}

TEST_CASE("every room reject vector fails with its code and path, without throwing", "[room]") {
  const auto cases = wxim_test::reject_cases("room");
  REQUIRE(cases.size() >= 80);
  for (const auto& c : cases) {
    INFO(c.why << ": " << c.frame);
    result<frame> r = error{};
    REQUIRE_NOTHROW(r = decode_frame(c.frame, *parse_direction(c.direction)));
    REQUIRE_FALSE(r);
    CHECK(to_string(r.error().code) == c.code);
    CHECK(r.error().path == c.path);
    CHECK_FALSE(r.error().message.empty());
  }
}

TEST_CASE("the spec's examples decode at every level and come back byte for byte", "[room]") {
  const std::string send =
      R"({"token":"eyJhbGciOiJIUzI1NiJ9.u10086.sig","type":2,"payLoad":"{\"topic\":\"R3301\",\"chatInfo\":\"{\\\"user\\\":10086,\\\"displayName\\\":\\\"Xiao Zhou\\\",\\\"avatarurl\\\":\\\"https://example.com/a/zhou.png\\\",\\\"stream\\\":\\\"3301\\\",\\\"content\\\":\\\"Great talk, thanks!\\\",\\\"type\\\":\\\"message\\\",\\\"createdat\\\":\\\"2024-6-17 10:12\\\"}\"}"})";
  auto f = decode_frame(send);
  REQUIRE(f);
  const auto& s = std::get<send_frame>(*f);
  CHECK(s.token == "eyJhbGciOiJIUzI1NiJ9.u10086.sig");
  CHECK(s.pay_load.value.topic == "R3301");
  CHECK(s.record().user.text == "10086");
  CHECK(s.record().user.is_number);
  CHECK(s.record().kind() == record_type::message);
  CHECK(*s.record().content.text() == "Great talk, thanks!");
  CHECK(encode(*f) == send);

  const std::string answer =
      R"({"code":200,"data":"{\"user\":20031,\"displayName\":\"Li Na\",\"avatarurl\":\"https://example.com/a/lina.png\",\"stream\":\"3301\",\"content\":\"{\\\"question\\\":\\\"Will the slides be shared?\\\",\\\"answer\\\":\\\"Yes, after the talk.\\\",\\\"orgName\\\":\\\"Open Campus\\\",\\\"orgLogo\\\":\\\"https://example.com/org/logo.png\\\"}\",\"type\":\"answer\",\"createdat\":\"2024-6-17 10:20\"}"})";
  auto g = decode_frame(answer);
  REQUIRE(g);
  const auto& rec = std::get<record_frame>(*g).record();
  REQUIRE(rec.content.answer());
  CHECK(rec.content.answer()->org_name == "Open Campus");
  CHECK(rec.content.answer()->question == "Will the slides be shared?");
  CHECK(encode(*g) == answer);
}

TEST_CASE("a change at the innermost level rewrites every string around it", "[room]") {
  auto f = decode_frame(
      R"({"token":"t","type":2,"payLoad":"{ \"topic\":\"R1\", \"chatInfo\":\"{\\\"user\\\":1,\\\"displayName\\\":\\\"n\\\",\\\"avatarurl\\\":\\\"a\\\",\\\"stream\\\":\\\"s\\\",\\\"content\\\":\\\"{ \\\\\\\"content\\\\\\\":\\\\\\\"q?\\\\\\\" }\\\",\\\"type\\\":\\\"question\\\",\\\"createdat\\\":\\\"2024-6-17 10:12\\\"}\" }"})");
  REQUIRE(f);
  auto& s = std::get<send_frame>(*f);
  // Unchanged: the peer's spacing survives at every level.
  CHECK(encode(*f).find(R"({ \"topic\":\"R1\", )") != std::string::npos);
  auto& q = std::get<embedded_json<question_body>>(s.record().content.value);
  q.value.content = "changed?";
  const std::string out = encode(*f);
  CHECK(
      out ==
      R"({"token":"t","type":2,"payLoad":"{\"topic\":\"R1\",\"chatInfo\":\"{\\\"user\\\":1,\\\"displayName\\\":\\\"n\\\",\\\"avatarurl\\\":\\\"a\\\",\\\"stream\\\":\\\"s\\\",\\\"content\\\":\\\"{\\\\\\\"content\\\\\\\":\\\\\\\"changed?\\\\\\\"}\\\",\\\"type\\\":\\\"question\\\",\\\"createdat\\\":\\\"2024-6-17 10:12\\\"}\"}"})");
  auto back = decode_frame(out);
  REQUIRE(back);
  CHECK(std::get<send_frame>(*back).record().content.question()->content == "changed?");
}

TEST_CASE("classification by keys, and a direction to settle the rest", "[room]") {
  CHECK(*classify(R"({"token":"t","type":1,"payLoad":""})") == frame_kind::heartbeat);
  CHECK(*classify(R"({"payLoad":"","type":1})") == frame_kind::heartbeat);
  CHECK(*classify(R"({"code":404})") == frame_kind::other_reply);
  CHECK(*classify(R"({"code":200,"data":"x"})") == frame_kind::record);
  CHECK(*classify(R"({"content":"q","streamId":"s"})") == frame_kind::question_add);
  CHECK(*classify(R"({"code":0,"data":{"items":[]}})") == frame_kind::history);
  CHECK(classify(R"({"data":"x"})").error().code == errc::unknown_frame);
  CHECK(*classify(R"({"data":"x"})", direction::s2c) == frame_kind::record);
  CHECK(*classify(R"({"data":{}})", direction::s2c) == frame_kind::history);
  CHECK(*classify(R"({"content":"q"})", direction::c2s) == frame_kind::question_add);
  CHECK(classify(R"({})", direction::c2s).error().code == errc::missing_field);  // no type to tell the frame
  CHECK(classify(R"({})", direction::c2s).error().path == "/type");
  // wechat-im and J-IM frames are not room frames.
  CHECK(classify(R"({"type":"text","content":"hi","timestamp":1})").error().code == errc::unknown_frame);
  CHECK(classify(R"({"command":11,"data":{"content":"x"}})").error().code == errc::unknown_frame);
}

TEST_CASE("named tolerances: a string code, a string type, a non-empty heartbeat payLoad", "[room]") {
  decode_options numeric;
  numeric.lenient = leniency::numeric_strings;
  const std::string code =
      R"({"code":"200","data":"{\"user\":\"u\",\"displayName\":\"n\",\"avatarurl\":\"a\",\"stream\":\"s\",\"content\":\"c\",\"type\":\"message\",\"createdat\":\"2024-6-17 10:12\"}"})";
  CHECK(decode_frame(code).error().code == errc::type_mismatch);
  auto f = decode_frame(code, direction::any, numeric);
  REQUIRE(f);
  CHECK(kind_of(*f) == frame_kind::record);
  CHECK(std::get<record_frame>(*f).code.as_string);
  CHECK(encode(*f) == code);  // kept as the string it was
  CHECK(kind_of(*decode_frame(R"({"code":"404"})", direction::any, numeric)) == frame_kind::other_reply);

  auto t = decode_frame(R"({"token":"t","type":"3","payLoad":"{\"topic\":\"R\"}"})", direction::any, numeric);
  REQUIRE(t);
  CHECK(kind_of(*t) == frame_kind::join);
  CHECK(classify(R"({"token":"t","type":"9","payLoad":""})", direction::any, numeric).error().code ==
        errc::unsupported_command);

  const std::string beat = R"({"token":"t","type":1,"payLoad":"ping"})";
  CHECK(decode_frame(beat).error().code == errc::invalid_value);
  decode_options any;
  any.lenient = leniency::any_content;
  auto b = decode_frame(beat, direction::any, any);
  REQUIRE(b);
  CHECK(std::get<heartbeat_frame>(*b).pay_load.text == "ping");
  CHECK(encode(*b) == beat);
}

TEST_CASE("errors inside embedded levels carry no byte offset, the frame's own do", "[room]") {
  auto inner = decode_frame(R"({"token":"t","type":3,"payLoad":"{\"topic\":}"})");
  REQUIRE_FALSE(inner);
  CHECK(inner.error().path == "/payLoad/topic");  // where the inner parse stopped
  CHECK_FALSE(inner.error().offset);
  auto outer = decode_frame(R"({"token":"t","type":3,"payLoad":)");
  REQUIRE_FALSE(outer);
  CHECK(outer.error().offset);
}

TEST_CASE("room kind names and directions", "[room]") {
  CHECK(to_string(frame_kind::heartbeat) == "heartbeat");
  CHECK(to_string(frame_kind::other_reply) == "other_reply");
  CHECK(direction_of(frame_kind::join) == direction::c2s);
  CHECK(direction_of(frame_kind::question_add) == direction::c2s);
  CHECK(direction_of(frame_kind::record) == direction::s2c);
  CHECK(direction_of(frame_kind::history) == direction::s2c);
  CHECK(is_http(frame_kind::history));
  CHECK_FALSE(is_http(frame_kind::send));
}
