// SPDX-License-Identifier: MIT
#include "wxim/error.hpp"

#include <catch2/catch.hpp>

using namespace wxim;

TEST_CASE("every error code has a distinct name and maps into the wxim category") {
  for (int i = static_cast<int>(errc::empty_input); i <= static_cast<int>(errc::invalid_argument); ++i) {
    const auto e = static_cast<errc>(i);
    CHECK(to_string(e) != "unknown_error");
    for (int j = static_cast<int>(errc::empty_input); j < i; ++j)
      CHECK(to_string(static_cast<errc>(j)) != to_string(e));
    const std::error_code ec = e;  // implicit, through is_error_code_enum
    CHECK(ec.category().name() == std::string("wxim"));
    CHECK(ec.message() == std::string(to_string(e)));
  }
  CHECK(to_string(static_cast<errc>(999)) == "unknown_error");
}

TEST_CASE("describe names code, path, offset and message") {
  error e{errc::missing_field, "/userInfo/userId", 17, "add the key", {}};
  CHECK(e.describe() == "missing_field at /userInfo/userId (byte 17): add the key");
  e.path.clear();
  e.offset.reset();
  CHECK(e.describe() == "missing_field at (frame): add the key");
}

TEST_CASE("the exception carries the same error") {
  const error e{errc::too_deep, "/a", 3, "too deep", 10000};
  try {
    throw exception(e);
  } catch (const std::system_error& x) {
    CHECK(x.code() == make_error_code(errc::too_deep));
    const auto& w = dynamic_cast<const exception&>(x);
    CHECK(w.error() == e);
  }
}
