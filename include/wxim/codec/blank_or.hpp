// SPDX-License-Identifier: MIT
// wxim/codec/blank_or.hpp: reading and writing blank_or<T>.
//
// "" reads as blank and is written back as ""; anything else is read and written as T is (so
// a number stays a number). A string other than "" is T's business: refused for a number
// unless leniency::numeric_strings is on, when T's codec takes a string of digits and the
// object holding it writes that string back.
#pragma once

#include <type_traits>

#include "wxim/codec/codec.hpp"
#include "wxim/schema/blank_or.hpp"
#include "wxim/version.hpp"  // WXIM_BEGIN_NAMESPACE

WXIM_BEGIN_NAMESPACE

template <class T>
struct codec<blank_or<T>> {
  static bool read(reader& r, blank_or<T>& out) {
    const detail::event& e = r.peek();
    if (e.kind == detail::token::string_value) {
      if (e.text.empty()) {
        r.take();
        out.set_blank();
        return true;
      }
      if (!(std::is_arithmetic_v<T> && r.lenient(leniency::numeric_strings))) return r.type_error(expected());
    }
    return codec<T>::read(r, out.emplace());
  }
  static void write(writer& w, const blank_or<T>& v) {
    if (v.has_value())
      codec<T>::write(w, *v);
    else
      w.string("");
  }

 private:
  static const char* expected() noexcept {
    if constexpr (std::is_same_v<T, bool>)
      return "a boolean, or \"\" where the SDK does not know it yet";
    else if constexpr (std::is_arithmetic_v<T>)
      return "a number, or \"\" where the SDK does not know it yet";
    else
      return "a value, or \"\" where the SDK does not know it yet";
  }
};

WXIM_END_NAMESPACE
