// SPDX-License-Identifier: MIT
#include "wxim/dialect/easemob/connection.hpp"

#include <catch2/catch.hpp>

#include "wxim/codec/decode.hpp"

using namespace wxim;
using namespace wxim::easemob;
using namespace std::chrono_literals;

TEST_CASE("status codes keep Easemob's names, and any integer survives", "[easemob]") {
  CHECK(to_string(status_code::open_error) == "WEBIM_CONNCTION_OPEN_ERROR");
  CHECK(to_string(status_code::connection_closed) == "WEBIM_CONNECTION_CLOSED");
  CHECK(to_string(status_code::user_login_another_device) == "USER_LOGIN_ANOTHER_DEVICE");
  CHECK(to_string(status_code::message_websocket_disconnected) == "MESSAGE_WEBSOCKET_DISCONNECTED");
  CHECK(to_string(status_code::unknown) == "unknown");
  CHECK(status_code_of(16) == status_code::disconnected);
  CHECK(status_code_of(-4) == status_code::request_abort);
  CHECK(status_code_of(407) == status_code::file_invalid);
  CHECK(status_code_of(0) == status_code::request_success);
  CHECK(status_code_of(302) == status_code::unknown);  // a legacy code the declarations omit
  CHECK(status_code_of(703) == status_code::unknown);
  CHECK(status_code_of(INT64_MIN) == status_code::unknown);
  CHECK(is_send_error(510));
  CHECK(is_send_error(514));
  CHECK_FALSE(is_send_error(515));
  CHECK(is_group_or_room_error(605));
  CHECK(is_group_or_room_error(703));
  CHECK_FALSE(is_group_or_room_error(700));
}

TEST_CASE("the error object keeps its integer type", "[easemob]") {
  auto e = decode<error_event>(R"({"type":302,"message":"legacy","data":{"x":1}})");
  REQUIRE(e);
  CHECK(e->type == 302);
  CHECK(e->code() == status_code::unknown);
  CHECK(e->data->text == R"({"x":1})");
  auto d = decode<error_event>(R"({"type":16})");
  REQUIRE(d);
  CHECK(d->code() == status_code::disconnected);
  CHECK_FALSE(d->message);
  CHECK(decode<error_event>(R"({"type":"16"})").error().code == errc::type_mismatch);
}

TEST_CASE("connection defaults", "[easemob]") {
  CHECK(default_heart_beat_wait == 30s);
  CHECK(default_auto_reconnect_num_max == 5);
  CHECK_FALSE(default_delivery);
  CHECK(default_is_http_dns);
  CHECK(default_https_in_mini_program);
  CHECK(default_device_id == "webim");
  CHECK(default_is_fixed_device_id);
}

TEST_CASE("reconnect delays by attempt, and what fires when they run out", "[easemob]") {
  CHECK(reconnect_delay(0) == delay_range{});
  CHECK(reconnect_delay(1) == delay_range{1s, 2s});
  CHECK(reconnect_delay(5) == delay_range{1s, 2s});
  CHECK(reconnect_delay(6) == delay_range{3s, 6s});
  CHECK(reconnect_delay(19) == delay_range{3s, 6s});
  CHECK(reconnect_delay(20) == delay_range{5s, 10s});
  CHECK(reconnect_delay(1000) == reconnect_delay_late);
  static_assert(reconnect_delay(3).max == std::chrono::milliseconds{2000}, "usable at compile time");
  CHECK_FALSE(reconnect_exhausted(4));
  CHECK(reconnect_exhausted(5));
  CHECK(reconnect_exhausted(20, 20));
  CHECK(encode(reconnect_failed_error()) == R"({"type":16})");
  CHECK(encode(reconnect_failed_disconnect()) == R"({"type":16,"message":"reconnection failed"})");
}
