// SPDX-License-Identifier: MIT
// wxim/testing/wechat_im.hpp: generators for wechat-im frames.
//
//   wxim::testing::generator g(3);
//   wxim::wechat_im::frame f = wxim::testing::generate<wxim::wechat_im::frame>(g);
//   auto back = wxim::wechat_im::decode_frame(wxim::wechat_im::encode(f),
//                                             wxim::wechat_im::direction_of(wxim::wechat_im::kind_of(f)));
//   // back.value() == f
//
// The frames are told apart by their `type` string and keys, so each frame
// keeps its own `type` ("get-conversations", "login", ...), and a chat
// message's type is any string but those (a "get-friends" chat message would
// be a get-friends request). Strict decoding: content is a string and a
// duration whole seconds (the any-content and loose-duration forms are kept
// as raw JSON; they are for lenient decoding).
#pragma once

#include <string>

#include "wxim/dialect/wechat_im/frame.hpp"
#include "wxim/testing/generate.hpp"
#include "wxim/version.hpp"  // WXIM_BEGIN_NAMESPACE

WXIM_BEGIN_NAMESPACE
namespace testing {

template <>
struct arbitrary<wechat_im::content_value> {
  static wechat_im::content_value generate(generator& g) {
    if (g.chance(1, 4)) {
      static constexpr const char* common[] = {"", "会话已关闭", "wxfile://tmp_3b2c.silk",
                                               "https://example.com/i/1.png"};
      return wechat_im::content_value(one_of(g, common));
    }
    return wechat_im::content_value(wxim::testing::generate<std::string>(g));
  }
};

template <>
struct arbitrary<wechat_im::duration_value> {
  static wechat_im::duration_value generate(generator& g) {
    const auto s = wxim::testing::generate<std::int64_t>(g);
    return wechat_im::duration_value(s < 0 ? (s == INT64_MIN ? 0 : -s) : s);
  }
};

namespace detail {

/// A message `type` that is not one of the frame tags.
inline std::string wechat_im_message_type(generator& g) {
  static constexpr const char* known[] = {"text", "voice", "image", "custom", "video", "TEXT", ""};
  if (g.chance(3, 4)) return one_of(g, known);
  for (;;) {
    std::string t = wxim::testing::generate<std::string>(g);
    if (t != "get-conversations" && t != "get-friends" && t != "get-history" && t != "login") return t;
  }
}

template <class T>
T wechat_im_tagged(generator& g) {
  T v = generate_fields<T>(g);
  v.type = T{}.type;
  return v;
}

}  // namespace detail

template <>
struct arbitrary<wechat_im::get_conversations_request> {
  static auto generate(generator& g) { return detail::wechat_im_tagged<wechat_im::get_conversations_request>(g); }
};
template <>
struct arbitrary<wechat_im::get_friends_request> {
  static auto generate(generator& g) { return detail::wechat_im_tagged<wechat_im::get_friends_request>(g); }
};
template <>
struct arbitrary<wechat_im::get_history_request> {
  static auto generate(generator& g) { return detail::wechat_im_tagged<wechat_im::get_history_request>(g); }
};
template <>
struct arbitrary<wechat_im::login_frame> {
  static auto generate(generator& g) { return detail::wechat_im_tagged<wechat_im::login_frame>(g); }
};
template <>
struct arbitrary<wechat_im::friend_list_frame> {
  static auto generate(generator& g) { return detail::wechat_im_tagged<wechat_im::friend_list_frame>(g); }
};
template <>
struct arbitrary<wechat_im::conversation_list_frame> {
  static auto generate(generator& g) { return detail::wechat_im_tagged<wechat_im::conversation_list_frame>(g); }
};

template <>
struct arbitrary<wechat_im::chat_frame> {
  static wechat_im::chat_frame generate(generator& g) {
    auto v = generate_fields<wechat_im::chat_frame>(g);
    v.type = detail::wechat_im_message_type(g);
    return v;
  }
};
template <>
struct arbitrary<wechat_im::history_item_frame> {
  static wechat_im::history_item_frame generate(generator& g) {
    auto v = generate_fields<wechat_im::history_item_frame>(g);
    if (v.type) v.type = detail::wechat_im_message_type(g);
    return v;
  }
};
template <>
struct arbitrary<wechat_im::forward_frame> {
  static wechat_im::forward_frame generate(generator& g) {
    auto v = generate_fields<wechat_im::forward_frame>(g);
    if (v.type) v.type = detail::wechat_im_message_type(g);
    return v;
  }
};

template <>
struct arbitrary<wechat_im::frame> {
  static wechat_im::frame generate(generator& g) { return generate_variant<wechat_im::frame>(g); }
};

}  // namespace testing
WXIM_END_NAMESPACE
