// SPDX-License-Identifier: MIT
#include "wxim/dialect/jim/frame.hpp"

#include <catch2/catch.hpp>
#include <set>

#include "support/vectors.hpp"

using namespace wxim;
using namespace wxim::jim;

namespace {

/// A jim reject case: the shared format plus optional "status" (the
/// peer_status J-IM would answer with; absent = none) and "lenient" (names).
struct jim_reject_case {
  wxim_test::reject_case base;
  std::optional<int> status;
  decode_options options;
};

std::vector<jim_reject_case> jim_reject_cases() {
  std::vector<jim_reject_case> out;
  const auto shared = wxim_test::reject_cases("jim");
  std::size_t i = 0;
  for (const auto& file : wxim_test::vector_files("reject", "jim"))
    for (const auto& line : wxim_test::read_lines(file)) {
      const auto j = nlohmann::json::parse(line);
      jim_reject_case c;
      c.base = shared.at(i++);
      if (j.contains("status")) c.status = j.at("status").get<int>();
      if (j.contains("lenient"))
        for (const auto& name : j.at("lenient")) c.options.lenient |= parse_leniency(name.get<std::string>()).value();
      out.push_back(std::move(c));
    }
  return out;
}

template <std::size_t... I>
frame default_frame(frame_kind k, std::index_sequence<I...>) {
  frame f;
  ((static_cast<std::size_t>(k) == I ? (void)(f = frame(std::in_place_index<I>)) : void()), ...);
  return f;
}

}  // namespace

TEST_CASE("every jim accept vector decodes to the kind its file names and round-trips losslessly", "[jim]") {
  const auto files = wxim_test::vector_files("accept", "jim");
  std::set<std::string> kinds;
  std::size_t frames = 0;
  for (const auto& file : files) {
    const std::string kind = file.stem().string();
    kinds.insert(kind);
    REQUIRE(parse_frame_kind(kind));
    for (const auto& line : wxim_test::read_lines(file)) {
      INFO(file.filename().string() << ": " << line);
      auto f = decode_frame(line);
      REQUIRE(f);
      CHECK(to_string(kind_of(*f)) == kind);
      CHECK(wxim_test::json_equal(encode(*f), line));
      CHECK_FALSE(validate(*f));
      // Telling the direction gives the same kind; the other direction refuses it.
      const direction dir = direction_of(kind_of(*f));
      auto g = decode_frame(line, dir);
      REQUIRE(g);
      CHECK(kind_of(*g) == kind_of(*f));
      CHECK(encode(*g) == encode(*f));
      CHECK(decode_frame(line, dir == direction::c2s ? direction::s2c : direction::c2s).error().code ==
            errc::unknown_frame);
      // Encoding is a fixed point.
      auto h = decode_frame(encode(*f));
      REQUIRE(h);
      CHECK(*h == *f);
      ++frames;
    }
  }
  // One file per kind, every kind.
  CHECK(kinds.size() == std::size(all_frame_kinds));
  CHECK(frames >= 70);
}

TEST_CASE("every jim reject vector fails with its code, path and peer status, without throwing", "[jim]") {
  const auto cases = jim_reject_cases();
  REQUIRE(cases.size() >= 150);
  for (const auto& c : cases) {
    INFO(c.base.why << ": " << c.base.frame);
    result<frame> r = error{};
    REQUIRE_NOTHROW(r = decode_frame(c.base.frame, *parse_direction(c.base.direction), c.options));
    REQUIRE_FALSE(r);
    CHECK(to_string(r.error().code) == c.base.code);
    CHECK(r.error().path == c.base.path);
    CHECK(r.error().peer_status == c.status);
    CHECK_FALSE(r.error().message.empty());
    // classify agrees with decode_frame where classification is what failed.
    auto k = classify(c.base.frame, *parse_direction(c.base.direction), c.options);
    if (!k) CHECK(k.error() == r.error());
  }
}

TEST_CASE("the reject vectors cover every command, in both directions", "[jim]") {
  std::set<std::string> frames;
  for (const auto& c : jim_reject_cases()) frames.insert(c.base.frame);
  for (int n = 0; n <= max_command; ++n) {
    const command c = to_command(n);
    INFO("command " << n);
    if (!is_handled_by_server(c)) CHECK(frames.count("{\"cmd\":" + std::to_string(n) + "}") == 1);
    if (!is_sent_by_server(c)) CHECK(frames.count("{\"command\":" + std::to_string(n) + "}") == 1);
    CHECK(((kind_for(c, direction::c2s).has_value() == is_handled_by_server(c)) &&
           (kind_for(c, direction::s2c).has_value() == is_sent_by_server(c))));
  }
}

TEST_CASE("the direction comes from cmd or command, or is asked for", "[jim]") {
  CHECK(*classify(R"({"cmd":13})") == frame_kind::heartbeat);
  CHECK(*classify(R"({"command":13,"data":{"hbbyte":-128}})") == frame_kind::heartbeat_reply);
  CHECK(*classify(R"({"cmd":14})") == frame_kind::close);
  CHECK(*classify(R"({"command":14,"code":10021,"msg":"close ok! 关闭成功"})") == frame_kind::close_reply);
  CHECK(*classify(R"({"cmd":11,"chatType":1})") == frame_kind::chat);
  CHECK(*classify(R"({"command":11,"data":{}})") == frame_kind::chat_push);
  // Both keys: a direction settles it, and the other key is kept as unknown.
  CHECK(classify(R"({"cmd":13,"command":13})").error().code == errc::ambiguous_frame);
  CHECK(*classify(R"({"cmd":13,"command":13})", direction::c2s) == frame_kind::heartbeat);
  auto f = decode_frame(R"({"cmd":13,"command":13})", direction::c2s);
  REQUIRE(f);
  CHECK(std::get<heartbeat_request>(*f).unknown.find("command")->text == "13");
  CHECK(*classify(R"({"cmd":13,"command":12,"code":10000,"msg":""})", direction::s2c) == frame_kind::chat_ack);
  // A server frame's cmd inside data does not count.
  CHECK(*classify(R"({"command":11,"data":{"cmd":11}})") == frame_kind::chat_push);
}

TEST_CASE("a fork's command is refused but its number can still be read", "[jim]") {
  const std::string text = R"({"cmd":21,"userId":"u","status":"online"})";
  auto f = decode_frame(text);
  REQUIRE_FALSE(f);
  CHECK(f.error().code == errc::unsupported_command);
  CHECK(f.error().message.find("21") != std::string::npos);
  CHECK(f.error().peer_status == 10017);
  auto w = peek_command(text);
  REQUIRE(w);
  CHECK(w->dir == direction::c2s);
  CHECK(w->key == "cmd");
  CHECK(w->number == 21);
  CHECK(w->known == command::unknown);
  CHECK(w->value.text == "21");

  auto s = peek_command(R"({"command":"COMMAND_CHAT_REQ"})");
  REQUIRE(s);
  CHECK(s->dir == direction::s2c);
  CHECK_FALSE(s->number);
  CHECK(s->value.text == R"("COMMAND_CHAT_REQ")");
  CHECK(peek_command(R"({"type":"text"})").error().code == errc::unknown_frame);
  CHECK(peek_command(R"({"cmd":11})")->known == command::chat_req);
}

TEST_CASE("numeric-strings accepts what the demo page and the chatrooms send", "[jim]") {
  decode_options lax;
  lax.lenient = leniency::numeric_strings;
  auto hb = decode_frame(R"({"cmd":13,"hbbyte":"-127"})", direction::any, lax);
  REQUIRE(hb);
  CHECK(std::get<heartbeat_request>(*hb).hbbyte == -127);
  CHECK(encode(*hb) == R"({"cmd":13,"hbbyte":"-127"})");  // written back as it came

  auto users = decode_frame(R"({"cmd":17,"type":"0","userid":"hello"})", direction::any, lax);
  REQUIRE(users);
  CHECK(std::get<get_user_request>(*users).type == 0);
  auto offline = decode_frame(R"({"cmd":19,"type":"0","userId":"hello"})", direction::any, lax);
  REQUIRE(offline);
  CHECK(std::get<get_message_request>(*offline).type == 0);

  auto chat = decode_frame(R"({"cmd":"11","chatType":"1","msgType":"0","group_id":"g","createTime":"1718590210000"})",
                           direction::any, lax);
  REQUIRE(chat);
  const auto& b = std::get<chat_body>(*chat);
  CHECK(b.chat_type == 1);
  CHECK(b.msg_type == 0);
  CHECK(b.create_time == 1718590210000);
  // Each value is written back as the peer spelled it, while it is unchanged.
  CHECK(encode(*chat) == R"({"chatType":"1","cmd":"11","createTime":"1718590210000","group_id":"g","msgType":"0"})");
  auto changed = std::get<chat_body>(*chat);
  changed.create_time = 1718590299000;
  CHECK(wxim::encode(changed) ==
        R"({"chatType":"1","cmd":"11","createTime":1718590299000,"group_id":"g","msgType":"0"})");
  CHECK(changed == std::get<chat_body>(*decode_frame(
                       R"({"cmd":11,"chatType":1,"msgType":0,"group_id":"g","createTime":1718590299000})")));

  // Rules still apply to coerced values, with the server's status.
  auto bad = decode_frame(R"({"cmd":19,"type":"2","userId":"u"})", direction::any, lax);
  REQUIRE_FALSE(bad);
  CHECK(bad.error().path == "/type");
  CHECK(bad.error().peer_status == 10015);

  // Strict mode says how J-IM reads the value.
  auto strict = decode_frame(R"({"cmd":17,"type":"0","userid":"hello"})");
  REQUIRE_FALSE(strict);
  CHECK(strict.error().path == "/type");
  CHECK(strict.error().message.find("numeric-strings") != std::string::npos);
}

TEST_CASE("the chatroom heartbeat decodes by default and round-trips byte for byte", "[jim]") {
  const std::string text = R"({"cmd":13,"hbbyte":"-127"})";
  auto hb = decode_frame(text);
  REQUIRE(hb);
  CHECK(std::get<heartbeat_request>(*hb).hbbyte == -127);
  CHECK(encode(*hb) == text);
  // The same value as the integer form: the spelling is not part of it.
  CHECK(*hb == *decode_frame(R"({"cmd":13,"hbbyte":-127})"));
  CHECK(encode(*decode_frame(R"({"cmd":13,"hbbyte":-127})")) == R"({"cmd":13,"hbbyte":-127})");
  // Only hbbyte: a Java byte still, and another field stays strict.
  CHECK(decode_frame(R"({"cmd":13,"hbbyte":"-129"})").error().code == errc::number_out_of_range);
  CHECK(decode_frame(R"({"cmd":13,"hbbyte":"ping"})").error().code == errc::type_mismatch);
  CHECK(decode_frame(R"({"cmd":13,"hbbyte":"-127","createTime":"1"})").error().path == "/createTime");
}

TEST_CASE("case-insensitive-keys matches keys the way J-IM's fastjson does", "[jim]") {
  decode_options lax;
  lax.lenient = leniency::case_insensitive_keys;
  // Case is ignored, for cmd too.
  auto chat = decode_frame(R"({"CMD":11,"ChatType":1,"GROUP_ID":"g","Content":"hi"})", direction::any, lax);
  REQUIRE(chat);
  CHECK(*std::get<chat_body>(chat.value()).group_id == "g");
  // Written back under the keys as sent, in the schema's order.
  CHECK(encode(*chat) == R"({"ChatType":1,"CMD":11,"Content":"hi","GROUP_ID":"g"})");
  // 3.0's userId fills 2.x's userid (case), and userid fills userId.
  auto u = decode_frame(R"({"cmd":17,"type":0,"userId":"hello"})", direction::any, lax);
  REQUIRE(u);
  CHECK(std::get<get_user_request>(*u).userid == "hello");
  auto m = decode_frame(R"({"cmd":19,"type":0,"userid":"hello"})", direction::any, lax);
  REQUIRE(m);
  CHECK(std::get<get_message_request>(*m).user_id == "hello");
  // An input key with '_' or '-' is also tried without them: group_id and
  // group-id fill groupId, from_user_id fills fromUserId.
  auto g = decode_frame(R"({"cmd":19,"type":1,"group_id":"g","user-id":"u"})", direction::any, lax);
  REQUIRE(g);
  CHECK(*std::get<get_message_request>(*g).group_id == "g");
  CHECK(std::get<get_message_request>(*g).user_id == "u");
  auto fr = decode_frame(R"({"cmd":19,"type":1,"from_user_id":"w","userId":"u"})", direction::any, lax);
  REQUIRE(fr);
  CHECK(*std::get<get_message_request>(*fr).from_user_id == "w");
  // But a key without '_' never fills a field whose name has one: 2.x drops
  // groupId in a chat, and the group chat then has no group_id.
  auto dropped = decode_frame(R"({"cmd":11,"chatType":1,"groupId":"g"})", direction::any, lax);
  REQUIRE_FALSE(dropped);
  CHECK(dropped.error().path == "/group_id");
  auto kept = decode_frame(R"({"cmd":11,"chatType":2,"to":"w","groupId":"g"})", direction::any, lax);
  REQUIRE(kept);
  CHECK(std::get<chat_body>(*kept).unknown.find("groupId")->text == "\"g\"");
  // Nested bodies too; map keys (ids) are data and are never renamed.
  auto push = decode_frame(
      R"({"COMMAND":20,"Code":10018,"MSG":"ok","Data":{"Friends":{},"GROUPS":{"Course":[{"CHATTYPE":1,"Cmd":11,"Group_Id":"Course"}]},"UserId":"u"}})",
      direction::any, lax);
  REQUIRE(push);
  const auto& data = *std::get<get_message_reply>(*push).data;
  REQUIRE(data.groups.find("Course"));
  CHECK(*data.groups.find("Course")->at(0).group_id == "Course");
  CHECK(data.userid == "u");
  CHECK(wxim_test::json_equal(
      encode(*push),
      R"({"COMMAND":20,"Code":10018,"MSG":"ok","Data":{"Friends":{},"GROUPS":{"Course":[{"CHATTYPE":1,"Cmd":11,"Group_Id":"Course"}]},"UserId":"u"}})"));
  // Strict by default.
  CHECK(decode_frame(R"({"CMD":11,"chatType":1,"group_id":"g"})").error().code == errc::unknown_frame);
  CHECK(decode_frame(R"({"cmd":17,"type":0,"userId":"hello"})").error().path == "/userid");
}

TEST_CASE("the chatroom's own keys decode strictly as chat body fields", "[jim]") {
  const std::string text =
      R"({"from":"stu_1024","createTime":1718590210000,"cmd":11,"group_id":"course_88","chatType":1,"msgType":0,"content":"Is the quiz open-book?","nickName":"Mei","avatar":"https://example.com/a/mei.png","type":1})";
  auto f = decode_frame(text);
  REQUIRE(f);
  const auto& b = std::get<chat_body>(*f);
  CHECK(b.unknown.empty());
  CHECK(b.type == 1);
  CHECK(*b.nick_name == "Mei");
  CHECK(wxim_test::json_equal(encode(*f), text));
  // A server that keeps them pushes them back, in their alphabetical places.
  const std::string push =
      R"({"command":11,"data":{"avatar":"https://example.com/a/mei.png","chatType":1,"cmd":11,"content":"https://example.com/i/q7.png","createTime":1718590215000,"from":"stu_1024","group_id":"course_88","id":"6a1d","msgType":0,"nickName":"Mei","type":2}})";
  auto p = decode_frame(push);
  REQUIRE(p);
  CHECK(std::get<chat_push>(*p).data.type == 2);
  CHECK(encode(*p) == push);
  // The server ignores these keys, so a wrong type has no J-IM answer of its own.
  auto bad = decode_frame(R"({"cmd":11,"chatType":1,"group_id":"g","type":"2"})");
  REQUIRE_FALSE(bad);
  CHECK(bad.error().path == "/type");
  CHECK_FALSE(bad.error().peer_status);
  // Under numeric-strings the chatroom's type is read like any integer.
  decode_options lax;
  lax.lenient = leniency::numeric_strings;
  auto coerced = decode_frame(R"({"cmd":11,"chatType":1,"group_id":"g","type":"2"})", direction::any, lax);
  REQUIRE(coerced);
  CHECK(std::get<chat_body>(*coerced).type == 2);
}

TEST_CASE("case-insensitive-keys matches the chatroom's keys too", "[jim]") {
  decode_options lax;
  lax.lenient = leniency::case_insensitive_keys;
  auto f = decode_frame(R"({"cmd":11,"chatType":1,"group_id":"g","NICKNAME":"Mei","Type":3})", direction::any, lax);
  REQUIRE(f);
  const auto& b = std::get<chat_body>(*f);
  CHECK(*b.nick_name == "Mei");
  CHECK(b.type == 3);
  CHECK(b.unknown.empty());
}

TEST_CASE("join replies and notifies decode in 2.x's and 3.0's forms", "[jim]") {
  auto nested = decode_frame(R"({"command":9,"data":{"group":"Web161","user":{"id":"u_77","nick":"Lin"}}})");
  REQUIRE(nested);
  CHECK(std::get<join_group_notify>(*nested).group_id() == "Web161");
  auto flat = decode_frame(
      R"({"code":10011,"command":9,"group":"Web161","msg":"join group ok! 加入群组成功!","user":{"nick":"Lin","status":"online","userId":"u_77"}})");
  REQUIRE(flat);
  CHECK(std::get<join_group_notify>(*flat).group_id() == "Web161");
  CHECK(std::get<join_group_notify>(*flat).member()->any_id() == "u_77");
  auto refused = decode_frame(
      R"({"code":10012,"command":8,"data":{"groupId":"Web161"},"msg":"join group failed! 加入群组失败!","result":0})");
  REQUIRE(refused);
  CHECK(std::get<join_group_reply>(*refused).outcome() == 0);
  // The group is its id; a group object is refused where the id belongs.
  auto object = decode_frame(R"({"command":9,"data":{"group":{"group_id":"100"},"user":{"id":"u"}}})");
  REQUIRE_FALSE(object);
  CHECK(object.error().code == errc::type_mismatch);
  CHECK(object.error().path == "/data/group");
}

TEST_CASE("server frames encode alphabetically, byte for byte as the server writes them", "[jim]") {
  for (
      const std::string text : {
          R"({"command":11,"data":{"chatType":1,"cmd":11,"content":"Is the quiz open-book?","createTime":1718590210000,"from":"stu_1024","group_id":"course_88","id":"5f0c3a9e2b7d4c18a6e1f2d3c4b5a697","msgType":0}})",
          R"({"command":13,"data":{"hbbyte":-128}})",
          R"({"code":10017,"command":0,"msg":"cmd failed! 未知的cmd命令!"})",
          R"({"code":10018,"command":20,"data":{"friends":{},"groups":{"course_88":[{"chatType":1,"cmd":11,"content":"Welcome!","createTime":1718590000000,"from":"teacher_7","group_id":"course_88","id":"0a1b2c3d4e5f60718293a4b5c6d7e8f9","msgType":0}]},"userid":"stu_1024"},"msg":"get user message ok! 获取历史消息成功!"})",
      }) {
    auto f = decode_frame(text);
    REQUIRE(f);
    CHECK(encode(*f) == text);
  }
}

TEST_CASE("kind names, directions and commands", "[jim]") {
  for (frame_kind k : all_frame_kinds) {
    CHECK(parse_frame_kind(to_string(k)) == k);
    CHECK(kind_for(command_of(k), direction_of(k)) == k);
    // Every alternative's default value carries its kind's command.
    const frame f = default_frame(k, std::make_index_sequence<std::variant_size_v<frame>>{});
    CHECK(kind_of(f) == k);
    CHECK(peek_command(encode(f))->known == command_of(k));
  }
  CHECK(to_string(frame_kind::get_message_reply) == "get_message_reply");
  CHECK(direction_of(frame_kind::get_message) == direction::c2s);
  CHECK(direction_of(frame_kind::cmd_failed) == direction::s2c);
  CHECK(command_of(frame_kind::chat_ack) == command::chat_resp);
  CHECK_FALSE(parse_frame_kind("push"));
}

TEST_CASE("a frame built wrong is caught by validate", "[jim]") {
  chat_body b;
  b.chat_type = 1;
  b.group_id = "g";
  CHECK_FALSE(validate(frame(b)));
  b.cmd = command::heartbeat_req;
  auto e = validate(frame(b));
  REQUIRE(e);
  CHECK(e->path == "/cmd");
  chat_ack a;
  a.code = status::login_ok;
  CHECK(validate(frame(a))->path == "/code");
}
