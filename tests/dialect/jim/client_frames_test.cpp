// SPDX-License-Identifier: MIT
#include "wxim/dialect/jim/client_frames.hpp"

#include <catch2/catch.hpp>

#include "wxim/codec/decode.hpp"

using namespace wxim;
using namespace wxim::jim;

TEST_CASE("requests built in code carry their cmd and only the keys set", "[jim]") {
  CHECK(encode(heartbeat_request{}) == R"({"cmd":13})");
  CHECK(encode(close_request{}) == R"({"cmd":14})");
  CHECK(encode(handshake_request{}) == R"({"cmd":1})");
  auth_request a;
  a.token = "t";
  CHECK(encode(a) == R"({"cmd":3,"token":"t"})");
  login_request l;
  l.loginname = "hello";
  l.password = "";
  CHECK(encode(l) == R"({"cmd":5,"loginname":"hello","password":""})");
  join_group_request j;
  j.group_id = "100";
  CHECK(encode(j) == R"({"cmd":7,"group_id":"100"})");
  get_user_request u;
  u.userid = "hello";
  CHECK(encode(u) == R"({"cmd":17,"type":0,"userid":"hello"})");
  get_message_request m;
  m.user_id = "stu_1024";
  m.group_id = "course_88";
  CHECK(encode(m) == R"({"cmd":19,"groupId":"course_88","type":1,"userId":"stu_1024"})");
}

TEST_CASE("requests decode directly, with the base fields", "[jim]") {
  auto h = decode<heartbeat_request>(R"({"cmd":13,"hbbyte":-127,"createTime":1,"id":"x","extras":{"a":null}})");
  REQUIRE(h);
  CHECK(h->hbbyte == -127);
  CHECK(h->create_time == 1);
  CHECK(*h->id == "x");
  CHECK(h->extras->find("a")->is_null());
  auto m = decode<get_message_request>(
      R"({"cmd":19,"type":1,"fromUserId":"w","userId":"u","beginTime":1,"endTime":2,"offset":0,"count":50})");
  REQUIRE(m);
  CHECK(m->count == 50);
  CHECK(m->offset == 0);
  CHECK(m->begin_time == 1);
  CHECK(*m->from_user_id == "w");
  CHECK(decode<get_user_request>(R"({"cmd":17,"userid":"u"})").error().path == "/type");
  auto j = decode<join_group_request>(R"({"cmd":7,"group_id":"1","users":[{"id":"a"}],"online":1})");
  REQUIRE(j);
  CHECK(*j->users->at(0).id == "a");
}
