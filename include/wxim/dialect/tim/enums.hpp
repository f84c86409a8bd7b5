// SPDX-License-Identifier: MIT
// wxim/dialect/tim/enums.hpp: TIM's other enumerations: group types, member roles, genders,
// notification settings, conversation marks, group tip and system notice operations, user
// status, read-all scopes and the SDK error codes a model needs.
//
// The string enumerations a conversation carries (group type, role, gender, remind type) are
// closed and decode strictly (errc::invalid_value otherwise). The operation numbers of group tips
// and system notices are open: the SDK's own lists disagree between versions, so any number is
// kept and the enum names the ones the spec lists (`unknown` for the rest).
#pragma once

#include <cstdint>
#include <string_view>

#include "wxim/dialect/tim/values.hpp"
#include "wxim/version.hpp"  // WXIM_BEGIN_NAMESPACE

WXIM_BEGIN_NAMESPACE
namespace tim {

/// A group's `type` (TIM.TYPES.GRP_…), and a group conversation's `subType`. "Private" is also
/// called the work group and "ChatRoom" the meeting group; "Room" and "Live" are v3 only.
/// `unset` is "", what the SDK leaves in a one-to-one conversation's `subType`.
enum class group_type { private_group, public_group, chat_room, av_chat_room, community, room, live, unset, unknown };

constexpr std::string_view to_string(group_type t) noexcept {
  switch (t) {
    case group_type::private_group:
      return "Private";
    case group_type::public_group:
      return "Public";
    case group_type::chat_room:
      return "ChatRoom";
    case group_type::av_chat_room:
      return "AVChatRoom";
    case group_type::community:
      return "Community";
    case group_type::room:
      return "Room";
    case group_type::live:
      return "Live";
    case group_type::unset:
      return "";
    case group_type::unknown:
      break;
  }
  return "unknown";
}
constexpr group_type parse_group_type(std::string_view s) noexcept {
  for (int i = 0; i < static_cast<int>(group_type::unknown); ++i)
    if (to_string(static_cast<group_type>(i)) == s) return static_cast<group_type>(i);
  return group_type::unknown;
}

/// A group member's `role`; `unset` is "", what a Group's `selfInfo` holds until its profile
/// loads.
enum class member_role { owner, admin, member, custom, unset, unknown };

constexpr std::string_view to_string(member_role r) noexcept {
  switch (r) {
    case member_role::owner:
      return "Owner";
    case member_role::admin:
      return "Admin";
    case member_role::member:
      return "Member";
    case member_role::custom:
      return "Custom";
    case member_role::unset:
      return "";
    case member_role::unknown:
      break;
  }
  return "unknown";
}
constexpr member_role parse_member_role(std::string_view s) noexcept {
  for (int i = 0; i < static_cast<int>(member_role::unknown); ++i)
    if (to_string(static_cast<member_role>(i)) == s) return static_cast<member_role>(i);
  return member_role::unknown;
}

/// A profile's `gender`. `unspecified` is Gender_Type_Unknown (the user said nothing); `unset`
/// is "", an unset profile.
enum class gender { unspecified, female, male, unset, unknown };

constexpr std::string_view to_string(gender g) noexcept {
  switch (g) {
    case gender::unspecified:
      return "Gender_Type_Unknown";
    case gender::female:
      return "Gender_Type_Female";
    case gender::male:
      return "Gender_Type_Male";
    case gender::unset:
      return "";
    case gender::unknown:
      break;
  }
  return "unknown";
}
constexpr gender parse_gender(std::string_view s) noexcept {
  for (int i = 0; i < static_cast<int>(gender::unknown); ++i)
    if (to_string(static_cast<gender>(i)) == s) return static_cast<gender>(i);
  return gender::unknown;
}

/// A conversation's (or group member's) `messageRemindType`; `unset` is "". The last two are v3.
enum class remind_type {
  accept_and_notify,
  accept_not_notify,
  discard,
  unset,
  accept_not_notify_except_at,
  not_receive_msg_except_at,
  unknown
};

constexpr std::string_view to_string(remind_type t) noexcept {
  switch (t) {
    case remind_type::accept_and_notify:
      return "AcceptAndNotify";
    case remind_type::accept_not_notify:
      return "AcceptNotNotify";
    case remind_type::discard:
      return "Discard";
    case remind_type::unset:
      return "";
    case remind_type::accept_not_notify_except_at:
      return "AcceptNotNotifyExceptAt";
    case remind_type::not_receive_msg_except_at:
      return "NotReceiveMsgExceptAt";
    case remind_type::unknown:
      break;
  }
  return "unknown";
}
constexpr remind_type parse_remind_type(std::string_view s) noexcept {
  for (int i = 0; i < static_cast<int>(remind_type::unknown); ++i)
    if (to_string(static_cast<remind_type>(i)) == s) return static_cast<remind_type>(i);
  return remind_type::unknown;
}

/// Bits of a conversation's `markList` entries, at their runtime values (the 2.x type
/// declarations wrongly say FOLD 3 and HIDE 4). Apps may add marks of their own above these.
inline constexpr std::int64_t mark_star = 1;
inline constexpr std::int64_t mark_unread = 2;
inline constexpr std::int64_t mark_fold = 4;
inline constexpr std::int64_t mark_hide = 8;

/// A group tip's `operationType` (TIM.TYPES.GRP_TIP_…). 8 is handled by the SDK but unnamed.
enum class group_tip_operation : std::int64_t {
  unknown = 0,
  member_join = 1,
  member_quit = 2,
  member_kicked_out = 3,
  set_admin = 4,
  cancel_admin = 5,
  group_profile_updated = 6,
  member_profile_updated = 7,
  topic_profile_updated = 8,
  live_member_muted = 10,
  live_member_unmuted = 11,
};

constexpr group_tip_operation to_group_tip_operation(std::int64_t n) noexcept {
  return (n >= 1 && n <= 8) || n == 10 || n == 11 ? static_cast<group_tip_operation>(n) : group_tip_operation::unknown;
}

/// A group system notice's `operationType`. Custom notices are 255 in the web documentation and
/// 16 in the C API: both name `custom`, and the number itself is what the payload keeps. 15 is a
/// read-report sync that the SDK filters out.
enum class group_system_notice_type : std::int64_t {
  unknown = 0,
  join_request = 1,
  join_accepted = 2,
  join_refused = 3,
  kicked_out = 4,
  group_dismissed = 5,
  group_created = 6,
  invited = 7,
  quit = 8,
  set_admin = 9,
  cancel_admin = 10,
  group_recycled = 11,
  invite_request = 12,
  invite_accepted = 13,
  invite_refused = 14,
  read_report_sync = 15,
  custom = 255,
};

constexpr group_system_notice_type to_group_system_notice_type(std::int64_t n) noexcept {
  if (n == 16 || n == 255) return group_system_notice_type::custom;
  return n >= 1 && n <= 15 ? static_cast<group_system_notice_type>(n) : group_system_notice_type::unknown;
}

/// A user's online status (getUserStatus).
enum class user_status : std::int64_t { unknown = 0, online = 1, offline = 2, not_logged_in = 3 };

constexpr user_status to_user_status(std::int64_t n) noexcept {
  return n >= 1 && n <= 3 ? static_cast<user_status>(n) : user_status::unknown;
}

/// setAllMessageRead's scope.
enum class read_all_scope { c2c, group, all, unknown };

constexpr std::string_view to_string(read_all_scope s) noexcept {
  switch (s) {
    case read_all_scope::c2c:
      return "readAllC2CMessage";
    case read_all_scope::group:
      return "readAllGroupMessage";
    case read_all_scope::all:
      return "readAllMessage";
    case read_all_scope::unknown:
      break;
  }
  return "unknown";
}
constexpr read_all_scope parse_read_all_scope(std::string_view s) noexcept {
  for (int i = 0; i < static_cast<int>(read_all_scope::unknown); ++i)
    if (to_string(static_cast<read_all_scope>(i)) == s) return static_cast<read_all_scope>(i);
  return read_all_scope::unknown;
}

/// SDK error codes a model needs. 2024 is what every authenticated API, create…Message
/// included, returns before SDK_READY.
enum class sdk_error : std::int64_t {
  unknown = 0,
  no_sdk_app_id = 2000,
  no_identifier = 2002,
  no_user_sig = 2003,
  not_logged_in = 2024,
  repeated_login = 2025,
};

constexpr sdk_error to_sdk_error(std::int64_t code) noexcept {
  switch (code) {
    case 2000:
    case 2002:
    case 2003:
    case 2024:
    case 2025:
      return static_cast<sdk_error>(code);
    default:
      return sdk_error::unknown;
  }
}

}  // namespace tim
WXIM_END_NAMESPACE

WXIM_BEGIN_NAMESPACE

WXIM_TIM_STRING_ENUM_CODEC(tim::group_type, tim::parse_group_type, "a group type",
                           "\"Private\", \"Public\", \"ChatRoom\", \"AVChatRoom\", \"Community\", \"Room\", "
                           "\"Live\", \"\"");
WXIM_TIM_STRING_ENUM_CODEC(tim::member_role, tim::parse_member_role, "a member role",
                           "\"Owner\", \"Admin\", \"Member\", \"Custom\", \"\"");
WXIM_TIM_STRING_ENUM_CODEC(tim::gender, tim::parse_gender, "a gender",
                           "\"Gender_Type_Unknown\", \"Gender_Type_Female\", \"Gender_Type_Male\", \"\"");
WXIM_TIM_STRING_ENUM_CODEC(tim::remind_type, tim::parse_remind_type, "a message remind type",
                           "\"AcceptAndNotify\", \"AcceptNotNotify\", \"Discard\", \"AcceptNotNotifyExceptAt\", "
                           "\"NotReceiveMsgExceptAt\", \"\"");

WXIM_END_NAMESPACE
