// SPDX-License-Identifier: MIT
// wxim/version.hpp: the library's version, and the one place it is written:
// CMake's project version, wxim.pc and the CLI read it from here.
#pragma once

#define WXIM_VERSION_MAJOR 0
#define WXIM_VERSION_MINOR 1
#define WXIM_VERSION_PATCH 0

#define WXIM_DETAIL_STR2(x) #x
#define WXIM_DETAIL_STR(x) WXIM_DETAIL_STR2(x)
#define WXIM_DETAIL_ABI2(major, minor) v##major##_##minor
#define WXIM_DETAIL_ABI(major, minor) WXIM_DETAIL_ABI2(major, minor)

/// Everything wxim declares lives in an inline namespace named after its
/// version (wxim::v0_1): code names it wxim::x as ever, but two versions in
/// one program are different symbols instead of a silent breach of the
/// one-definition rule (wxim keeps per-thread state in its headers).
#define WXIM_ABI_NAMESPACE WXIM_DETAIL_ABI(WXIM_VERSION_MAJOR, WXIM_VERSION_MINOR)
#define WXIM_BEGIN_NAMESPACE \
  namespace wxim {           \
  inline namespace WXIM_ABI_NAMESPACE {
#define WXIM_END_NAMESPACE \
  }                        \
  }

WXIM_BEGIN_NAMESPACE
inline constexpr const char* version_string =
    WXIM_DETAIL_STR(WXIM_VERSION_MAJOR) "." WXIM_DETAIL_STR(WXIM_VERSION_MINOR) "." WXIM_DETAIL_STR(WXIM_VERSION_PATCH);
WXIM_END_NAMESPACE
