// SPDX-License-Identifier: MIT
// wxim/dialect/easemob/connection.hpp: status codes, connection defaults, reconnect delays,
// and the error object the SDK reports them in.
//
// Codes are kept as integers wherever they appear (an error's `type`): the runtime table
// holds many legacy codes that the type declarations omit, and 407 means two things. The
// enumeration below names the codes the spec lists; its names are advisory.
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "wxim/schema/equal.hpp"
#include "wxim/schema/field.hpp"
#include "wxim/schema/raw_json.hpp"
#include "wxim/version.hpp"  // WXIM_BEGIN_NAMESPACE

WXIM_BEGIN_NAMESPACE
namespace easemob {

// ---- status codes -------------------------------------------------------

/// The runtime `statusCode` values the spec lists. `unknown` stands for any other integer (it
/// is not itself a code the SDK uses).
enum class status_code : std::int64_t {
  request_success = 0,  ///< also WEBIM_CONNCTION_USER_NOT_ASSIGN_ERROR
  request_timeout = -1,
  request_unknown = -2,
  request_parameter_error = -3,
  request_abort = -4,
  open_error = 1,
  auth_error = 2,
  server_close_error = 7,
  server_error = 8,
  getroster_error = 12,  ///< token fetch failed
  disconnected = 16,     ///< also "reconnection failed"
  ajax_error = 17,
  appkey_not_assign = 27,
  token_not_assign = 28,
  callback_inner_error = 31,
  client_offline = 32,
  client_logout = 33,
  connection_closed = 39,  ///< not logged in
  connection_error = 40,
  token_expired = 56,
  server_serving_disabled = 57,
  user_login_another_device = 206,  ///< kicked
  user_removed = 207,
  user_already_login = 208,
  user_login_too_many_devices = 214,
  kicked_by_change_password = 216,
  kicked_by_other_device = 217,
  user_device_changed = 220,
  server_get_dnslist_failed = 304,
  status_init = 400,
  status_dologin_usergrid = 401,
  status_dologin_im = 402,
  status_opened = 403,
  status_closing = 404,
  status_closed = 405,
  status_error = 406,
  file_invalid = 407,  ///< reused: 407 means two things
  server_busy = 500,
  message_include_illegal_content = 501,
  message_external_logic_blocked = 502,
  server_unknown_error = 503,
  message_recall_time_limit = 504,
  service_not_enabled = 505,
  service_not_allow_messaging = 506,  ///< not on the allow list
  service_not_allow_messaging_mute = 507,
  message_moderation_blocked = 508,
  message_current_limiting = 509,  ///< rate limited
  message_websocket_disconnected = 510,
  message_size_limit = 511,
  message_send_timeout = 512,
  stream_timeout_513 = 513,
  stream_timeout_514 = 514,
  group_already_joined = 601,
  group_not_joined = 602,
  permission_denied = 603,
  webim_load_msg_error = 604,
  group_not_exist = 605,
  group_members_full = 606,
  group_members_limit = 607,
  group_is_disabled = 608,
  group_member_attributes_set_failed = 609,
  chatroom_not_joined = 702,
  chatroom_members_full = 704,
  chatroom_not_exist = 705,
  unknown = INT64_MIN,
};

/// The SDK's name of a code ("WEBIM_CONNCTION_OPEN_ERROR", with Easemob's spelling); "unknown"
/// for unknown.
constexpr std::string_view to_string(status_code c) noexcept {
  switch (c) {
    case status_code::request_success:
      return "REQUEST_SUCCESS";
    case status_code::request_timeout:
      return "REQUEST_TIMEOUT";
    case status_code::request_unknown:
      return "REQUEST_UNKNOWN";
    case status_code::request_parameter_error:
      return "REQUEST_PARAMETER_ERROR";
    case status_code::request_abort:
      return "REQUEST_ABORT";
    case status_code::open_error:
      return "WEBIM_CONNCTION_OPEN_ERROR";
    case status_code::auth_error:
      return "WEBIM_CONNCTION_AUTH_ERROR";
    case status_code::server_close_error:
      return "WEBIM_CONNCTION_SERVER_CLOSE_ERROR";
    case status_code::server_error:
      return "WEBIM_CONNCTION_SERVER_ERROR";
    case status_code::getroster_error:
      return "WEBIM_CONNCTION_GETROSTER_ERROR";
    case status_code::disconnected:
      return "WEBIM_CONNCTION_DISCONNECTED";
    case status_code::ajax_error:
      return "WEBIM_CONNCTION_AJAX_ERROR";
    case status_code::appkey_not_assign:
      return "APPKEY_NOT_ASSIGN";
    case status_code::token_not_assign:
      return "TOKEN_NOT_ASSIGN";
    case status_code::callback_inner_error:
      return "WEBIM_CONNCTION_CALLBACK_INNER_ERROR";
    case status_code::client_offline:
      return "WEBIM_CONNCTION_CLIENT_OFFLINE";
    case status_code::client_logout:
      return "WEBIM_CONNCTION_CLIENT_LOGOUT";
    case status_code::connection_closed:
      return "WEBIM_CONNECTION_CLOSED";
    case status_code::connection_error:
      return "WEBIM_CONNECTION_ERROR";
    case status_code::token_expired:
      return "WEBIM_TOKEN_EXPIRED";
    case status_code::server_serving_disabled:
      return "WEBIM_SERVER_SERVING_DISABLED";
    case status_code::user_login_another_device:
      return "USER_LOGIN_ANOTHER_DEVICE";
    case status_code::user_removed:
      return "USER_REMOVED";
    case status_code::user_already_login:
      return "USER_ALREADY_LOGIN";
    case status_code::user_login_too_many_devices:
      return "USER_LOGIN_TOO_MANY_DEVICES";
    case status_code::kicked_by_change_password:
      return "KICKED_BY_CHANGE_PASSWORD";
    case status_code::kicked_by_other_device:
      return "KICKED_BY_OTHER_DEVICE";
    case status_code::user_device_changed:
      return "USER_DEVICE_CHANGED";
    case status_code::server_get_dnslist_failed:
      return "SERVER_GET_DNSLIST_FAILED";
    case status_code::status_init:
      return "STATUS_INIT";
    case status_code::status_dologin_usergrid:
      return "STATUS_DOLOGIN_USERGRID";
    case status_code::status_dologin_im:
      return "STATUS_DOLOGIN_IM";
    case status_code::status_opened:
      return "STATUS_OPENED";
    case status_code::status_closing:
      return "STATUS_CLOSING";
    case status_code::status_closed:
      return "STATUS_CLOSED";
    case status_code::status_error:
      return "STATUS_ERROR";
    case status_code::file_invalid:
      return "FILE_INVALID";
    case status_code::server_busy:
      return "SERVER_BUSY";
    case status_code::message_include_illegal_content:
      return "MESSAGE_INCLUDE_ILLEGAL_CONTENT";
    case status_code::message_external_logic_blocked:
      return "MESSAGE_EXTERNAL_LOGIC_BLOCKED";
    case status_code::server_unknown_error:
      return "SERVER_UNKNOWN_ERROR";
    case status_code::message_recall_time_limit:
      return "MESSAGE_RECALL_TIME_LIMIT";
    case status_code::service_not_enabled:
      return "SERVICE_NOT_ENABLED";
    case status_code::service_not_allow_messaging:
      return "SERVICE_NOT_ALLOW_MESSAGING";
    case status_code::service_not_allow_messaging_mute:
      return "SERVICE_NOT_ALLOW_MESSAGING_MUTE";
    case status_code::message_moderation_blocked:
      return "MESSAGE_MODERATION_BLOCKED";
    case status_code::message_current_limiting:
      return "MESSAGE_CURRENT_LIMITING";
    case status_code::message_websocket_disconnected:
      return "MESSAGE_WEBSOCKET_DISCONNECTED";
    case status_code::message_size_limit:
      return "MESSAGE_SIZE_LIMIT";
    case status_code::message_send_timeout:
      return "MESSAGE_SEND_TIMEOUT";
    case status_code::stream_timeout_513:
      return "STREAM_TIMEOUT_513";
    case status_code::stream_timeout_514:
      return "STREAM_TIMEOUT_514";
    case status_code::group_already_joined:
      return "GROUP_ALREADY_JOINED";
    case status_code::group_not_joined:
      return "GROUP_NOT_JOINED";
    case status_code::permission_denied:
      return "PERMISSION_DENIED";
    case status_code::webim_load_msg_error:
      return "WEBIM_LOAD_MSG_ERROR";
    case status_code::group_not_exist:
      return "GROUP_NOT_EXIST";
    case status_code::group_members_full:
      return "GROUP_MEMBERS_FULL";
    case status_code::group_members_limit:
      return "GROUP_MEMBERS_LIMIT";
    case status_code::group_is_disabled:
      return "GROUP_IS_DISABLED";
    case status_code::group_member_attributes_set_failed:
      return "GROUP_MEMBER_ATTRIBUTES_SET_FAILED";
    case status_code::chatroom_not_joined:
      return "CHATROOM_NOT_JOINED";
    case status_code::chatroom_members_full:
      return "CHATROOM_MEMBERS_FULL";
    case status_code::chatroom_not_exist:
      return "CHATROOM_NOT_EXIST";
    case status_code::unknown:
      break;
  }
  return "unknown";
}

/// The listed code with this value, or status_code::unknown (the integer itself is what an
/// object keeps).
constexpr status_code status_code_of(std::int64_t v) noexcept {
  if (v == static_cast<std::int64_t>(status_code::unknown)) return status_code::unknown;
  const auto c = static_cast<status_code>(v);
  return to_string(c) == "unknown" ? status_code::unknown : c;
}

/// 500–514: a message could not be sent (the pending message failed).
constexpr bool is_send_error(std::int64_t v) noexcept { return v >= 500 && v <= 514; }

/// 601–609 and 702–705: group and chat-room errors.
constexpr bool is_group_or_room_error(std::int64_t v) noexcept {
  return (v >= 601 && v <= 609) || (v >= 702 && v <= 705);
}

// ---- the error object ---------------------------------------------------

/// What onError, onDisconnected and a rejected send report: {type: <status code>, message,
/// data?}. `type` is any integer, kept.
struct error_event {
  std::int64_t type = 0;
  std::optional<std::string> message;
  std::optional<raw_json> data;
  extras unknown;

  status_code code() const noexcept { return status_code_of(type); }
};
constexpr auto wxim_schema(schema::tag<error_event>) {
  using namespace schema;
  using T = error_event;
  return object<T>(field("type", &T::type), field("message", &T::message), field("data", &T::data))
      .keep_unknown(&T::unknown);
}
using wxim::adl::operator==;
using wxim::adl::operator!=;

// ---- connection defaults ------------------------------------------------

/// Defaults of a fresh connection (its options).
inline constexpr bool default_is_http_dns = true;                           ///< `isHttpDNS`
inline constexpr std::chrono::milliseconds default_heart_beat_wait{30000};  ///< `heartBeatWait`
inline constexpr int default_auto_reconnect_num_max = 5;                    ///< `autoReconnectNumMax`
inline constexpr bool default_delivery = false;                             ///< `delivery`: send delivery receipts
inline constexpr bool default_https_in_mini_program = true;                 ///< `https`
inline constexpr std::string_view default_device_id = "webim";              ///< `deviceId`
inline constexpr bool default_is_fixed_device_id = true;                    ///< `isFixedDeviceId`

/// The domain of an Easemob JID.
inline constexpr std::string_view jid_domain = "easemob.com";

// ---- reconnect ----------------------------------------------------------

/// A reconnect delay is drawn at random between `min` and `max` (inclusive).
struct delay_range {
  std::chrono::milliseconds min{0};
  std::chrono::milliseconds max{0};

  friend constexpr bool operator==(const delay_range& a, const delay_range& b) {
    return a.min == b.min && a.max == b.max;
  }
  friend constexpr bool operator!=(const delay_range& a, const delay_range& b) { return !(a == b); }
};

/// Attempts 1–5 wait 1–2 s.
inline constexpr delay_range reconnect_delay_early{std::chrono::milliseconds{1000}, std::chrono::milliseconds{2000}};
/// Attempts 6–19 wait 3–6 s.
inline constexpr delay_range reconnect_delay_middle{std::chrono::milliseconds{3000}, std::chrono::milliseconds{6000}};
/// Later attempts wait 5–10 s.
inline constexpr delay_range reconnect_delay_late{std::chrono::milliseconds{5000}, std::chrono::milliseconds{10000}};

/// The range the delay before reconnect attempt `attempt` (1-based) is drawn from; {0, 0}
/// for an attempt below 1. wxim draws nothing itself: pick within the range with your own
/// random source.
constexpr delay_range reconnect_delay(int attempt) noexcept {
  if (attempt < 1) return {};
  if (attempt <= 5) return reconnect_delay_early;
  if (attempt <= 19) return reconnect_delay_middle;
  return reconnect_delay_late;
}

/// True once `attempts_made` reconnect attempts have used up `max_attempts`: the SDK then
/// fires onError({type: 16}) and onDisconnected({type: 16, message: "reconnection failed"}).
constexpr bool reconnect_exhausted(int attempts_made, int max_attempts = default_auto_reconnect_num_max) noexcept {
  return attempts_made >= max_attempts;
}

/// The `message` of the onDisconnected error when the attempts run out.
inline constexpr std::string_view reconnection_failed_message = "reconnection failed";

/// The error objects the SDK fires when the attempts run out: first onError, then
/// onDisconnected.
inline error_event reconnect_failed_error() {
  error_event e;
  e.type = static_cast<std::int64_t>(status_code::disconnected);
  return e;
}
inline error_event reconnect_failed_disconnect() {
  error_event e;
  e.type = static_cast<std::int64_t>(status_code::disconnected);
  e.message = std::string(reconnection_failed_message);
  return e;
}

}  // namespace easemob
WXIM_END_NAMESPACE
