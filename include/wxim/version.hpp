// wxim/version.hpp: the library's version, and the one place it is written:
// CMake's project version, wxim.pc and the CLI read it from here.
#pragma once

#define WXIM_VERSION_MAJOR 0
#define WXIM_VERSION_MINOR 1
#define WXIM_VERSION_PATCH 0

#define WXIM_DETAIL_STR2(x) #x
#define WXIM_DETAIL_STR(x) WXIM_DETAIL_STR2(x)

namespace wxim {
inline constexpr const char* version_string =
    WXIM_DETAIL_STR(WXIM_VERSION_MAJOR) "." WXIM_DETAIL_STR(WXIM_VERSION_MINOR) "." WXIM_DETAIL_STR(WXIM_VERSION_PATCH);
}  // namespace wxim
