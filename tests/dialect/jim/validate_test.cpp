// SPDX-License-Identifier: MIT
#include "wxim/dialect/jim/validate.hpp"

#include <catch2/catch.hpp>

using namespace wxim;
using namespace wxim::jim;

TEST_CASE("chat rules, with the status the server answers a request with", "[jim]") {
  chat_body b;
  b.chat_type = 1;
  auto e = validate(b);
  REQUIRE(e);
  CHECK(e->code == errc::missing_field);
  CHECK(e->path == "/group_id");
  CHECK(e->peer_status == 10000);
  b.group_id = "";
  CHECK(validate(b)->code == errc::invalid_value);
  b.group_id = "g";
  CHECK_FALSE(validate(b));

  b.chat_type = 2;
  CHECK(validate(b)->peer_status == 10001);
  b.to = "w";
  CHECK_FALSE(validate(b));
  b.chat_type = 0;  // accepted, never delivered
  CHECK_FALSE(validate(b));
  b.chat_type = 3;
  e = validate(b);
  REQUIRE(e);
  CHECK(e->path == "/chatType");
  CHECK_FALSE(e->peer_status);  // 2.x drops it silently

  // Inside a server frame: the path is prefixed and no status is given.
  b.chat_type = 2;
  b.to.reset();
  e = validate(b, "/data", false);
  REQUIRE(e);
  CHECK(e->path == "/data/to");
  CHECK_FALSE(e->peer_status);
  b.to = "w";
  b.cmd = command::chat_resp;
  CHECK(validate(b, "/data", false)->path == "/data/cmd");
}

TEST_CASE("get-message, get-user and join rules", "[jim]") {
  get_message_request m;
  m.type = 1;
  CHECK(validate(m)->path == "/userId");
  m.user_id = "u";
  auto e = validate(m);
  REQUIRE(e);
  CHECK(e->path == "/groupId");
  CHECK(e->peer_status == 10015);
  m.from_user_id = "w";
  CHECK_FALSE(validate(m));
  m.type = 0;
  m.from_user_id.reset();
  CHECK_FALSE(validate(m));  // offline needs neither
  m.type = 5;
  CHECK(validate(m)->path == "/type");

  get_user_request u;
  CHECK(validate(u)->peer_status == 10004);
  u.userid = "hello";
  u.type = 7;  // not checked: the spec does not say what the server does
  CHECK_FALSE(validate(u));

  join_group_request j;
  j.group_id = " \t";
  e = validate(j);
  REQUIRE(e);
  CHECK(e->path == "/group_id");
  CHECK_FALSE(e->peer_status);  // the server closes the connection instead
  j.group_id = "100";
  CHECK_FALSE(validate(j));
}

TEST_CASE("server replies carry a code their command uses", "[jim]") {
  chat_ack a;
  CHECK_FALSE(validate(a));
  a.code = status::close_ok;
  CHECK(validate(a)->path == "/code");
  a.code = static_cast<status>(10022);
  CHECK(validate(a)->message.find("10000-10021") != std::string::npos);
  a.code = status::online;
  CHECK(validate(a)->message.find("HTTP") != std::string::npos);

  join_group_reply j;
  CHECK(validate(j)->code == errc::missing_field);  // no result anywhere
  j.data.result = 1;
  CHECK_FALSE(validate(j));
  j.data.result = 2;
  CHECK(validate(j)->path == "/data/result");
  j.code = status::join_group_failed;
  CHECK_FALSE(validate(j));
  j.result = 2;  // both places: they agree
  CHECK_FALSE(validate(j));
  j.result = 0;
  CHECK(validate(j)->path == "/result");
  j.data.result.reset();  // 3.0's refusal
  CHECK_FALSE(validate(j));
  j.result = 1;
  CHECK(validate(j)->path == "/result");

  get_message_reply r;
  r.data.emplace();
  chat_body bad;
  bad.chat_type = 1;
  r.data->groups["g/1"].push_back(bad);
  auto e = validate(r);
  REQUIRE(e);
  CHECK(e->path == "/data/groups/g~11/0/group_id");

  join_group_notify n;
  CHECK(validate(n)->path == "/data");
  n.data = group_notify_data{"Web161", user{}, {}};
  CHECK_FALSE(validate(n));
  n.code = status::join_group_ok;  // tolerated on the nested form
  CHECK_FALSE(validate(n));
  n.user = user{};
  CHECK(validate(n)->path == "/user");
  n.data.reset();
  CHECK(validate(n)->path == "/group");
  n.group = "Web161";
  CHECK_FALSE(validate(n));
  n.code = status::join_group_failed;
  CHECK(validate(n)->path == "/code");

  heartbeat_reply h;
  CHECK_FALSE(validate(h));
  h.command = command::chat_req;
  CHECK(validate(h)->path == "/command");
}

TEST_CASE("the status a decode failure is answered with", "[jim]") {
  const auto at = [](errc code, std::string path) {
    return error{code, std::move(path), std::nullopt, "x", std::nullopt};
  };
  CHECK(peer_status_for(command::heartbeat_req, at(errc::type_mismatch, "/createTime")) == 10017);
  CHECK(peer_status_for(command::chat_req, at(errc::type_mismatch, "/extras")) == 10017);
  CHECK(peer_status_for(command::chat_req, at(errc::duplicate_key, "/extras/k")) == 10017);
  CHECK(peer_status_for(command::chat_req, at(errc::type_mismatch, "/id")) == 10017);
  CHECK_FALSE(peer_status_for(command::chat_req, at(errc::type_mismatch, "/idx")));
  CHECK(peer_status_for(command::chat_req, at(errc::missing_field, "/chatType")) == 10002);
  CHECK_FALSE(peer_status_for(command::chat_req, at(errc::type_mismatch, "/chatType")));
  CHECK(peer_status_for(command::get_message_req, at(errc::missing_field, "/userId")) == 10015);
  CHECK(peer_status_for(command::get_user_req, at(errc::missing_field, "/userid")) == 10004);
  CHECK_FALSE(peer_status_for(command::get_user_req, at(errc::missing_field, "/type")));
  CHECK(peer_status_for(command::close_req, at(errc::type_mismatch, "/userid")) == 10020);
}
