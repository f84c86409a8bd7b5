// SPDX-License-Identifier: MIT
// The wxim tool: the dialects it speaks, behind one signature each.
#pragma once

#include <chrono>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "wxim/codec/options.hpp"
#include "wxim/dialect/direction.hpp"
#include "wxim/model/message.hpp"
#include "wxim/result.hpp"

namespace wxim_tool {

/// One frame as the tool reports it.
struct decoded_frame {
  std::string dialect;
  wxim::direction dir = wxim::direction::any;
  std::string kind;
  std::string encoded;  ///< the frame as wxim writes it back
};

using decode_fn = wxim::result<decoded_frame> (*)(std::string_view text, wxim::direction, const wxim::decode_options&);

/// A frame's top-level keys, read once, for telling which dialect a frame
/// that no dialect accepts was meant for.
class frame_keys {
 public:
  /// Empty when the text is not a JSON object (or not JSON at all).
  frame_keys(std::string_view text, const wxim::decode_options& options);
  bool has(std::string_view key) const noexcept;
  /// The value of `key` when it is a string.
  std::optional<std::string_view> string_at(std::string_view key) const noexcept;
  bool empty() const noexcept { return keys_.empty(); }

 private:
  struct entry {
    std::string key;
    std::optional<std::string> string_value;
  };
  std::vector<entry> keys_;
};

/// How strongly a frame's keys say it belongs to a dialect, and which keys
/// say so. Strength 0: not at all. Higher is more specific: jim's cmd/command
/// 5; room's payLoad/token/streamId and TIM's ID/conversationID 4; Easemob's
/// own keys 3; a wechat-im `type` string 2; keys several dialects share 1.
struct claim {
  int strength = 0;
  std::string_view reason;  ///< e.g. `"payLoad"`, `a string "type"`
};
using claim_fn = claim (*)(const frame_keys&);

struct dialect_entry {
  std::string_view name;
  decode_fn decode;
  int order = 0;              ///< `auto` tries dialects by ascending order, then name
  claim_fn claims = nullptr;  ///< its discriminator, for `auto`'s errors
};

/// Every dialect in this build, in the order `auto` tries them.
const std::vector<dialect_entry>& dialects();

/// Each dialect_<name>.cpp registers its entry with a static registrar:
///   static const wxim_tool::registrar reg{{"jim", &decode_jim, 20}};
struct registrar {
  explicit registrar(dialect_entry e);
};

/// Decodes with the named dialect, or with every dialect for "auto": a frame
/// exactly one dialect accepts is that dialect's; one several accept is
/// ambiguous; one none accepts gets the error of the dialect whose
/// discriminator its keys match most strongly (see claim), and the most
/// telling of all errors when none or several match equally.
wxim::result<decoded_frame> decode_with(std::string_view dialect, std::string_view text, wxim::direction dir,
                                        const wxim::decode_options& options);

/// What `wxim render` knows of the conversation while it reads frames.
struct render_context {
  std::string me;                        ///< --me
  std::string peer;                      ///< learned from the frames (the other party, group or room)
  std::optional<wxim::instant> last;     ///< instant of the latest message so far
  wxim::instant now{};                   ///< --now
  std::chrono::minutes utc_offset{480};  ///< --utc-offset; also how local times on the wire are read
  /// What a frame says of messages other frames carry (a recall, a send
  /// result naming the server id, a read ack), as the dialect mapping's
  /// apply_… function: true when it applied to the message. Applied to every
  /// message once all frames are read, in frame order, so they reach messages
  /// listed before or after them.
  std::vector<std::function<bool(wxim::chat_message&)>> updates;
};

/// The messages one frame carries, in the model (none for frames that carry
/// none, such as a login); may learn the peer from the frame.
using messages_fn = wxim::result<std::vector<wxim::chat_message>> (*)(std::string_view text, wxim::direction,
                                                                      const wxim::decode_options&, render_context&);

/// Dialects that `render` can read register this too:
///   static const wxim_tool::render_registrar r{"wechat_im", &messages_wechat_im};
struct render_registrar {
  render_registrar(std::string_view dialect, messages_fn fn);
};

/// The messages function of a dialect, or nullptr.
messages_fn render_messages(std::string_view dialect);

/// A name the CLI accepts for --dialect (whether or not it is in this build).
bool is_dialect_name(std::string_view name);

}  // namespace wxim_tool
