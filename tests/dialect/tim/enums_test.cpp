// SPDX-License-Identifier: MIT
#include "wxim/dialect/tim/enums.hpp"

#include <catch2/catch.hpp>

#include "wxim/codec/decode.hpp"

using namespace wxim;
using namespace wxim::tim;

TEST_CASE("group types, roles, genders and remind types round-trip their spellings", "[tim]") {
  for (int i = 0; i < static_cast<int>(group_type::unknown); ++i)
    CHECK(parse_group_type(to_string(static_cast<group_type>(i))) == static_cast<group_type>(i));
  CHECK(to_string(group_type::private_group) == "Private");
  CHECK(to_string(group_type::av_chat_room) == "AVChatRoom");
  CHECK(parse_group_type("") == group_type::unset);
  CHECK(parse_group_type("Meeting") == group_type::unknown);
  CHECK(parse_member_role("Owner") == member_role::owner);
  CHECK(parse_member_role("owner") == member_role::unknown);
  CHECK(to_string(gender::unspecified) == "Gender_Type_Unknown");
  CHECK(parse_gender("") == gender::unset);
  CHECK(parse_remind_type("AcceptNotNotifyExceptAt") == remind_type::accept_not_notify_except_at);
  CHECK(parse_remind_type("") == remind_type::unset);
  CHECK(parse_read_all_scope("readAllC2CMessage") == read_all_scope::c2c);
  CHECK(to_string(read_all_scope::all) == "readAllMessage");
}

TEST_CASE("the string enums decode strictly", "[tim]") {
  CHECK(*decode<group_type>(R"("Community")") == group_type::community);
  CHECK(decode<group_type>(R"("Work")").error().code == errc::invalid_value);
  CHECK(*decode<member_role>(R"("Custom")") == member_role::custom);
  CHECK(decode<gender>(R"("F")").error().code == errc::invalid_value);
  CHECK(encode(remind_type::unset) == R"("")");
}

TEST_CASE("operation numbers are open, named where the spec names them", "[tim]") {
  CHECK(to_group_tip_operation(1) == group_tip_operation::member_join);
  CHECK(to_group_tip_operation(8) == group_tip_operation::topic_profile_updated);
  CHECK(to_group_tip_operation(9) == group_tip_operation::unknown);
  CHECK(to_group_tip_operation(11) == group_tip_operation::live_member_unmuted);
  CHECK(to_group_system_notice_type(255) == group_system_notice_type::custom);
  CHECK(to_group_system_notice_type(16) == group_system_notice_type::custom);
  CHECK(to_group_system_notice_type(15) == group_system_notice_type::read_report_sync);
  CHECK(to_group_system_notice_type(17) == group_system_notice_type::unknown);
}

TEST_CASE("marks at their runtime values, user status, SDK errors", "[tim]") {
  CHECK(mark_star == 1);
  CHECK(mark_unread == 2);
  CHECK(mark_fold == 4);
  CHECK(mark_hide == 8);
  CHECK(to_user_status(1) == user_status::online);
  CHECK(to_user_status(9) == user_status::unknown);
  CHECK(to_sdk_error(2024) == sdk_error::not_logged_in);
  CHECK(to_sdk_error(2025) == sdk_error::repeated_login);
  CHECK(to_sdk_error(2001) == sdk_error::unknown);
}
