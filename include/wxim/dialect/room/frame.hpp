// SPDX-License-Identifier: MIT
// wxim/dialect/room/frame.hpp: any chatroom frame: classify, decode, encode.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <variant>

#include "wxim/codec/decode.hpp"
#include "wxim/detail/tokenize.hpp"
#include "wxim/dialect/direction.hpp"
#include "wxim/dialect/room/client_frames.hpp"
#include "wxim/dialect/room/server_frames.hpp"
#include "wxim/dialect/room/values.hpp"
#include "wxim/result.hpp"
#include "wxim/version.hpp"  // WXIM_BEGIN_NAMESPACE

WXIM_BEGIN_NAMESPACE
namespace room {

/// Every frame of the dialect; the order matches `frame`'s alternatives.
/// The HTTP bodies are here too, so one call reads whatever the app logged.
enum class frame_kind {
  heartbeat,     ///< c2s socket, type 1
  send,          ///< c2s socket, type 2
  join,          ///< c2s socket, type 3
  question_add,  ///< c2s HTTP body of api/question/add
  record,        ///< s2c socket, code 200
  other_reply,   ///< s2c socket, any other code
  history,       ///< s2c HTTP body of api/message/chatmsg
};

using frame = std::variant<heartbeat_frame, send_frame, join_frame, question_add_request, record_frame,
                           other_reply_frame, history_response>;

/// The kind names `wxim decode` prints.
constexpr std::string_view to_string(frame_kind k) noexcept {
  switch (k) {
    case frame_kind::heartbeat:
      return "heartbeat";
    case frame_kind::send:
      return "send";
    case frame_kind::join:
      return "join";
    case frame_kind::question_add:
      return "question_add";
    case frame_kind::record:
      return "record";
    case frame_kind::other_reply:
      return "other_reply";
    case frame_kind::history:
      return "history";
  }
  return "unknown";
}

constexpr direction direction_of(frame_kind k) noexcept {
  return static_cast<int>(k) <= static_cast<int>(frame_kind::question_add) ? direction::c2s : direction::s2c;
}

/// True for the two HTTP bodies, false for socket frames.
constexpr bool is_http(frame_kind k) noexcept { return k == frame_kind::question_add || k == frame_kind::history; }

inline frame_kind kind_of(const frame& f) noexcept { return static_cast<frame_kind>(f.index()); }

namespace detail {

inline error classify_error(errc code, std::string path, std::string message) {
  return error{code, std::move(path), std::nullopt, std::move(message), std::nullopt};
}

inline std::string token_name(const wxim::detail::tape& t, std::size_t i) {
  return std::string(wxim::detail::describe_token(t[i].kind));
}

/// The envelope's kind from its `type`.
inline result<frame_kind> envelope_kind(const wxim::detail::tape& t, const decode_options& options) {
  const auto ti = wxim::detail::find_top_level(t, "type");
  if (!ti)
    return classify_error(errc::missing_field, "/type",
                          "the key \"type\" is required but absent (1 heartbeat, 2 send, 3 join)");
  const wxim::detail::event& e = t[*ti];
  const auto v = loose_integer(e, has(options.lenient, leniency::numeric_strings));
  if (!v) {
    const auto unsupported = [](const std::string& spelled) {
      return classify_error(errc::unsupported_command, "/type",
                            "the frame type " + spelled + " is not 1 heartbeat, 2 send or 3 join");
    };
    switch (e.kind) {
      case wxim::detail::token::null_value:
        return classify_error(errc::unexpected_null, "/type", "expected the frame type 1, 2 or 3, got null");
      case wxim::detail::token::uint_value:
        return unsupported(std::to_string(e.num.u));
      case wxim::detail::token::string_value:
        if (has(options.lenient, leniency::numeric_strings) && wxim::detail::is_integer_lexeme(e.text))
          return unsupported("\"" + std::string(e.text) + "\"");
        break;
      default:
        break;
    }
    return classify_error(
        errc::type_mismatch, "/type",
        "expected the frame type as an integer (1 heartbeat, 2 send, 3 join), got " + token_name(t, *ti));
  }
  const auto ft = parse_frame_type(*v);
  if (!ft)
    return classify_error(errc::unsupported_command, "/type",
                          "the frame type " + std::to_string(*v) + " is not 1 heartbeat, 2 send or 3 join");
  switch (*ft) {
    case frame_type::heartbeat:
      return frame_kind::heartbeat;
    case frame_type::send:
      return frame_kind::send;
    case frame_type::join:
      return frame_kind::join;
  }
  return frame_kind::heartbeat;
}

/// A reply's kind from its `code`.
inline result<frame_kind> reply_kind(const wxim::detail::tape& t, const decode_options& options) {
  const auto ci = wxim::detail::find_top_level(t, "code");
  if (!ci) return frame_kind::record;  // decoding reports the missing code
  const auto v = loose_integer(t[*ci], has(options.lenient, leniency::numeric_strings));
  if (!v) {
    if (t[*ci].kind == wxim::detail::token::uint_value) return frame_kind::other_reply;
    return frame_kind::record;  // decoding reports the bad code with its path
  }
  return *v == record_code ? frame_kind::record : frame_kind::other_reply;
}

/// Decides the frame from its top-level keys; see docs/dialects/room.md.
inline result<frame_kind> classify_tape(const wxim::detail::tape& t, direction dir, const decode_options& options) {
  using wxim::detail::find_top_level;
  using wxim::detail::token;
  if (t.empty() || t[0].kind != token::begin_object)
    return classify_error(t.empty() || t[0].kind != token::null_value ? errc::type_mismatch : errc::unexpected_null, "",
                          "a room frame is a JSON object, got " +
                              std::string(wxim::detail::describe_token(t.empty() ? token::null_value : t[0].kind)));
  const auto has_key = [&](std::string_view k) { return find_top_level(t, k).has_value(); };
  // J-IM frames carry `cmd` (c2s) or `command` (s2c), and some also `token`,
  // `code` and `data`; a room frame never has either key.
  if (has_key("cmd") || has_key("command"))
    return classify_error(errc::unknown_frame, "",
                          "a frame with \"cmd\" or \"command\" is a J-IM frame, not a room frame");

  const bool envelope = has_key("token") || has_key("payLoad");
  const bool question = has_key("streamId");
  const bool reply = has_key("code");
  // The history body is `{"data":{"items":[…]}}`, other keys unknown (an API
  // envelope may add a code); a socket reply's data is never an object with items.
  const auto data = find_top_level(t, "data");
  const bool data_object = data && t[*data].kind == token::begin_object;
  const bool history_marked = data_object && find_member(t, *data, "items", false).has_value();

  if (dir == direction::c2s) {
    if (!envelope && !has_key("type") && (question || has_key("content"))) return frame_kind::question_add;
    return envelope_kind(t, options);
  }
  if (dir == direction::s2c)
    return history_marked || (data_object && !reply) ? frame_kind::history : reply_kind(t, options);

  const int looks = int(envelope) + int(question) + int(reply || history_marked);
  if (looks > 1)
    return classify_error(errc::ambiguous_frame, "",
                          "the frame has keys of more than one room frame (token/payLoad of a socket frame, streamId "
                          "of a question, code or data of a reply); give a direction");
  if (envelope) return envelope_kind(t, options);
  if (question) return frame_kind::question_add;
  if (history_marked) return frame_kind::history;
  if (reply) return reply_kind(t, options);
  return classify_error(errc::unknown_frame, "",
                        "no room frame looks like this: no token or payLoad (client frames), code (replies), "
                        "streamId (a question) or data.items (history)");
}

template <std::size_t I>
result<frame> decode_as(wxim::detail::tape& t, const decode_options& options) {
  using T = std::variant_alternative_t<I, frame>;
  auto r = wxim::detail::decode_tape<T>(t, options);
  if (!r) return std::move(r).error();
  return frame(std::in_place_index<I>, std::move(*r));
}

template <std::size_t... I>
result<frame> decode_kind(frame_kind k, wxim::detail::tape& t, const decode_options& options,
                          std::index_sequence<I...>) {
  using fn = result<frame> (*)(wxim::detail::tape&, const decode_options&);
  static constexpr fn table[] = {&decode_as<I>...};
  return table[static_cast<std::size_t>(k)](t, options);
}

}  // namespace detail

/// Which frame this text is. With direction::any the keys decide (see the
/// docs); input with the keys of more than one frame is ambiguous_frame.
inline result<frame_kind> classify(std::string_view text, direction dir = direction::any,
                                   const decode_options& options = {}) {
  wxim::detail::scratch_tape scratch;
  wxim::detail::tape& t = scratch.get();
  if (auto err = wxim::detail::tokenize(text, options, t)) return std::move(*err);
  return detail::classify_tape(t, dir, options);
}

/// Classifies and decodes in one pass over the text, every nested level
/// included (payLoad, chatInfo, data, content).
inline result<frame> decode_frame(std::string_view text, direction dir = direction::any,
                                  const decode_options& options = {}) {
  wxim::detail::scratch_tape scratch;
  wxim::detail::tape& t = scratch.get();
  if (auto err = wxim::detail::tokenize(text, options, t)) return std::move(*err);
  auto kind = detail::classify_tape(t, dir, options);
  if (!kind) return std::move(kind).error();
  return detail::decode_kind(*kind, t, options, std::make_index_sequence<std::variant_size_v<frame>>{});
}

/// The frame's text; each nested level is written back as a string, byte for
/// byte while its value is unchanged.
inline std::string encode(const frame& f) {
  return std::visit([](const auto& v) { return wxim::encode(v); }, f);
}

}  // namespace room
WXIM_END_NAMESPACE
