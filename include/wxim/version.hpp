// wxim/version.hpp: the library's version.
#pragma once

#define WXIM_VERSION_MAJOR 0
#define WXIM_VERSION_MINOR 1
#define WXIM_VERSION_PATCH 0

namespace wxim {
inline constexpr const char* version_string = "0.1.0";
}  // namespace wxim
