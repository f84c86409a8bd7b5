// SPDX-License-Identifier: MIT
// The umbrella header alone is enough to declare a shape and compare values.
#include "wxim/schema.hpp"

#include <catch2/catch.hpp>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace schema_umbrella_test {
struct item {
  std::string id;
  std::optional<std::int64_t> count;
  wxim::nullable<std::string> note;
  wxim::embedded_json<std::vector<int>> inner;
  wxim::extras extras;
};
constexpr auto wxim_schema(wxim::schema::tag<item>) {
  using namespace wxim::schema;
  return object<item>(field("id", &item::id), field("count", &item::count, default_to(std::int64_t{0})),
                      field("note", &item::note), field("inner", &item::inner))
      .keep_unknown(&item::extras);
}
using wxim::adl::operator==;
using wxim::adl::operator!=;
}  // namespace schema_umbrella_test

TEST_CASE("schema.hpp declares shapes and derives equality", "[schema]") {
  using schema_umbrella_test::item;
  STATIC_REQUIRE(wxim::schema::is_described_v<item>);
  STATIC_REQUIRE(decltype(wxim::schema::schema_of<item>())::size == 4);
  item a, b;
  a.id = b.id = "x";
  CHECK(a == b);
  b.inner.value.push_back(1);
  CHECK(a != b);
  a.inner = std::vector<int>{1};
  CHECK(a == b);
  a.extras.set("k", wxim::raw_json{"1"});
  CHECK(a != b);
}
