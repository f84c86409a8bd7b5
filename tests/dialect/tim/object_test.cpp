// SPDX-License-Identifier: MIT
#include "wxim/dialect/tim/object.hpp"

#include <catch2/catch.hpp>

#include "support/vectors.hpp"

using namespace wxim;
using namespace wxim::tim;

TEST_CASE("every tim accept vector decodes to the kind its file names and round-trips losslessly", "[tim]") {
  const auto files = wxim_test::vector_files("accept", "tim");
  REQUIRE(files.size() == 3);
  std::size_t objects = 0, incoming = 0, outgoing = 0;
  for (const auto& file : files) {
    const std::string kind = file.stem().string();
    for (const auto& line : wxim_test::read_lines(file)) {
      INFO(file.filename().string() << ": " << line);
      auto o = decode_object(line);
      REQUIRE(o);
      CHECK(to_string(kind_of(*o)) == kind);
      CHECK(wxim_test::json_equal(encode(*o), line));
      // Telling the direction of its flow gives the same object.
      const direction d = direction_of(*o);
      if (d == direction::s2c) ++incoming;
      if (d == direction::c2s) ++outgoing;
      auto again = decode_object(line, d);
      REQUIRE(again);
      CHECK(kind_of(*again) == kind_of(*o));
      ++objects;
    }
  }
  CHECK(objects >= 50);
  CHECK(incoming >= 15);
  CHECK(outgoing >= 10);
}

TEST_CASE("the message vectors hold every element type in both flows", "[tim]") {
  bool seen[2][static_cast<int>(element_type::unknown) + 1] = {};
  for (const auto& line : wxim_test::read_lines(wxim_test::vectors_dir() / "accept" / "tim" / "message.jsonl")) {
    auto o = decode_object(line);
    REQUIRE(o);
    const auto& m = std::get<message>(*o);
    CHECK(m.kind() == type_of(m.payload));
    seen[m.flow == flow::in ? 0 : 1][static_cast<int>(m.kind())] = true;
  }
  for (int t = 0; t <= static_cast<int>(element_type::unknown); ++t) {
    INFO(to_string(static_cast<element_type>(t)));
    CHECK(seen[0][t]);
    // Tips and system notices only ever come in.
    if (t != static_cast<int>(element_type::group_tip) && t != static_cast<int>(element_type::group_system_notice))
      CHECK(seen[1][t]);
  }
}

TEST_CASE("every tim reject vector fails with its code and path, without throwing", "[tim]") {
  const auto cases = wxim_test::reject_cases("tim");
  REQUIRE(cases.size() >= 60);
  for (const auto& c : cases) {
    INFO(c.why << ": " << c.frame);
    result<object> r = error{};
    REQUIRE_NOTHROW(r = decode_object(c.frame, *parse_direction(c.direction)));
    REQUIRE_FALSE(r);
    CHECK(to_string(r.error().code) == c.code);
    CHECK(r.error().path == c.path);
    CHECK_FALSE(r.error().message.empty());
  }
}

TEST_CASE("objects are told apart by their top-level keys", "[tim]") {
  CHECK(*classify(R"({"ID":"x"})") == object_kind::message);
  CHECK(*classify(R"({"conversationID":"C2Ca","flow":"in"})") == object_kind::message);
  CHECK(*classify(R"({"conversationID":"C2Ca","payload":{}})") == object_kind::message);
  CHECK(*classify(R"({"conversationID":"C2Ca","type":"C2C"})") == object_kind::conversation);
  CHECK(*classify(R"({"name":"kickedOut","data":{},"extra":1})") == object_kind::event);
  CHECK(*classify(R"({"name":"whatever"})") == object_kind::event);  // decoding refuses the name
  CHECK(classify(R"({"name":"whatever","nick":"x"})").error().code == errc::unknown_frame);
  CHECK(classify(R"({"type":"TIMTextElem","text":"x"})").error().code == errc::unknown_frame);
  CHECK(classify("{}").error().code == errc::unknown_frame);
  CHECK(classify("[]").error().code == errc::type_mismatch);
  CHECK(classify("null").error().code == errc::unexpected_null);
}

TEST_CASE("a message's direction is its flow, a given direction must agree", "[tim]") {
  const std::string in = R"({"ID":"x","flow":"in"})";
  CHECK(*classify(in, direction::s2c) == object_kind::message);
  auto wrong = classify(in, direction::c2s);
  REQUIRE_FALSE(wrong);
  CHECK(wrong.error().code == errc::invalid_value);
  CHECK(wrong.error().path == "/flow");
  CHECK(*classify(R"({"ID":"x","flow":"out"})", direction::c2s) == object_kind::message);
  // A conversation or an event has no direction: any given one is fine.
  CHECK(*classify(R"({"conversationID":"C2Ca"})", direction::c2s) == object_kind::conversation);
  CHECK(direction_of(flow::in) == direction::s2c);
  CHECK(direction_of(flow::out) == direction::c2s);
  CHECK(direction_of(object(tim::conversation{})) == direction::any);
  CHECK(to_string(object_kind::conversation) == "conversation");
}

TEST_CASE("no frame of the other dialects is a TIM object", "[tim]") {
  for (const char* dialect : {"wechat_im", "jim", "room", "easemob"})
    for (const auto& file : wxim_test::vector_files("accept", dialect))
      for (const auto& line : wxim_test::read_lines(file)) {
        INFO(dialect << ": " << line);
        CHECK_FALSE(decode_object(line));
      }
}
