// SPDX-License-Identifier: MIT
// wxim/dialect/tim/events.hpp: TIM events ({name, data}), kicked-out reasons, network states.
//
// An event handler receives {name, data}. `data` is shaped by `name` (read first, wherever it is
// in the object): messages for the message events, conversations for the conversation list,
// a number for the unread total, {type} for KICKED_OUT, {state} for NET_STATE_CHANGE,
// {code, message} for ERROR, {SDKAppID} for SDK_DESTROY, and raw JSON for the others. The SDK
// leaves `data` out for SDK_READY and SDK_NOT_READY. Names, kicked-out reasons and network
// states are closed: an unknown one is errc::invalid_value.
#pragma once

#include <cstddef>
#include <cstdint>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <variant>
#include <vector>

#include "wxim/codec/codec.hpp"
#include "wxim/dialect/tim/conversation.hpp"
#include "wxim/dialect/tim/message.hpp"
#include "wxim/dialect/tim/payloads.hpp"
#include "wxim/dialect/tim/values.hpp"
#include "wxim/schema/equal.hpp"
#include "wxim/schema/field.hpp"
#include "wxim/schema/raw_json.hpp"
#include "wxim/version.hpp"  // WXIM_BEGIN_NAMESPACE

WXIM_BEGIN_NAMESPACE
namespace tim {

/// TIM.EVENT.…: the `name` of an event, in the spec's order; the last eight are v3 only and
/// sdk_reload and group_system_notice_received 2.x only.
enum class event_name {
  sdk_ready,
  sdk_not_ready,
  sdk_destroy,
  sdk_reload,
  message_received,
  message_modified,
  message_revoked,
  message_read_by_peer,
  message_read_receipt_received,
  message_extensions_updated,
  message_extensions_deleted,
  conversation_list_updated,
  total_unread_message_count_updated,
  conversation_group_list_updated,
  conversation_in_group_updated,
  group_list_updated,
  group_system_notice_received,
  group_attributes_updated,
  group_counter_updated,
  topic_created,
  topic_deleted,
  topic_updated,
  profile_updated,
  user_status_updated,
  blacklist_updated,
  friend_list_updated,
  friend_group_list_updated,
  friend_application_list_updated,
  kicked_out,
  error,
  net_state_change,
  room_custom_data_received,
  message_reactions_updated,
  my_followers_list_updated,
  my_following_list_updated,
  mutual_followers_list_updated,
  all_receive_message_opt_updated,
  server_config_updated,
  pinned_group_message_updated,
  unknown,
};

namespace detail {
inline constexpr std::string_view event_names[] = {
    "sdkStateReady",
    "sdkStateNotReady",
    "sdkDestroy",
    "sdkReload",
    "onMessageReceived",
    "onMessageModified",
    "onMessageRevoked",
    "onMessageReadByPeer",
    "onMessageReadReceiptReceived",
    "onMessageExtensionsUpdated",
    "onMessageExtensionsDeleted",
    "onConversationListUpdated",
    "onTotalUnreadMessageCountUpdated",
    "onConversationGroupListUpdated",
    "onConversationInGroupUpdated",
    "onGroupListUpdated",
    "receiveGroupSystemNotice",
    "groupAttributesUpdated",
    "onGroupCounterUpdated",
    "onTopicCreated",
    "onTopicDeleted",
    "onTopicUpdated",
    "onProfileUpdated",
    "onUserStatusUpdated",
    "blacklistUpdated",
    "onFriendListUpdated",
    "onFriendGroupListUpdated",
    "onFriendApplicationListUpdated",
    "kickedOut",
    "error",
    "netStateChange",
    "onRoomCustomDataReceived",
    "onMessageReactionsUpdated",
    "onMyFollowersListUpdated",
    "onMyFollowingListUpdated",
    "onMutualFollowersListUpdated",
    "onAllReceiveMessageOptUpdated",
    "onServerConfigUpdated",
    "onPinnedGroupMessageUpdated",
};
static_assert(std::size(event_names) == static_cast<std::size_t>(event_name::unknown));
}  // namespace detail

/// The event's `name` as the SDK spells it ("onMessageReceived"); "unknown" for unknown.
constexpr std::string_view to_string(event_name n) noexcept {
  return n == event_name::unknown ? "unknown" : detail::event_names[static_cast<std::size_t>(n)];
}
constexpr event_name parse_event_name(std::string_view s) noexcept {
  for (std::size_t i = 0; i < std::size(detail::event_names); ++i)
    if (detail::event_names[i] == s) return static_cast<event_name>(i);
  return event_name::unknown;
}

/// KICKED_OUT's `data.type`.
enum class kicked_out_reason { multiple_account, multiple_device, user_sig_expired, rest_api_kick, unknown };

constexpr std::string_view to_string(kicked_out_reason r) noexcept {
  switch (r) {
    case kicked_out_reason::multiple_account:
      return "multipleAccount";
    case kicked_out_reason::multiple_device:
      return "multipleDevice";
    case kicked_out_reason::user_sig_expired:
      return "userSigExpired";
    case kicked_out_reason::rest_api_kick:
      return "REST_API_Kick";
    case kicked_out_reason::unknown:
      break;
  }
  return "unknown";
}
constexpr kicked_out_reason parse_kicked_out_reason(std::string_view s) noexcept {
  for (int i = 0; i < static_cast<int>(kicked_out_reason::unknown); ++i)
    if (to_string(static_cast<kicked_out_reason>(i)) == s) return static_cast<kicked_out_reason>(i);
  return kicked_out_reason::unknown;
}

/// NET_STATE_CHANGE's `data.state`.
enum class net_state { connected, connecting, disconnected, unknown };

constexpr std::string_view to_string(net_state s) noexcept {
  switch (s) {
    case net_state::connected:
      return "connected";
    case net_state::connecting:
      return "connecting";
    case net_state::disconnected:
      return "disconnected";
    case net_state::unknown:
      break;
  }
  return "unknown";
}
constexpr net_state parse_net_state(std::string_view s) noexcept {
  for (int i = 0; i < static_cast<int>(net_state::unknown); ++i)
    if (to_string(static_cast<net_state>(i)) == s) return static_cast<net_state>(i);
  return net_state::unknown;
}

}  // namespace tim
WXIM_END_NAMESPACE

WXIM_BEGIN_NAMESPACE
WXIM_TIM_STRING_ENUM_CODEC(tim::event_name, tim::parse_event_name, "a TIM event name",
                           "the TIM.EVENT names (\"sdkStateReady\", \"onMessageReceived\", \"kickedOut\", …)");
WXIM_TIM_STRING_ENUM_CODEC(tim::kicked_out_reason, tim::parse_kicked_out_reason, "a kicked-out reason",
                           "\"multipleAccount\", \"multipleDevice\", \"userSigExpired\", \"REST_API_Kick\"");
WXIM_TIM_STRING_ENUM_CODEC(tim::net_state, tim::parse_net_state, "a network state",
                           "\"connected\", \"connecting\", \"disconnected\"");
WXIM_END_NAMESPACE

WXIM_BEGIN_NAMESPACE
namespace tim {

using wxim::adl::operator==;
using wxim::adl::operator!=;

/// KICKED_OUT: {type}.
struct kicked_out_data {
  kicked_out_reason type = kicked_out_reason::multiple_account;
  extras unknown;
};
constexpr auto wxim_schema(schema::tag<kicked_out_data>) {
  using namespace schema;
  return object<kicked_out_data>(field("type", &kicked_out_data::type)).keep_unknown(&kicked_out_data::unknown);
}

/// NET_STATE_CHANGE: {state}.
struct net_state_data {
  net_state state = net_state::connected;
  extras unknown;
};
constexpr auto wxim_schema(schema::tag<net_state_data>) {
  using namespace schema;
  return object<net_state_data>(field("state", &net_state_data::state)).keep_unknown(&net_state_data::unknown);
}

/// ERROR: {code, message}.
struct error_data {
  std::int64_t code = 0;
  std::string message;
  extras unknown;
};
constexpr auto wxim_schema(schema::tag<error_data>) {
  using namespace schema;
  return object<error_data>(field("code", &error_data::code), field("message", &error_data::message))
      .keep_unknown(&error_data::unknown);
}

/// SDK_DESTROY: {SDKAppID}.
struct sdk_destroy_data {
  std::int64_t sdk_app_id = 0;
  extras unknown;
};
constexpr auto wxim_schema(schema::tag<sdk_destroy_data>) {
  using namespace schema;
  return object<sdk_destroy_data>(field("SDKAppID", &sdk_destroy_data::sdk_app_id))
      .keep_unknown(&sdk_destroy_data::unknown);
}

/// An event's `data`; the alternatives follow event_data_kind.
using event_data = std::variant<raw_json, std::vector<message>, std::vector<conversation>, std::int64_t,
                                kicked_out_data, net_state_data, error_data, sdk_destroy_data>;

enum class event_data_kind { raw, messages, conversations, count, kicked_out, net_state, error, sdk_destroy };

/// The shape of `data` for an event name.
constexpr event_data_kind data_kind_of(event_name n) noexcept {
  switch (n) {
    case event_name::message_received:
    case event_name::message_modified:
    case event_name::message_revoked:
    case event_name::message_read_by_peer:
      return event_data_kind::messages;
    case event_name::conversation_list_updated:
      return event_data_kind::conversations;
    case event_name::total_unread_message_count_updated:
      return event_data_kind::count;
    case event_name::kicked_out:
      return event_data_kind::kicked_out;
    case event_name::net_state_change:
      return event_data_kind::net_state;
    case event_name::error:
      return event_data_kind::error;
    case event_name::sdk_destroy:
      return event_data_kind::sdk_destroy;
    default:
      break;
  }
  return event_data_kind::raw;
}

/// {name, data}.
struct event {
  event_name name = event_name::sdk_ready;
  std::optional<event_data> data;
  extras unknown;

  /// The messages of a message event, or nullptr.
  const std::vector<message>* messages() const noexcept {
    return data ? std::get_if<std::vector<message>>(&*data) : nullptr;
  }
  /// The conversations of CONVERSATION_LIST_UPDATED, or nullptr.
  const std::vector<conversation>* conversations() const noexcept {
    return data ? std::get_if<std::vector<conversation>>(&*data) : nullptr;
  }
};
constexpr auto wxim_schema(schema::tag<event>) {
  using namespace schema;
  return object<event>(field("name", &event::name), field("data", &event::data)).keep_unknown(&event::unknown);
}

namespace detail {
template <std::size_t I>
bool read_event_data_as(reader& r, event_data& out) {
  return codec<std::variant_alternative_t<I, event_data>>::read(r, out.template emplace<I>());
}
template <std::size_t... I>
bool read_event_data(reader& r, event_data& out, event_data_kind kind, std::index_sequence<I...>) {
  using fn = bool (*)(reader&, event_data&);
  static constexpr fn table[] = {&read_event_data_as<I>...};
  return table[static_cast<std::size_t>(kind)](r, out);
}
}  // namespace detail

}  // namespace tim
WXIM_END_NAMESPACE

WXIM_BEGIN_NAMESPACE

template <>
struct codec<tim::event_data> {
  /// Reads `data` as the shape its sibling `name` gives (raw JSON for an unknown name).
  static bool read(reader& r, tim::event_data& out) {
    const auto name = tim::detail::sibling_string(r, "name");
    const tim::event_data_kind kind =
        name ? tim::data_kind_of(tim::parse_event_name(*name)) : tim::event_data_kind::raw;
    return tim::detail::read_event_data(r, out, kind, std::make_index_sequence<std::variant_size_v<tim::event_data>>{});
  }
  static void write(writer& w, const tim::event_data& d) {
    std::visit([&](const auto& v) { codec<std::decay_t<decltype(v)>>::write(w, v); }, d);
  }
};

WXIM_END_NAMESPACE
