// The wxim tool's entry for the Easemob dialect (SDK message bodies, callbacks, conversation
// items and pages, the demo's stored records).
#include "dialects.hpp"
#include "wxim/dialect/easemob/object.hpp"

namespace wxim_tool {
namespace {

// Easemob objects read the same whichever way they travel: a direction given on the command
// line is reported as given; without one, the object's own keys decide (direction_of).
wxim::result<decoded_frame> decode_easemob(std::string_view text, wxim::direction dir,
                                           const wxim::decode_options& options) {
  auto o = wxim::easemob::decode_object(text, dir, options);
  if (!o) return std::move(o).error();
  const auto kind = wxim::easemob::kind_of(*o);
  const auto reported = dir != wxim::direction::any ? dir : wxim::easemob::direction_of(*o);
  return decoded_frame{"easemob", reported, std::string(to_string(kind)), wxim::easemob::encode(*o)};
}

const registrar reg{{"easemob", &decode_easemob, 50}};

}  // namespace
}  // namespace wxim_tool
