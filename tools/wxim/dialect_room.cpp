// The wxim tool's entry for the token/payLoad chatroom dialect.
#include "dialects.hpp"
#include "wxim/dialect/room/frame.hpp"

namespace wxim_tool {
namespace {

wxim::result<decoded_frame> decode_room(std::string_view text, wxim::direction dir,
                                        const wxim::decode_options& options) {
  auto f = wxim::room::decode_frame(text, dir, options);
  if (!f) return std::move(f).error();
  const auto kind = wxim::room::kind_of(*f);
  return decoded_frame{"room", wxim::room::direction_of(kind), std::string(to_string(kind)), wxim::room::encode(*f)};
}

const registrar reg{{"room", &decode_room, 30}};

}  // namespace
}  // namespace wxim_tool
