// The wxim tool's entry for the jim dialect (J-IM 2.x).
#include "dialects.hpp"
#include "wxim/dialect/jim/frame.hpp"

namespace wxim_tool {
namespace {

wxim::result<decoded_frame> decode_jim(std::string_view text, wxim::direction dir,
                                       const wxim::decode_options& options) {
  auto f = wxim::jim::decode_frame(text, dir, options);
  if (!f) return std::move(f).error();
  const auto kind = wxim::jim::kind_of(*f);
  return decoded_frame{"jim", wxim::jim::direction_of(kind), std::string(to_string(kind)), wxim::jim::encode(*f)};
}

const registrar reg{{"jim", &decode_jim, 20}};

}  // namespace
}  // namespace wxim_tool
