// SPDX-License-Identifier: MIT
#include "wxim/schema/equal.hpp"

#include <catch2/catch.hpp>

#include "support/shapes.hpp"

using namespace wxim;
using namespace wxim_test::shapes;

namespace {
user_info user(std::string id) {
  user_info u;
  u.user_id = std::move(id);
  return u;
}
}  // namespace

TEST_CASE("equality compares every field", "[schema]") {
  user_info a = user("u"), b = user("u");
  CHECK(a == b);
  CHECK_FALSE(a != b);
  CHECK(schema::equal(a, b));

  b.user_id = "v";
  CHECK(a != b);
  b = a;
  b.nick_name = "n";
  CHECK(a != b);
  b = a;
  b.avatar_url = nullptr;  // null differs from absent
  CHECK(a != b);
  a.avatar_url = nullptr;
  CHECK(a == b);
}

TEST_CASE("equality includes the unknown keys, their values and their order", "[schema]") {
  user_info a = user("u"), b = user("u");
  a.extras.set("x", raw_json{"1"});
  CHECK(a != b);
  b.extras.set("x", raw_json{"2"});
  CHECK(a != b);
  b.extras.set("x", raw_json{"1"});
  CHECK(a == b);
  a.extras.set("y", raw_json{"2"});
  b.extras.erase("x");
  b.extras.set("y", raw_json{"2"});
  b.extras.set("x", raw_json{"1"});
  CHECK(a != b);  // same keys, another order
}

TEST_CASE("equality reaches into vectors, nested vectors and nullables of described types", "[schema]") {
  roster a, b;
  a.users = {user("1"), user("2")};
  b.users = {user("1"), user("2")};
  a.grid = {{1, 2}, {3}};
  b.grid = {{1, 2}, {3}};
  CHECK(a == b);

  b.users[1].extras.set("k", raw_json{"true"});
  CHECK(a != b);
  b.users[1].extras.clear();
  CHECK(a == b);

  b.grid[1].push_back(4);
  CHECK(a != b);
  b.grid[1].pop_back();

  a.owner = user("o");
  CHECK(a != b);
  b.owner = user("o");
  CHECK(a == b);
  b.owner->nick_name = "x";
  CHECK(a != b);

  // Through a round trip, equal values stay equal.
  a.extras.set("q", raw_json{R"({"r":[1,2]})"});
  CHECK(decode<roster>(encode(a)).value() == a);
}

TEST_CASE("embedded_json members compare by value", "[schema]") {
  conversation a, b;
  a.friend_id = b.friend_id = "f";
  a.latest_msg.value.type = "text";
  CHECK(a != b);
  b.latest_msg.value.type = "text";
  CHECK(a == b);
}
