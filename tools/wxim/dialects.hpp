// The wxim tool: the dialects it speaks, behind one signature each.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <optional>

#include "wxim/codec/options.hpp"
#include "wxim/model/message.hpp"
#include "wxim/dialect/direction.hpp"
#include "wxim/result.hpp"

namespace wxim_tool {

/// One frame as the tool reports it.
struct decoded_frame {
  std::string dialect;
  wxim::direction dir = wxim::direction::any;
  std::string kind;
  std::string encoded;  ///< the frame as wxim writes it back
};

using decode_fn = wxim::result<decoded_frame> (*)(std::string_view text, wxim::direction,
                                                  const wxim::decode_options&);

struct dialect_entry {
  std::string_view name;
  decode_fn decode;
  int order = 0;  ///< `auto` tries dialects by ascending order, then name
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
/// ambiguous; one none accepts gets the most telling of their errors.
wxim::result<decoded_frame> decode_with(std::string_view dialect, std::string_view text, wxim::direction dir,
                                        const wxim::decode_options& options);

/// What `wxim render` knows of the conversation while it reads frames.
struct render_context {
  std::string me;                         ///< --me
  std::string peer;                       ///< learned from the frames (the other party)
  std::optional<wxim::instant> last;      ///< instant of the latest message so far
  wxim::instant now{};                    ///< --now
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
