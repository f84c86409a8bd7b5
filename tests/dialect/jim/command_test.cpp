// SPDX-License-Identifier: MIT
#include "wxim/dialect/jim/command.hpp"

#include <catch2/catch.hpp>

#include "wxim/codec/decode.hpp"

using namespace wxim;
using namespace wxim::jim;

TEST_CASE("commands are numbered as on the wire, 0-20, anything else unknown", "[jim]") {
  CHECK(to_number(command::none) == 0);
  CHECK(to_number(command::chat_req) == 11);
  CHECK(to_number(command::get_message_resp) == 20);
  CHECK(to_command(11) == command::chat_req);
  CHECK(to_command(0) == command::none);
  CHECK(to_command(21) == command::unknown);
  CHECK(to_command(-1) == command::unknown);
  CHECK(to_command(INT64_MAX) == command::unknown);
  for (int n = 0; n <= max_command; ++n) {
    INFO(n);
    CHECK(to_number(to_command(n)) == n);
    CHECK(to_string(to_command(n)).substr(0, 8) == "COMMAND_");
  }
  CHECK(to_string(command::none) == "COMMAND_UNKNOW");  // J-IM's spelling
  CHECK(to_string(command::join_group_notify) == "COMMAND_JOIN_GROUP_NOTIFY_RESP");
  CHECK(to_string(command::unknown) == "unknown");
}

TEST_CASE("which side sends which command", "[jim]") {
  int handled = 0, sent = 0;
  for (int n = 0; n <= max_command; ++n) {
    handled += is_handled_by_server(to_command(n));
    sent += is_sent_by_server(to_command(n));
  }
  CHECK(handled == 9);  // 1, 3, 5, 7, 11, 13, 14, 17, 19
  CHECK(sent == 13);    // 0, 2, 4, 6, 8-14, 18, 20
  CHECK(is_handled_by_server(command::heartbeat_req));
  CHECK(is_sent_by_server(command::heartbeat_req));  // 13, 11 and 14 go both ways
  CHECK_FALSE(is_handled_by_server(command::chat_resp));
  CHECK_FALSE(is_handled_by_server(command::cancel_msg_req));  // declared, never implemented
  CHECK_FALSE(is_sent_by_server(command::cancel_msg_resp));
  CHECK_FALSE(is_sent_by_server(command::get_message_req));
  CHECK(is_valid_in(command::chat_resp, direction::s2c));
  CHECK_FALSE(is_valid_in(command::chat_resp, direction::c2s));
  CHECK(is_valid_in(command::chat_resp, direction::any));
  CHECK_FALSE(is_valid_in(command::cancel_msg_req, direction::any));
  CHECK_FALSE(is_valid_in(command::unknown, direction::any));
}

TEST_CASE("the command codec reads integers 0-20 and refuses the rest", "[jim]") {
  CHECK(*decode<command>("13") == command::heartbeat_req);
  CHECK(encode(command::get_user_req) == "17");
  const auto refused = [](std::string_view text, const decode_options& o = {}) {
    auto r = decode<command>(text, o);
    REQUIRE_FALSE(r);
    CHECK(r.error().code == errc::unsupported_command);
    return r.error().message;
  };
  CHECK(refused("21").find("21") != std::string::npos);
  CHECK(refused("-3").find("-3") != std::string::npos);
  CHECK(refused("18446744073709551615").find("18446744073709551615") != std::string::npos);
  CHECK(refused("\"11\"").find("numeric-strings") != std::string::npos);
  refused("null");
  refused("11.5");
  refused("{}");
  decode_options lax;
  lax.lenient = leniency::numeric_strings;
  CHECK(*decode<command>("\"11\"", lax) == command::chat_req);
  CHECK(refused("\"22\"", lax).find("22") != std::string::npos);
  CHECK(refused("\"99999999999999999999\"", lax).find("99999999999999999999") != std::string::npos);
  refused("\"chat\"", lax);
}
