// SPDX-License-Identifier: MIT
// wxim/testing/jim.hpp: generators for J-IM 2.x frames that pass its rules.
//
//   wxim::testing::generator g(3);
//   wxim::jim::frame f = wxim::testing::generate<wxim::jim::frame>(g);
//   // jim::decode_frame(jim::encode(f), jim::direction_of(jim::kind_of(f))).value() == f
//
// Beyond types, decode_frame applies the server's rules (validate.hpp), and
// generated frames keep them: each frame carries its own `cmd`/`command`; a
// chat has chatType 0..2, with a group_id for 1 and a `to` for 2; a
// get-message request has a userId, type 0 or 1, and for 1 a groupId or
// fromUserId; a get-user request a userid; a join request a group_id that
// is not blank; a reply's code is one the server answers that command with
// (and a join reply's result agrees with it); a join reply or join notify
// comes in 2.x's form or 3.0's.
#pragma once

#include <cstdint>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

#include "wxim/dialect/jim/frame.hpp"
#include "wxim/testing/generate.hpp"
#include "wxim/version.hpp"  // WXIM_BEGIN_NAMESPACE

WXIM_BEGIN_NAMESPACE
namespace testing {

template <>
struct arbitrary<jim::command> {
  static jim::command generate(generator& g) {
    for (;;) {
      const jim::command c = jim::to_command(static_cast<std::int64_t>(g.below(21)));
      if (c != jim::command::unknown) return c;
    }
  }
};

/// Any int32 is kept; mostly the defined 10000-10021.
template <>
struct arbitrary<jim::status> {
  static jim::status generate(generator& g) {
    if (g.chance(1, 5)) return static_cast<jim::status>(wxim::testing::generate<std::int32_t>(g));
    return static_cast<jim::status>(jim::first_status +
                                    static_cast<std::int32_t>(g.below(jim::last_status - jim::first_status + 1)));
  }
};

template <class V>
struct arbitrary<jim::ordered_map<V>> {
  static jim::ordered_map<V> generate(generator& g) {
    jim::ordered_map<V> m;
    if (g.deep()) return m;
    generator::nested level(g);
    const std::size_t n = static_cast<std::size_t>(g.below(g.options().max_elements + 1));
    for (std::size_t i = 0; i < n; ++i)
      m.insert(std::to_string(i) + wxim::testing::generate<std::string>(g), wxim::testing::generate<V>(g));
    return m;
  }
};

namespace detail {

inline std::string non_blank(generator& g) {
  std::string s = wxim::testing::generate<std::string>(g);
  return s + static_cast<char>('a' + g.below(26));
}

/// A code the server answers command `c` with.
inline jim::status reply_status(generator& g, jim::command c) {
  std::vector<jim::status> fit;
  for (std::int32_t n = jim::first_status; n <= jim::last_status; ++n)
    if (jim::is_reply_status(c, static_cast<jim::status>(n))) fit.push_back(static_cast<jim::status>(n));
  return fit.empty() ? jim::status{} : fit[g.below(fit.size())];
}

template <class T, class = void>
struct has_cmd : std::false_type {};
template <class T>
struct has_cmd<T, std::void_t<decltype(std::declval<T&>().cmd)>> : std::true_type {};

/// The schema walk with the frame's own `cmd` or `command` kept.
template <class T>
T jim_frame(generator& g) {
  T v = generate_fields<T>(g);
  const T d{};
  if constexpr (has_cmd<T>::value)
    v.cmd = d.cmd;
  else
    v.command = d.command;
  return v;
}

}  // namespace detail

template <>
struct arbitrary<jim::chat_body> {
  static jim::chat_body generate(generator& g) {
    auto v = detail::jim_frame<jim::chat_body>(g);
    v.chat_type = static_cast<std::int32_t>(g.below(3));
    if (v.chat_type == 1 && (!v.group_id || v.group_id->empty())) v.group_id = detail::non_blank(g);
    if (v.chat_type == 2 && (!v.to || v.to->empty())) v.to = detail::non_blank(g);
    return v;
  }
};

template <>
struct arbitrary<jim::get_message_request> {
  static jim::get_message_request generate(generator& g) {
    auto v = detail::jim_frame<jim::get_message_request>(g);
    if (v.user_id.empty()) v.user_id = detail::non_blank(g);
    v.type = static_cast<std::int32_t>(g.below(2));
    if (v.type == 1 && (!v.group_id || v.group_id->empty()) && (!v.from_user_id || v.from_user_id->empty())) {
      if (g.coin())
        v.group_id = detail::non_blank(g);
      else
        v.from_user_id = detail::non_blank(g);
    }
    return v;
  }
};

template <>
struct arbitrary<jim::get_user_request> {
  static jim::get_user_request generate(generator& g) {
    auto v = detail::jim_frame<jim::get_user_request>(g);
    if (v.userid.empty()) v.userid = detail::non_blank(g);
    return v;
  }
};

template <>
struct arbitrary<jim::join_group_request> {
  static jim::join_group_request generate(generator& g) {
    auto v = detail::jim_frame<jim::join_group_request>(g);
    if (jim::detail::is_blank(v.group_id)) v.group_id += detail::non_blank(g);
    return v;
  }
};

#define WXIM_TESTING_JIM_TAGGED(T)                                                \
  template <>                                                                     \
  struct arbitrary<jim::T> {                                                      \
    static jim::T generate(generator& g) { return detail::jim_frame<jim::T>(g); } \
  };
WXIM_TESTING_JIM_TAGGED(handshake_request)
WXIM_TESTING_JIM_TAGGED(auth_request)
WXIM_TESTING_JIM_TAGGED(login_request)
WXIM_TESTING_JIM_TAGGED(heartbeat_request)
WXIM_TESTING_JIM_TAGGED(close_request)
WXIM_TESTING_JIM_TAGGED(handshake_reply)
WXIM_TESTING_JIM_TAGGED(exit_group_notify)
WXIM_TESTING_JIM_TAGGED(chat_push)
WXIM_TESTING_JIM_TAGGED(heartbeat_reply)
#undef WXIM_TESTING_JIM_TAGGED

/// Replies whose code must be one the server answers their command with.
template <class T>
struct arbitrary<T, std::enable_if_t<std::is_same_v<T, jim::cmd_failed_reply> || std::is_same_v<T, jim::chat_ack> ||
                                     std::is_same_v<T, jim::close_reply> || std::is_same_v<T, jim::auth_reply> ||
                                     std::is_same_v<T, jim::login_reply> || std::is_same_v<T, jim::get_user_reply> ||
                                     std::is_same_v<T, jim::get_message_reply>>> {
  static T generate(generator& g) {
    T v = detail::jim_frame<T>(g);
    v.code = detail::reply_status(g, v.command);
    return v;
  }
};

/// A join reply in 2.x's form (result in data) or 3.0's refusal (result
/// at the top level, code 10012), its result agreeing with its code.
template <>
struct arbitrary<jim::join_group_reply> {
  static jim::join_group_reply generate(generator& g) {
    auto v = detail::jim_frame<jim::join_group_reply>(g);
    v.code = detail::reply_status(g, v.command);
    const bool flat = v.code == jim::status::join_group_failed && g.coin();
    std::int32_t result = 1;
    if (v.code != jim::status::join_group_ok) {
      result = static_cast<std::int32_t>(g.below(6));
      if (result == 1) result = 0;
    }
    if (flat) {
      v.data.result.reset();
      v.result = result;
    } else {
      v.data.result = result;
      if (v.result) v.result = result;  // both present: they agree
    }
    return v;
  }
};

/// A join notify in 2.x's form (data, no code) or 3.0's flat one (group
/// and user at the top level, 10011).
template <>
struct arbitrary<jim::join_group_notify> {
  static jim::join_group_notify generate(generator& g) {
    auto v = detail::jim_frame<jim::join_group_notify>(g);
    if (g.coin()) {
      if (!v.data) v.data = wxim::testing::generate<jim::group_notify_data>(g);
      v.code.reset();
      v.msg.reset();
      v.group.reset();
      v.user.reset();
    } else {
      v.data.reset();
      v.code = jim::status::join_group_ok;
      if (!v.group) v.group = wxim::testing::generate<std::string>(g);
      if (!v.user) v.user = wxim::testing::generate<jim::user>(g);
    }
    return v;
  }
};

template <>
struct arbitrary<jim::frame> {
  static jim::frame generate(generator& g) { return generate_variant<jim::frame>(g); }
};

}  // namespace testing
WXIM_END_NAMESPACE
