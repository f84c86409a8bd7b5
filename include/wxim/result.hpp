// SPDX-License-Identifier: MIT
// wxim/result.hpp: a value or an error, never both, never an exception.
#pragma once

#include <type_traits>
#include <utility>
#include <variant>

#include "wxim/detail/exceptions.hpp"
#include "wxim/error.hpp"
#include "wxim/version.hpp"  // WXIM_BEGIN_NAMESPACE

WXIM_BEGIN_NAMESPACE

/// The outcome of a fallible operation. Test it before use:
///   if (auto r = decode<login_frame>(text)) use(*r); else log(r.error().describe());
/// `value()` throws wxim::exception on an error; `*` and `->` require a value.
template <class T>
class [[nodiscard]] result {
  static_assert(!std::is_same_v<std::decay_t<T>, wxim::error>, "result<error> is ambiguous");

 public:
  using value_type = T;

  result(const T& v) : state_(std::in_place_index<0>, v) {}
  result(T&& v) : state_(std::in_place_index<0>, std::move(v)) {}
  result(wxim::error e) : state_(std::in_place_index<1>, std::move(e)) {}
  /// A value built in place from `args`.
  template <class... A>
  explicit result(std::in_place_t, A&&... args) : state_(std::in_place_index<0>, std::forward<A>(args)...) {}

  bool has_value() const noexcept { return state_.index() == 0; }
  explicit operator bool() const noexcept { return has_value(); }

  T& value() & {
    check();
    return std::get<0>(state_);
  }
  const T& value() const& {
    check();
    return std::get<0>(state_);
  }
  T&& value() && {
    check();
    return std::get<0>(std::move(state_));
  }

  T& operator*() & noexcept { return *std::get_if<0>(&state_); }
  const T& operator*() const& noexcept { return *std::get_if<0>(&state_); }
  T&& operator*() && noexcept { return std::move(*std::get_if<0>(&state_)); }
  T* operator->() noexcept { return std::get_if<0>(&state_); }
  const T* operator->() const noexcept { return std::get_if<0>(&state_); }

  /// The error; only meaningful when !has_value().
  const wxim::error& error() const& noexcept { return *std::get_if<1>(&state_); }
  wxim::error&& error() && noexcept { return std::move(*std::get_if<1>(&state_)); }

  template <class U>
  T value_or(U&& fallback) const& {
    return has_value() ? std::get<0>(state_) : static_cast<T>(std::forward<U>(fallback));
  }

 private:
  void check() const {
    if (!has_value()) detail::throw_or_abort(wxim::exception(std::get<1>(state_)), std::get<1>(state_).message.c_str());
  }
  std::variant<T, wxim::error> state_;
};

WXIM_END_NAMESPACE
