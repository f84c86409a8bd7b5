// SPDX-License-Identifier: MIT
// Internal: whether exceptions are on (-fno-exceptions turns them off).
//
// wxim's non-throwing API works either way. With exceptions off, the few
// places that catch (resource exhaustion inside nlohmann's SAX parser, a
// failed allocation in the timeline) are compiled without their handlers,
// and the throwing conveniences (result::value() on an error,
// decode_or_throw, from_json) print the error and abort, as nlohmann/json
// does under JSON_NOEXCEPTION.
#pragma once

#include <cstdio>
#include <cstdlib>

#include "wxim/version.hpp"  // WXIM_BEGIN_NAMESPACE

#if defined(__cpp_exceptions) || defined(__EXCEPTIONS) || defined(_CPPUNWIND)
#define WXIM_EXCEPTIONS 1
#else
#define WXIM_EXCEPTIONS 0
#endif

WXIM_BEGIN_NAMESPACE
namespace detail {

/// Throws `e`, or with exceptions off prints `what` and aborts.
template <class E>
[[noreturn]] void throw_or_abort(const E& e, const char* what) {
#if WXIM_EXCEPTIONS
  (void)what;
  throw e;
#else
  (void)e;
  std::fprintf(stderr, "wxim: %s (exceptions are disabled)\n", what);
  std::abort();
#endif
}

}  // namespace detail
WXIM_END_NAMESPACE
