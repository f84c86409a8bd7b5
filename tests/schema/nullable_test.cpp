// SPDX-License-Identifier: MIT
#include "wxim/schema/nullable.hpp"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "support/shapes.hpp"

using namespace wxim;
using namespace wxim_test::shapes;

TEST_CASE("nullable has three states", "[schema]") {
  nullable<int> a;
  CHECK(a.is_absent());
  CHECK(a.which() == nullable<int>::state::absent);
  CHECK_FALSE(a.is_null());
  CHECK_FALSE(a.has_value());

  nullable<int> n = nullptr;
  CHECK(n.is_null());
  CHECK(n.which() == nullable<int>::state::null);

  nullable<int> v = 5;
  CHECK(v.has_value());
  CHECK(*v == 5);
  CHECK(v.value() == 5);

  CHECK(a != n);
  CHECK(n != v);
  CHECK(a != v);
  CHECK(a == nullable<int>::absent());
  CHECK(n == nullable<int>(nullptr));
  CHECK(v == nullable<int>(5));
  CHECK(v != nullable<int>(6));

  v.set_null();
  CHECK(v.is_null());
  CHECK(v == n);
  v.reset();
  CHECK(v.is_absent());
  v.emplace() = 9;
  CHECK(v.has_value());
  CHECK(*v == 9);

  nullable<std::string> s = std::string("abc");
  CHECK(s->size() == 3);
}

TEST_CASE("nullable as a top-level value and in arrays", "[schema]") {
  auto r = decode<nullable<int>>("null");
  REQUIRE(r);
  CHECK(r->is_null());
  CHECK(encode(*r) == "null");

  r = decode<nullable<int>>("42");
  REQUIRE(r);
  CHECK(*r == nullable<int>(42));
  CHECK(encode(*r) == "42");

  auto arr = decode<std::vector<nullable<std::string>>>(R"(["a",null,"b"])");
  REQUIRE(arr);
  REQUIRE(arr->size() == 3);
  CHECK((*arr)[0] == nullable<std::string>(std::string("a")));
  CHECK((*arr)[1].is_null());
  CHECK(encode(*arr) == R"(["a",null,"b"])");

  const auto bad = decode<std::vector<nullable<std::string>>>(R"(["a",1])");
  REQUIRE_FALSE(bad);
  CHECK(bad.error().code == errc::type_mismatch);
  CHECK(bad.error().path == "/1");
}

TEST_CASE("a nullable described object: absent, null and a value round trip exactly", "[schema]") {
  for (const std::string text : {R"({"users":[],"grid":[]})", R"({"users":[],"grid":[],"owner":null})",
                                 R"({"users":[],"grid":[],"owner":{"userId":"o"}})"}) {
    const auto r = decode<roster>(text);
    REQUIRE(r);
    CHECK(encode(*r) == text);
  }
  const auto r = decode<roster>(R"({"users":[],"grid":[],"owner":{"userId":null}})");
  REQUIRE_FALSE(r);
  CHECK(r.error().code == errc::unexpected_null);
  CHECK(r.error().path == "/owner/userId");
}
