// SPDX-License-Identifier: MIT
#include "wxim/dialect/jim/server_frames.hpp"

#include <catch2/catch.hpp>

#include "wxim/codec/decode.hpp"

using namespace wxim;
using namespace wxim::jim;

TEST_CASE("server frames built in code are what the server writes", "[jim]") {
  CHECK(encode(heartbeat_reply{}) == R"({"command":13,"data":{"hbbyte":-128}})");
  CHECK(encode(handshake_reply{}) == R"({"command":2,"data":{"hbyte":-127}})");
  cmd_failed_reply f;
  f.code = status::unknown_cmd;
  f.msg = status_msg(status::unknown_cmd);
  CHECK(encode(f) == R"({"code":10017,"command":0,"msg":"cmd failed! 未知的cmd命令!"})");
  close_reply c;
  c.code = status::close_ok;
  c.msg = status_msg(c.code);
  CHECK(encode(c) == R"({"code":10021,"command":14,"msg":"close ok! 关闭成功"})");
  get_message_reply empty;
  empty.msg = status_msg(empty.code);
  CHECK(encode(empty) == R"({"code":10018,"command":20,"msg":"get user message ok! 获取历史消息成功!"})");
  login_reply l;
  l.msg = status_msg(l.code);
  CHECK(encode(l) == R"({"code":10007,"command":6,"msg":"ok 登录成功!"})");
}

TEST_CASE("status replies are distinct types with one shape", "[jim]") {
  static_assert(!std::is_same_v<chat_ack, close_reply>);
  auto a = decode<chat_ack>(R"({"code":10001,"command":12,"msg":"offline 用户不在线"})");
  REQUIRE(a);
  CHECK(a->code == status::offline);
  CHECK(a->command == command::chat_resp);
}

TEST_CASE("stored messages keep their maps' order", "[jim]") {
  const std::string text =
      R"({"code":10016,"command":20,"data":{"friends":{"zed":[],"amy":[{"chatType":2,"cmd":11,"content":"hi","from":"amy","to":"me"}]},"groups":{},"userid":"me"},"msg":"get user message ok! 获取离线消息成功!"})";
  auto r = decode<get_message_reply>(text);
  REQUIRE(r);
  REQUIRE(r->data);
  CHECK(r->data->friends.begin()->first == "zed");
  CHECK(*r->data->friends.find("amy")->at(0).from == "amy");
  CHECK(encode(*r) == text);
}

TEST_CASE("join results and notifies name the group by its id", "[jim]") {
  auto j = decode<join_group_reply>(
      R"({"code":10012,"command":8,"data":{"group":"1","result":3},"msg":"join group failed! 加入群组失败!"})");
  REQUIRE(j);
  CHECK(static_cast<join_result>(*j->outcome()) == join_result::group_full);
  CHECK(j->group_id() == "1");
  CHECK_FALSE(j->result);
  // A group object where the id belongs is not J-IM's shape.
  CHECK(
      decode<join_group_reply>(R"({"code":10011,"command":8,"data":{"group":{"group_id":"1"},"result":1},"msg":"ok"})")
          .error()
          .path == "/data/group");
  auto n = decode<exit_group_notify>(R"({"command":10,"data":{"group":"100","user":{"id":"u","nick":"n"}}})");
  REQUIRE(n);
  CHECK(n->group_id() == "100");
  CHECK(*n->member()->nick == "n");
  CHECK_FALSE(n->data.user.status);
}

TEST_CASE("a 3.0 join refusal has its result at the top level", "[jim]") {
  const std::string text =
      R"({"code":10012,"command":8,"data":{"groupId":"Web161"},"msg":"join group failed! 加入群组失败!","result":0})";
  auto j = decode<join_group_reply>(text);
  REQUIRE(j);
  CHECK(j->result == 0);
  CHECK_FALSE(j->data.result);
  CHECK(j->outcome() == 0);
  CHECK(j->group_id().empty());  // 3.0's data is the group asked for, kept as is
  CHECK(j->data.unknown.find("groupId")->text == R"("Web161")");
  CHECK(encode(*j) == text);
}

TEST_CASE("a join notify in 2.x's nested form and in 3.0's flat one", "[jim]") {
  const std::string nested = R"({"command":9,"data":{"group":"Web161","user":{"id":"u_77","nick":"Lin"}}})";
  auto a = decode<join_group_notify>(nested);
  REQUIRE(a);
  CHECK_FALSE(a->is_flat());
  CHECK(a->group_id() == "Web161");
  CHECK(a->member()->any_id() == "u_77");
  CHECK_FALSE(a->code);
  CHECK(encode(*a) == nested);

  const std::string flat =
      R"({"code":10011,"command":9,"group":"Web161","msg":"join group ok! 加入群组成功!","user":{"nick":"Lin","status":"online","userId":"u_77"}})";
  auto b = decode<join_group_notify>(flat);
  REQUIRE(b);
  CHECK(b->is_flat());
  CHECK(b->code == status::join_group_ok);
  CHECK(b->group_id() == "Web161");
  REQUIRE(b->member());
  CHECK(*b->member()->user_id == "u_77");
  CHECK(b->member()->any_id() == "u_77");
  CHECK(b->member()->unknown.empty());
  CHECK(encode(*b) == flat);

  CHECK(join_group_notify{}.group_id().empty());
  CHECK(join_group_notify{}.member() == nullptr);
}
