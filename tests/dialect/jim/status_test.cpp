// SPDX-License-Identifier: MIT
#include "wxim/dialect/jim/status.hpp"

#include <catch2/catch.hpp>

#include "wxim/codec/decode.hpp"

using namespace wxim;
using namespace wxim::jim;

TEST_CASE("every 2.x status has its description and text", "[jim]") {
  for (std::int32_t n = first_status; n <= last_status; ++n) {
    const auto s = static_cast<status>(n);
    INFO(n);
    CHECK(is_known(s));
    CHECK_FALSE(status_description(s).empty());
    CHECK_FALSE(status_text(s).empty());
    CHECK(to_string(s) != "unknown");
  }
  CHECK_FALSE(is_known(static_cast<status>(10022)));  // t-im's "message storage not enabled"
  CHECK(status_description(static_cast<status>(10022)).empty());
  CHECK(to_string(static_cast<status>(9999)) == "unknown");
}

TEST_CASE("msg is built as 2.3+ writes it, or as 1.0-2.0 did", "[jim]") {
  CHECK(status_msg(status::history_messages_ok) == "get user message ok! 获取历史消息成功!");
  CHECK(status_msg(status::history_messages_ok, msg_style::text_only) == "获取历史消息成功!");
  CHECK(status_msg(status::unknown_cmd) == "cmd failed! 未知的cmd命令!");
  CHECK(status_msg(status::login_ok) == "ok 登录成功!");
  CHECK(status_msg(status::login_failed) == "login failed ! 登录失败!");
  CHECK(status_msg(status::send_ok) == "ok 发送成功");
  CHECK(status_msg(status::offline) == "offline 用户不在线");
  CHECK(status_msg(status::close_ok) == "close ok! 关闭成功");
  CHECK(status_msg(status::invalid_verification) == "Invalid verification! 不合法校验");
  CHECK(status_msg(status::protocol_version_mismatch) == "Protocol version number does not match 协议版本号不匹配!");
  CHECK(status_msg(status::unsupported_cmd) == "unsupported cmd command 不支持的cmd命令!");
  CHECK(status_msg(status::online) == "online 用户在线");
  CHECK(status_text(status::send_failed) ==
        "消息发送失败,数据格式不正确,请参考:{'from':来源ID,'to':目标ID,'cmd':'消息命令码','createTime':消息创建时间("
        "Long型),"
        "'msgType':Integer消息类型,'content':内容}");
  // 1.0's wording differs for 10005 and 10006 only.
  CHECK(status_text(status::get_online_users_ok) == "获取所有在线用户信息成功!");
  CHECK(status_text_1_0(status::get_online_users_ok) == "获取在线用户信息成功!");
  CHECK(status_text_1_0(status::get_offline_users_ok) == "获取所有用户信息成功!");
  CHECK(status_text_1_0(status::login_ok) == status_text(status::login_ok));
}

TEST_CASE("which codes answer which command", "[jim]") {
  CHECK(is_reply_status(command::none, status::unknown_cmd));
  CHECK(is_reply_status(command::chat_resp, status::send_ok));
  CHECK(is_reply_status(command::chat_resp, status::offline));
  CHECK(is_reply_status(command::chat_resp, status::send_failed));
  CHECK_FALSE(is_reply_status(command::chat_resp, status::get_user_ok));
  for (auto s :
       {status::get_user_ok, status::get_user_failed, status::get_online_users_ok, status::get_offline_users_ok})
    CHECK(is_reply_status(command::get_user_resp, s));
  CHECK(is_reply_status(command::login_resp, status::login_failed));
  CHECK(is_reply_status(command::auth_resp, status::auth_failed));
  CHECK(is_reply_status(command::join_group_resp, status::join_group_failed));
  CHECK(is_reply_status(command::get_message_resp, status::offline_messages_ok));
  CHECK_FALSE(is_reply_status(command::get_message_resp, static_cast<status>(10022)));
  CHECK(is_reply_status(command::close_req, status::close_ok));
  // Never in a JSON frame.
  for (std::int32_t c = 0; c <= max_command; ++c)
    for (auto s : {status::protocol_version_mismatch, status::unsupported_cmd, status::online})
      CHECK_FALSE(is_reply_status(to_command(c), s));
  // Every code that travels as JSON answers exactly one command.
  for (std::int32_t n = first_status; n <= last_status; ++n) {
    int commands = 0;
    for (std::int32_t c = 0; c <= max_command; ++c) commands += is_reply_status(to_command(c), static_cast<status>(n));
    INFO(n);
    CHECK(commands == (n == 10013 || n == 10014 || n == 10019 ? 0 : 1));
  }
}

TEST_CASE("the status codec keeps any int32", "[jim]") {
  CHECK(*decode<status>("10018") == status::history_messages_ok);
  CHECK(to_number(*decode<status>("10022")) == 10022);
  CHECK(encode(static_cast<status>(10022)) == "10022");
  CHECK(decode<status>("\"10000\"").error().code == errc::type_mismatch);
  decode_options lax;
  lax.lenient = leniency::numeric_strings;
  CHECK(*decode<status>("\"10000\"", lax) == status::send_ok);
  CHECK(decode<status>("4294967296").error().code == errc::number_out_of_range);
}
