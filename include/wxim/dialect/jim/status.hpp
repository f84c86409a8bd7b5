// SPDX-License-Identifier: MIT
// wxim/dialect/jim/status.hpp: J-IM status codes 10000–10021 and their texts.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "wxim/codec/codec.hpp"
#include "wxim/dialect/jim/command.hpp"
#include "wxim/version.hpp"  // WXIM_BEGIN_NAMESPACE

WXIM_BEGIN_NAMESPACE
namespace jim {

/// The `code` of a server reply. The enum holds any int32: a code a fork
/// adds (t-im's 10022) decodes and round-trips, and is_known() says false;
/// the frame rules (validate.hpp) accept only the codes each command uses.
enum class status : std::int32_t {
  send_ok = 10000,                    ///< chat sent (12)
  offline = 10001,                    ///< private-chat target offline (12)
  send_failed = 10002,                ///< chat body malformed, chatType missing (12)
  get_user_ok = 10003,                ///< get user, type 2 "all" (18)
  get_user_failed = 10004,            ///< get user: no id or unknown user (18)
  get_online_users_ok = 10005,        ///< get user, type 0 (18)
  get_offline_users_ok = 10006,       ///< get user, type 1 (18)
  login_ok = 10007,                   ///< (6)
  login_failed = 10008,               ///< (6), then the server closes the connection
  auth_ok = 10009,                    ///< (4)
  auth_failed = 10010,                ///< (4), only for a null body
  join_group_ok = 10011,              ///< (8)
  join_group_failed = 10012,          ///< (8)
  protocol_version_mismatch = 10013,  ///< TCP version byte not 1: no JSON is sent, the connection closes
  unsupported_cmd = 10014,            ///< TCP cmd byte unknown: no JSON is sent, the connection closes
  get_message_failed = 10015,         ///< (20)
  offline_messages_ok = 10016,        ///< (20), get-message type 0
  unknown_cmd = 10017,                ///< anything the dispatcher cannot route; `command` is 0
  history_messages_ok = 10018,        ///< (20), get-message type 1
  online = 10019,                     ///< HTTP API only
  invalid_verification = 10020,       ///< close body unparseable (14); bad HTTP API parameters
  close_ok = 10021,                   ///< (14)
};

inline constexpr std::int32_t first_status = 10000;
inline constexpr std::int32_t last_status = 10021;

constexpr std::int32_t to_number(status s) noexcept { return static_cast<std::int32_t>(s); }
constexpr bool is_known(status s) noexcept { return to_number(s) >= first_status && to_number(s) <= last_status; }

/// The English part of `msg` (J-IM's "description"): "ok", "offline", ...;
/// "" for a code 2.x does not define.
constexpr std::string_view status_description(status s) noexcept {
  switch (s) {
    case status::send_ok:
      return "ok";
    case status::offline:
      return "offline";
    case status::send_failed:
      return "send failed";
    case status::get_user_ok:
      return "ok";
    case status::get_user_failed:
      return "get user failed !";
    case status::get_online_users_ok:
      return "ok";
    case status::get_offline_users_ok:
      return "ok";
    case status::login_ok:
      return "ok";
    case status::login_failed:
      return "login failed !";
    case status::auth_ok:
      return "ok";
    case status::auth_failed:
      return "auth failed!";
    case status::join_group_ok:
      return "join group ok!";
    case status::join_group_failed:
      return "join group failed!";
    case status::protocol_version_mismatch:
      return "Protocol version number does not match";
    case status::unsupported_cmd:
      return "unsupported cmd command";
    case status::get_message_failed:
      return "get user message failed!";
    case status::offline_messages_ok:
      return "get user message ok!";
    case status::unknown_cmd:
      return "cmd failed!";
    case status::history_messages_ok:
      return "get user message ok!";
    case status::online:
      return "online";
    case status::invalid_verification:
      return "Invalid verification!";
    case status::close_ok:
      return "close ok!";
  }
  return "";
}

/// The Chinese text, as 2.x writes it; "" for a code 2.x does not define.
constexpr std::string_view status_text(status s) noexcept {
  switch (s) {
    case status::send_ok:
      return "发送成功";
    case status::offline:
      return "用户不在线";
    case status::send_failed:
      return "消息发送失败,数据格式不正确,请参考:{'from':来源ID,'to':目标ID,'cmd':'消息命令码','createTime':"
             "消息创建时间(Long型),'msgType':Integer消息类型,'content':内容}";
    case status::get_user_ok:
      return "获取用户信息成功!";
    case status::get_user_failed:
      return "获取用户信息失败!";
    case status::get_online_users_ok:
      return "获取所有在线用户信息成功!";
    case status::get_offline_users_ok:
      return "获取所有离线用户信息成功!";
    case status::login_ok:
      return "登录成功!";
    case status::login_failed:
      return "登录失败!";
    case status::auth_ok:
      return "鉴权成功!";
    case status::auth_failed:
      return "鉴权失败!";
    case status::join_group_ok:
      return "加入群组成功!";
    case status::join_group_failed:
      return "加入群组失败!";
    case status::protocol_version_mismatch:
      return "协议版本号不匹配!";
    case status::unsupported_cmd:
      return "不支持的cmd命令!";
    case status::get_message_failed:
      return "获取用户消息失败!";
    case status::offline_messages_ok:
      return "获取离线消息成功!";
    case status::unknown_cmd:
      return "未知的cmd命令!";
    case status::history_messages_ok:
      return "获取历史消息成功!";
    case status::online:
      return "用户在线";
    case status::invalid_verification:
      return "不合法校验";
    case status::close_ok:
      return "关闭成功";
  }
  return "";
}

/// The Chinese text as J-IM 1.0 wrote it: differs from status_text() for
/// 10005 (获取在线用户信息成功!) and 10006 (获取所有用户信息成功!) only.
constexpr std::string_view status_text_1_0(status s) noexcept {
  switch (s) {
    case status::get_online_users_ok:
      return "获取在线用户信息成功!";
    case status::get_offline_users_ok:
      return "获取所有用户信息成功!";
    default:
      return status_text(s);
  }
}

/// How `msg` is built from a status.
enum class msg_style {
  description_and_text,  ///< 2.3 and later (the default wire): "get user message ok! 获取历史消息成功!"
  text_only,             ///< 1.0 – 2.0.x: "获取历史消息成功!"
};

/// The `msg` a server writes with `s`.
inline std::string status_msg(status s, msg_style style = msg_style::description_and_text) {
  std::string m;
  if (style == msg_style::description_and_text) {
    m = status_description(s);
    m += ' ';
  }
  m += status_text(s);
  return m;
}

/// A short snake_case name for logs and docs: "send_ok", ..., "unknown".
constexpr std::string_view to_string(status s) noexcept {
  switch (s) {
    case status::send_ok:
      return "send_ok";
    case status::offline:
      return "offline";
    case status::send_failed:
      return "send_failed";
    case status::get_user_ok:
      return "get_user_ok";
    case status::get_user_failed:
      return "get_user_failed";
    case status::get_online_users_ok:
      return "get_online_users_ok";
    case status::get_offline_users_ok:
      return "get_offline_users_ok";
    case status::login_ok:
      return "login_ok";
    case status::login_failed:
      return "login_failed";
    case status::auth_ok:
      return "auth_ok";
    case status::auth_failed:
      return "auth_failed";
    case status::join_group_ok:
      return "join_group_ok";
    case status::join_group_failed:
      return "join_group_failed";
    case status::protocol_version_mismatch:
      return "protocol_version_mismatch";
    case status::unsupported_cmd:
      return "unsupported_cmd";
    case status::get_message_failed:
      return "get_message_failed";
    case status::offline_messages_ok:
      return "offline_messages_ok";
    case status::unknown_cmd:
      return "unknown_cmd";
    case status::history_messages_ok:
      return "history_messages_ok";
    case status::online:
      return "online";
    case status::invalid_verification:
      return "invalid_verification";
    case status::close_ok:
      return "close_ok";
  }
  return "unknown";
}

/// True when a 2.x server replies to `c` with code `s` (12: 10000–10002;
/// 18: 10003–10006; 6: 10007/10008; 4: 10009/10010; 8: 10011/10012;
/// 20: 10015/10016/10018; 0: 10017; 14: 10020/10021). 10013, 10014 and
/// 10019 never travel in a WebSocket JSON frame.
constexpr bool is_reply_status(command c, status s) noexcept {
  const std::int32_t n = to_number(s);
  switch (c) {
    case command::none:
      return s == status::unknown_cmd;
    case command::auth_resp:
      return s == status::auth_ok || s == status::auth_failed;
    case command::login_resp:
      return s == status::login_ok || s == status::login_failed;
    case command::join_group_resp:
      return s == status::join_group_ok || s == status::join_group_failed;
    case command::chat_resp:
      return n >= 10000 && n <= 10002;
    case command::close_req:
      return s == status::invalid_verification || s == status::close_ok;
    case command::get_user_resp:
      return n >= 10003 && n <= 10006;
    case command::get_message_resp:
      return s == status::get_message_failed || s == status::offline_messages_ok || s == status::history_messages_ok;
    default:
      return false;
  }
}

}  // namespace jim
WXIM_END_NAMESPACE

WXIM_BEGIN_NAMESPACE

/// A status is an int32 on the wire (a string of digits under
/// leniency::numeric_strings); any int32 is kept.
template <>
struct codec<jim::status> {
  static bool read(reader& r, jim::status& out) {
    std::int32_t n = 0;
    if (!codec<std::int32_t>::read(r, n)) return false;
    out = static_cast<jim::status>(n);
    return true;
  }
  static void write(writer& w, jim::status s) { w.integer(jim::to_number(s)); }
};

WXIM_END_NAMESPACE
