// SPDX-License-Identifier: MIT
// wxim/schema/equal.hpp: equality derived from a shape's schema.
#pragma once

#include <type_traits>

#include "wxim/schema/field.hpp"
#include "wxim/version.hpp"  // WXIM_BEGIN_NAMESPACE

WXIM_BEGIN_NAMESPACE
namespace schema {

/// Field by field, then the unknown keys (their order included).
template <class T>
bool equal(const T& a, const T& b) {
  constexpr auto s = schema_of<T>();
  bool same = true;
  for_each_field(s, [&](const auto& f) { same = same && (a.*(f.member) == b.*(f.member)); });
  if constexpr (decltype(s)::keeps_unknown) same = same && (a.*(s.unknown.member) == b.*(s.unknown.member));
  return same;
}

}  // namespace schema
WXIM_END_NAMESPACE

WXIM_BEGIN_NAMESPACE
namespace adl {

/// Operators for described types. Bring them into a shape's namespace with
/// `using wxim::adl::operator==;` (and !=) so that argument-dependent lookup
/// finds them, including from std::vector and std::optional.
template <class T, std::enable_if_t<schema::is_described_v<T>, int> = 0>
bool operator==(const T& a, const T& b) {
  return schema::equal(a, b);
}
template <class T, std::enable_if_t<schema::is_described_v<T>, int> = 0>
bool operator!=(const T& a, const T& b) {
  return !schema::equal(a, b);
}

}  // namespace adl
WXIM_END_NAMESPACE
