// SPDX-License-Identifier: MIT
#include "wxim/dialect/easemob/mapping.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "wxim/codec/decode.hpp"
#include "wxim/dialect/easemob/object.hpp"

using namespace wxim;
using namespace wxim::easemob;
using namespace std::chrono_literals;

namespace {

bool json_equal(const std::string& a, const std::string& b) {
  return nlohmann::json::parse(a) == nlohmann::json::parse(b);
}

message must_message(const std::string& text) {
  auto r = decode<message>(text);
  if (!r) FAIL(r.error().describe());
  return std::move(*r);
}

chat_message must_map(const std::string& text, std::string_view viewer = "zhou_hao") {
  auto m = to_message(must_message(text), viewer);
  if (!m) FAIL(m.error().describe());
  return std::move(*m);
}

}  // namespace

TEST_CASE("chat types map both ways", "[easemob]") {
  CHECK(to_chat_type(chat_kind::single_chat) == chat_type::direct);
  CHECK(to_chat_type(chat_kind::group_chat) == chat_type::group);
  CHECK(to_chat_type(chat_kind::chat_room) == chat_type::room);
  CHECK(to_chat_type(chat_kind::unknown) == chat_type::unknown);
  CHECK(*to_chat_kind(chat_type::direct) == chat_kind::single_chat);
  CHECK(*to_chat_kind(chat_type::room) == chat_kind::chat_room);
  CHECK_FALSE(to_chat_kind(chat_type::unknown));
}

TEST_CASE("an incoming text: instant from ms, author from `from`, not mine", "[easemob]") {
  const auto m = must_map(
      R"({"id":"1286533349917329401","type":"txt","chatType":"singleChat","from":"liu_yang","to":"zhou_hao","msg":"好的","ext":{},"time":1718590215321,"onlineState":1})");
  CHECK(m.id == "1286533349917329401");
  CHECK(m.chat == chat_type::direct);
  CHECK(m.author == "liu_yang");
  CHECK(m.recipient == "zhou_hao");
  CHECK(m.time == from_unix_ms(1718590215321));
  CHECK(std::get<text_content>(m.body).text == "好的");
  CHECK(m.status == send_status::success);
  CHECK_FALSE(wxim::is_mine(m, "zhou_hao"));
  CHECK(conversation_peer(m, "zhou_hao") == "liu_yang");
}

TEST_CASE("a created text is the viewer's, still sending, it survives body -> model -> body", "[easemob]") {
  const std::string text =
      R"({"type":"txt","id":"453636610001","msg":"Meeting moved to 3 pm","to":"liu_yang","from":"","chatType":"singleChat","time":1718590210000})";
  const auto m = must_map(text, "zhou_hao");
  CHECK(m.author == "zhou_hao");
  CHECK(m.status == send_status::sending);
  CHECK(wxim::is_mine(m, "zhou_hao"));
  CHECK(easemob::is_mine(std::get<text_message>(must_message(text)), "zhou_hao"));
  auto back = to_easemob(m);
  REQUIRE(back);
  CHECK(json_equal(wxim::encode(*back), text));
}

TEST_CASE("a multi-device self-sync reads from as user/resource", "[easemob]") {
  const auto m = must_map(
      R"({"id":"1","type":"txt","chatType":"singleChat","from":"zhou_hao/webim_9c1e4b","to":"liu_yang","msg":"x","time":1})");
  CHECK(m.author == "zhou_hao");
  CHECK(wxim::is_mine(m, "zhou_hao"));
  CHECK(user_of("a/b/c") == "a");
  CHECK(user_of("a") == "a");
}

TEST_CASE("content of every type with a model kind", "[easemob]") {
  SECTION("img -> image {url, width, height, size}") {
    const auto m = must_map(
        R"({"id":"1","type":"img","chatType":"groupChat","from":"liu_yang","to":"217634819309569","url":"https://a1/f","secret":"s","thumb":"https://a1/f&thumbnail=true","width":1080,"height":720,"file_length":204311,"time":1718590299120})");
    CHECK(m.chat == chat_type::group);
    CHECK(conversation_peer(m, "zhou_hao") == "217634819309569");
    CHECK(std::get<image_content>(m.body) == image_content{"https://a1/f", 1080, 720, 204311});
  }
  SECTION("a created img takes the file object's url") {
    const auto m = must_map(
        R"({"type":"img","id":"2","file":{"url":"wxfile://tmp.jpg","filename":"tmp.jpg","filetype":"jpg","data":{}},"to":"b","from":"","chatType":"singleChat","time":1})");
    CHECK(std::get<image_content>(m.body).url == "wxfile://tmp.jpg");
  }
  SECTION("audio -> voice {url, duration_s = length}") {
    const auto m = must_map(
        R"({"id":"1","type":"audio","chatType":"singleChat","from":"liu_yang","to":"zhou_hao","url":"https://a1/9c2e","length":6,"file_length":9730,"time":1718590355000})");
    CHECK(std::get<voice_content>(m.body) == voice_content{"https://a1/9c2e", 6, audio_kind::voice});
    CHECK(to_unix_ms(m.time) == 1718590355000);
  }
  SECTION("a created voice given as {filePath}") {
    const auto m = must_map(
        R"({"type":"audio","id":"2","file":{"filePath":"wxfile://r.aac","size":5},"length":12,"to":"b","from":"","chatType":"singleChat","time":1})");
    CHECK(std::get<voice_content>(m.body).url == "wxfile://r.aac");
  }
  SECTION("video") {
    const auto m = must_map(
        R"({"id":"1","type":"video","chatType":"singleChat","from":"a","to":"b","url":"v","thumb":"t","length":15,"file_length":3276800,"time":1})");
    CHECK(std::get<video_content>(m.body) == video_content{"v", "t", 15, 3276800});
  }
  SECTION("file") {
    const auto m = must_map(
        R"({"id":"1","type":"file","chatType":"singleChat","from":"a","to":"b","url":"d","filename":"季度报告.pdf","file_length":5242880,"time":1})");
    CHECK(std::get<file_content>(m.body) == file_content{"d", "季度报告.pdf", 5242880});
  }
  SECTION("loc -> location, description = addr, else buildingName") {
    const auto m = must_map(
        R"({"id":"1","type":"loc","chatType":"singleChat","from":"a","to":"b","addr":"中关村大街1号","buildingName":"海龙大厦","lat":39.98391,"lng":116.31619,"time":1})");
    CHECK(std::get<location_content>(m.body) == location_content{39.98391, 116.31619, "中关村大街1号"});
    const auto n = must_map(
        R"({"id":"1","type":"loc","chatType":"singleChat","from":"a","to":"b","addr":"","buildingName":"海龙大厦","lat":0,"lng":0,"time":1})");
    CHECK(std::get<location_content>(n.body).description == "海龙大厦");
  }
  SECTION("custom -> custom {data = customEvent, extension = customExts}") {
    const auto m = must_map(
        R"({"id":"1","type":"custom","chatType":"singleChat","from":"a","to":"b","customEvent":"userCard","customExts":{"uid":"chen_li"},"time":1})");
    CHECK(std::get<custom_content>(m.body) == custom_content{"", "userCard", "", R"({"uid":"chen_li"})"});
  }
  SECTION("combine -> custom {merged, data = compatibleText, description = title, extension = summary}") {
    const auto m = must_map(
        R"({"id":"1","type":"combine","chatType":"singleChat","from":"a","to":"b","title":"T","summary":"S","compatibleText":"[Chat history]","time":1})");
    CHECK(std::get<custom_content>(m.body) == custom_content{"merged", "[Chat history]", "T", "S"});
  }
  SECTION("an unknown type -> unknown_content with the whole body") {
    const std::string text =
        R"({"id":"1","type":"poll","chatType":"groupChat","from":"a","to":"g","time":1,"question":"Lunch?"})";
    const auto m = must_map(text);
    const auto& u = std::get<unknown_content>(m.body);
    CHECK(u.kind == "poll");
    CHECK(u.raw == text);
    auto back = to_easemob(m);
    REQUIRE(back);
    CHECK(wxim::encode(*back) == text);
  }
}

TEST_CASE("cmd and acks have no model form", "[easemob]") {
  for (const char* text : {
           R"({"id":"1","type":"cmd","chatType":"singleChat","from":"a","to":"b","action":"typing","time":1})",
           R"({"id":"1","type":"read","chatType":"singleChat","to":"b","ackId":"2"})",
           R"({"id":"1","type":"delivery","to":"b","mid":"2"})",
           R"({"id":"1","type":"channel","chatType":"singleChat","to":"b"})",
       }) {
    INFO(text);
    const auto body = must_message(text);
    CHECK_FALSE(to_content(body));
    auto m = to_message(body, "a");
    REQUIRE_FALSE(m);
    CHECK(m.error().code == errc::invalid_argument);
  }
}

TEST_CASE("every message body of the accept vectors survives body -> model -> body in its model fields", "[easemob]") {
  // Mapped back, a body says the same to the model again (what the model keeps is kept).
  const char* texts[] = {
      R"({"id":"1","type":"txt","chatType":"chatRoom","from":"host","to":"218344129101825","msg":"hi","time":1718590400000,"onlineState":1,"priority":"high"})",
      R"({"id":"1","type":"img","chatType":"groupChat","from":"a","to":"g","url":"u","width":1,"height":2,"file_length":3,"time":4})",
      R"({"id":"1","type":"audio","chatType":"singleChat","from":"a","to":"b","url":"u","length":6,"time":4})",
      R"({"id":"1","type":"video","chatType":"singleChat","from":"a","to":"b","url":"u","thumb":"t","length":6,"file_length":9,"time":4})",
      R"({"id":"1","type":"file","chatType":"singleChat","from":"a","to":"b","url":"u","filename":"f","file_length":9,"time":4})",
      R"({"id":"1","type":"loc","chatType":"singleChat","from":"a","to":"b","addr":"x","lat":1.5,"lng":-2.25,"time":4})",
      R"({"id":"1","type":"custom","chatType":"singleChat","from":"a","to":"b","customEvent":"e","customExts":{"k":"v"},"time":4})",
      R"({"id":"1","type":"combine","chatType":"singleChat","from":"a","to":"b","title":"T","summary":"S","compatibleText":"C","time":4})",
  };
  for (const std::string text : texts) {
    INFO(text);
    const auto m = must_map(text, "b");
    auto back = to_easemob(m);
    REQUIRE(back);
    auto again = to_message(*back, "b");
    REQUIRE(again);
    CHECK(*again == m);
  }
}

TEST_CASE("model -> Easemob: the body of each content kind", "[easemob]") {
  chat_message m;
  m.id = "1286533349917329700";
  m.chat = chat_type::group;
  m.author = "zhou_hao";
  m.recipient = "217634819309569";
  m.time = from_unix_ms(1718590210000);
  m.status = send_status::success;

  m.body = text_content{"hi"};
  CHECK(
      wxim::encode(to_easemob(m).value()) ==
      R"({"id":"1286533349917329700","type":"txt","chatType":"groupChat","from":"zhou_hao","to":"217634819309569","msg":"hi","time":1718590210000})");
  m.chat = chat_type::room;
  m.body = image_content{"u", 10, 20, 30};
  CHECK(json_equal(
      wxim::encode(to_easemob(m).value()),
      R"({"id":"1286533349917329700","type":"img","chatType":"chatRoom","from":"zhou_hao","to":"217634819309569","url":"u","width":10,"height":20,"file_length":30,"time":1718590210000})"));
  m.chat = chat_type::direct;
  m.body = voice_content{"v", 4, audio_kind::music};  // audio_kind is lost
  CHECK(std::get<audio_message>(to_easemob(m).value()).length == std::optional<std::uint64_t>(4));
  m.body = video_content{"v", "", std::nullopt, std::nullopt};
  CHECK_FALSE(std::get<video_message>(to_easemob(m).value()).thumb);
  m.body = file_content{"f", "n.pdf", 9};
  CHECK(*std::get<file_message>(to_easemob(m).value()).filename == "n.pdf");
  m.body = location_content{1.5, 2.5, "here"};
  CHECK(*std::get<location_message>(to_easemob(m).value()).addr == "here");
  m.body = custom_content{"", "gift", "lost", R"({"giftId":"rose"})"};
  CHECK(std::get<custom_message>(to_easemob(m).value()).custom_exts->text == R"({"giftId":"rose"})");
  m.body = custom_content{"merged", "C", "T", "S"};
  const auto k = std::get<combine_message>(to_easemob(m).value());
  CHECK(*k.title == "T");
  CHECK(*k.summary == "S");
  CHECK(*k.compatible_text == "C");

  // What Easemob cannot say.
  m.body = face_content{1, "smile"};
  CHECK(to_easemob(m).error().code == errc::invalid_value);
  m.body = custom_content{"", "e", "", "not json"};
  CHECK(to_easemob(m).error().code == errc::invalid_value);
  m.body = image_content{"u", -1, std::nullopt, std::nullopt};
  CHECK(to_easemob(m).error().code == errc::invalid_value);
  m.body = unknown_content{"TIMFaceElem", R"({"index":1})"};
  CHECK(to_easemob(m).error().code == errc::invalid_value);
  m.body = unknown_content{"poll", ""};
  CHECK(std::get<unknown_message>(to_easemob(m).value()).type == "poll");
  m.body = text_content{"x"};
  m.chat = chat_type::unknown;
  CHECK(to_easemob(m).error().code == errc::invalid_value);
}

TEST_CASE("a sending message is written as created: from is empty", "[easemob]") {
  chat_message m;
  m.id = "453636610001";
  m.author = "zhou_hao";
  m.recipient = "liu_yang";
  m.body = text_content{"x"};
  m.status = send_status::sending;
  CHECK(std::get<text_message>(to_easemob(m).value()).from == std::optional<std::string>(""));
  m.status = send_status::failed;
  CHECK(std::get<text_message>(to_easemob(m).value()).from == "zhou_hao");
}

TEST_CASE("a legacy callback: its string time parsed to the instant", "[easemob]") {
  auto l = decode<legacy_message>(
      R"({"id":"1286533349917329524","type":"chat","contentsType":"TEXT","from":"liu_yang","to":"zhou_hao","data":"legacy hello","ext":{},"time":"1718591500000"})");
  REQUIRE(l);
  const auto m = to_message(*l, "zhou_hao");
  CHECK(m.time == from_unix_ms(1718591500000));
  CHECK(m.chat == chat_type::direct);
  CHECK(m.author == "liu_yang");
  CHECK(std::get<text_content>(m.body).text == "legacy hello");
  l->type = "groupchat";
  CHECK(to_message(*l, "z").chat == chat_type::group);
  l->type = "chatroom";
  CHECK(to_message(*l, "z").chat == chat_type::room);
  l->contents_type = "IMAGE";
  CHECK(std::get<unknown_content>(to_message(*l, "z").body).kind == "IMAGE");
}

TEST_CASE("the id changes from local to server on send, and the status follows", "[easemob]") {
  chat_message pending = must_map(
      R"({"type":"txt","id":"453636610001","msg":"x","to":"liu_yang","from":"","chatType":"singleChat","time":1718590210000})");
  CHECK(pending.status == send_status::sending);
  chat_message other = pending;

  auto ack = decode<server_ack>(R"({"id":"453636610001","mid":"1286533349917329700","to":"liu_yang"})").value();
  CHECK(apply_server_ack(pending, ack));
  CHECK(pending.id == "1286533349917329700");
  CHECK(pending.status == send_status::success);
  CHECK_FALSE(apply_server_ack(pending, ack));  // matched by the local id, which is gone

  auto result = decode<send_result>(R"({"localMsgId":"453636610001","serverMsgId":"1286533349917329700"})").value();
  CHECK(apply_send_result(other, result));
  CHECK(other.id == "1286533349917329700");
  CHECK(other.status == send_status::success);
  send_result unrelated;
  unrelated.local_msg_id = "9";
  CHECK_FALSE(apply_send_result(other, unrelated));

  chat_message failing = must_map(
      R"({"type":"txt","id":"453636610002","msg":"x","to":"liu_yang","from":"","chatType":"singleChat","time":1})");
  apply_send_error(failing, decode<error_event>(R"({"type":510,"message":"socket down"})").value());
  CHECK(failing.status == send_status::failed);
  CHECK(failing.id == "453636610002");

  auto with_message = decode<send_result>(
      R"({"localMsgId":"453636610002","serverMsgId":"1286533349917329701","message":{"type":"txt","id":"453636610002","msg":"x","to":"g","from":"","chatType":"groupChat","time":5}})");
  auto sent = to_message(*with_message, "zhou_hao");
  REQUIRE(sent);
  CHECK(sent->id == "1286533349917329701");
  CHECK(sent->status == send_status::success);
  CHECK(sent->author == "zhou_hao");
  CHECK(to_message(result, "zhou_hao").error().code == errc::invalid_argument);
}

TEST_CASE("the demo's stored records map with the offset they were written in", "[easemob]") {
  const auto record = [](const char* text) { return decode<stored_message>(text).value(); };
  const auto t = record(
      R"({"info":{"from":"liu_yang","to":"zhou_hao"},"username":"liu_yang","yourname":"liu_yang","msg":{"type":"txt","url":"","data":[{"type":"txt","data":"see you "},{"type":"emoji","data":"[微笑]"}],"ext":{}},"style":"","time":"2024-6-17 10:12:35","mid":"txt1286533349917329700","chatType":"singleChat","ext":{},"isFail":false})");
  auto m = to_message(t, 8h);
  REQUIRE(m);
  CHECK(m->id == "1286533349917329700");
  CHECK(m->author == "liu_yang");
  CHECK(m->recipient == "zhou_hao");
  CHECK(m->chat == chat_type::direct);
  CHECK(to_unix_ms(m->time) == 1718590355000);
  CHECK(std::get<text_content>(m->body).text == "see you [微笑]");
  CHECK(m->status == send_status::success);

  const auto img = record(
      R"({"info":{"from":"zhou_hao","to":"liu_yang"},"username":"liu_yang","yourname":"zhou_hao","msg":{"type":"img","url":"https://a1/f","data":"","ext":{},"size":{"width":1080,"height":720}},"style":"self","time":"2024-12-31 23:59:59","mid":"img453636610003","isFail":true})");
  auto i = to_message(img, 8h);
  REQUIRE(i);
  CHECK(std::get<image_content>(i->body) == image_content{"https://a1/f", 1080, 720, std::nullopt});
  CHECK(i->status == send_status::failed);
  CHECK(i->chat == chat_type::unknown);  // no chatType
  CHECK(i->id == "453636610003");

  const auto voice = record(
      R"({"info":{"from":"a","to":"b"},"username":"a","yourname":"a","msg":{"type":"audio","url":"v","length":5.6},"style":"","time":"2024-6-7 09:05:03","mid":"audio1"})");
  CHECK(std::get<voice_content>(to_message(voice, 8h)->body).duration_s == std::optional<std::int64_t>(6));
  const auto loc = record(
      R"({"info":{"from":"a","to":"b"},"username":"a","yourname":"a","msg":{"type":"location","data":"中关村","lat":39.9,"lng":116.3},"style":"","time":"2024-6-7 09:05:03","mid":"loc1"})");
  CHECK(std::get<location_content>(to_message(loc, 8h)->body) == location_content{39.9, 116.3, "中关村"});
  const auto file = record(
      R"({"info":{"from":"a","to":"b"},"username":"a","yourname":"a","msg":{"type":"chat","url":"d","filename":"r.pdf"},"style":"","time":"2024-6-7 09:05:03","mid":"file1"})");
  CHECK(std::get<file_content>(to_message(file, 8h)->body) == file_content{"d", "r.pdf", std::nullopt});
  const auto other = record(
      R"({"info":{"from":"a","to":"b"},"username":"a","yourname":"a","msg":{"type":"sticker","url":"s"},"style":"","time":"2024-6-7 09:05:03","mid":"sticker1"})");
  CHECK(std::get<unknown_content>(to_message(other, 8h)->body).kind == "sticker");

  auto bad_time = t;
  bad_time.time = "yesterday";
  auto e = to_message(bad_time, 8h);
  REQUIRE_FALSE(e);
  CHECK(e.error().code == errc::invalid_value);
  CHECK(e.error().path == "/time");
}

TEST_CASE("seed 002's records of sent messages map with username as the author", "[easemob]") {
  // The early demo's send path: {info:{to}, username: me, yourname: the peer}, no info.from.
  auto sent = decode<stored_message>(
      R"({"info":{"to":"liu_yang"},"username":"zhou_hao","yourname":"liu_yang","msg":{"type":"txt","data":[{"type":"txt","data":"on my way "},{"type":"emoji","data":"[微笑]"}]},"style":"self","time":"2024-6-17 10:13:02","mid":"453636610021"})");
  REQUIRE(sent);
  auto m = to_message(*sent, 8h);
  REQUIRE(m);
  CHECK(m->author == "zhou_hao");     // username: the sender on this path
  CHECK(m->recipient == "liu_yang");  // info.to, also yourname
  CHECK(m->id == "453636610021");
  CHECK(std::get<text_content>(m->body).text == "on my way [微笑]");
  CHECK(wxim::is_mine(*m, "zhou_hao"));
  CHECK(conversation_peer(*m, "zhou_hao") == "liu_yang");

  // Its images keep the URL in `data`, with no `url` key.
  auto img = decode<stored_message>(
      R"({"info":{"to":"liu_yang"},"username":"zhou_hao","yourname":"liu_yang","msg":{"type":"img","data":"https://a1/5e0c","size":{"width":750,"height":1334}},"style":"self","time":"2024-6-17 10:14:40","mid":"453636610022"})");
  REQUIRE(img);
  auto i = to_message(*img, 8h);
  REQUIRE(i);
  CHECK(std::get<image_content>(i->body) == image_content{"https://a1/5e0c", 750, 1334, std::nullopt});
  CHECK(i->author == "zhou_hao");

  // The same message received by the peer: info.from is the sender, as on every receive path.
  auto got = decode<stored_message>(
      R"({"info":{"from":"zhou_hao","to":"liu_yang"},"username":"zhou_hao","yourname":"zhou_hao","msg":{"type":"txt","data":[{"type":"txt","data":"on my way"}]},"style":"","time":"2024-6-17 10:13:03","mid":"txt1286533349917329900"})");
  REQUIRE(got);
  CHECK(to_message(*got, 8h)->author == "zhou_hao");
}

TEST_CASE("conversation items map to the model and back", "[easemob]") {
  auto item = decode<conversation_item>(
      R"({"conversationId":"liu_yang","conversationType":"singleChat","isPinned":false,"pinnedTime":0,"unReadCount":3,"lastMessage":{"id":"1286533349917329511","type":"audio","chatType":"singleChat","from":"liu_yang","to":"zhou_hao","url":"https://a1/9c2e","length":6,"file_length":9730,"time":1718590355000}})");
  REQUIRE(item);
  const auto c = to_conversation(*item, "zhou_hao");
  CHECK(c.type == chat_type::direct);
  CHECK(c.peer.id == "liu_yang");
  CHECK(c.unread == 3);
  REQUIRE(c.latest);
  CHECK(c.latest->author == "liu_yang");
  CHECK(c.latest->time == from_unix_ms(1718590355000));
  CHECK(std::get<voice_content>(c.latest->body).duration_s == std::optional<std::int64_t>(6));

  auto back = to_conversation_item(c);
  REQUIRE(back);
  CHECK(to_conversation(*back, "zhou_hao") == c);
  CHECK(json_equal(
      wxim::encode(*back),
      R"({"conversationId":"liu_yang","conversationType":"singleChat","isPinned":false,"pinnedTime":0,"unReadCount":3,"lastMessage":{"id":"1286533349917329511","type":"audio","chatType":"singleChat","from":"liu_yang","to":"zhou_hao","url":"https://a1/9c2e","length":6,"time":1718590355000}})"));  // voice has no size: file_length is lost

  conversation empty;
  empty.type = chat_type::group;
  empty.peer.id = "217634819309569";
  CHECK(
      wxim::encode(to_conversation_item(empty).value()) ==
      R"({"conversationId":"217634819309569","conversationType":"groupChat","isPinned":false,"pinnedTime":0,"unReadCount":0,"lastMessage":{}})");
  empty.type = chat_type::room;
  CHECK(to_conversation_item(empty).error().code == errc::invalid_value);

  auto cmd_last = decode<conversation_item>(
      R"({"conversationId":"a","conversationType":"singleChat","lastMessage":{"id":"1","type":"cmd","chatType":"singleChat","from":"a","to":"b","action":"x","time":1}})");
  CHECK_FALSE(to_conversation(*cmd_last, "b").latest);

  auto page = decode<conversation_page>(
      R"({"conversations":[{"conversationId":"a","conversationType":"groupChat","lastMessage":null}],"cursor":""})");
  const auto list = to_conversations(*page, "b");
  REQUIRE(list.size() == 1);
  CHECK(list[0].type == chat_type::group);
  CHECK_FALSE(list[0].latest);
  CHECK(list[0].unread == 0);
}

TEST_CASE("deprecated channel infos map through their raw channel id", "[easemob]") {
  auto info = decode<channel_info>(
      R"({"channel_id":"easemob-demo#chatdemoui_217634819309569@conference.easemob.com","lastMessage":{"id":"1","type":"txt","chatType":"groupChat","from":"a","to":"217634819309569","msg":"x","time":7},"unread_num":2})");
  REQUIRE(info);
  auto c = to_conversation(*info, "b");
  REQUIRE(c);
  CHECK(c->type == chat_type::group);
  CHECK(c->peer.id == "217634819309569");
  CHECK(c->unread == 2);
  CHECK(std::get<text_content>(c->latest->body).text == "x");
  info->channel_id = "bob";
  CHECK(to_conversation(*info, "b").error().path == "/channel_id");
}

TEST_CASE("isRead on a one-to-one message one wrote is read by the peer, and back", "[easemob]") {
  const auto body = must_message(
      R"({"id":"1286533349917329401","type":"txt","chatType":"singleChat","from":"zhou_hao","to":"liu_yang","msg":"hi","time":1718590215321,"isRead":true})");
  CHECK(to_message(body, "zhou_hao")->read_by_peer);        // mine: the recipient read it
  CHECK_FALSE(to_message(body, "liu_yang")->read_by_peer);  // the viewer read it: not in the model
  auto back = to_easemob(*to_message(body, "zhou_hao"));
  REQUIRE(back);
  CHECK(std::get<text_message>(*back).is_read);
  CHECK(json_equal(wxim::encode(*back), wxim::encode(body)));

  auto group = to_message(body, "zhou_hao").value();
  group.chat = chat_type::group;  // read_by_peer says nothing for groups
  CHECK_FALSE(std::get<text_message>(*to_easemob(group)).is_read);
}

TEST_CASE("read acks, channel acks and recalls apply to the message they name", "[easemob]") {
  chat_message m;
  m.id = "1286533349917329511";
  m.chat = chat_type::direct;
  m.author = "zhou_hao";
  m.recipient = "liu_yang";
  m.time = from_unix_ms(1718590355000);
  m.body = text_content{"hi"};

  auto other =
      decode<read_ack>(R"({"id":"9","type":"read","from":"liu_yang","to":"zhou_hao","mid":"1286533349917329999"})");
  REQUIRE(other);
  CHECK_FALSE(apply_read_ack(m, *other));
  CHECK_FALSE(m.read_by_peer);
  auto ack =
      decode<read_ack>(R"({"id":"9","type":"read","from":"liu_yang","to":"zhou_hao","mid":"1286533349917329511"})");
  REQUIRE(ack);
  CHECK(apply_read_ack(m, *ack));
  CHECK(m.read_by_peer);
  auto created = decode<read_ack>(
      R"({"id":"9","type":"read","chatType":"singleChat","to":"zhou_hao","ackId":"1286533349917329511"})");
  chat_message in_group = m;
  in_group.read_by_peer = false;
  in_group.chat = chat_type::group;
  CHECK_FALSE(apply_read_ack(in_group, *created));  // a group's readers are counted, not flagged
  CHECK_FALSE(in_group.read_by_peer);

  // The model's flag written back as the ack, which applies again.
  auto written = to_read_ack(m, "10");
  REQUIRE(written);
  CHECK(
      wxim::encode(*written) ==
      R"({"id":"10","type":"read","chatType":"singleChat","from":"liu_yang","to":"zhou_hao","ackId":"1286533349917329511"})");
  CHECK(kind_of(decode_object(wxim::encode(*written)).value()) == object_kind::read_ack);
  chat_message fresh = m;
  fresh.read_by_peer = false;
  CHECK(apply_read_ack(fresh, *written));
  CHECK(fresh == m);
  CHECK(to_read_ack(chat_message{}).error().code == errc::invalid_argument);

  // The whole conversation read: what the viewer sent to the ack's sender, up to its time.
  auto channel = decode<channel_ack>(
      R"({"id":"11","type":"channel","chatType":"singleChat","from":"liu_yang","to":"zhou_hao","time":1718590400000})");
  REQUIRE(channel);
  chat_message c = m;
  c.read_by_peer = false;
  CHECK(apply_channel_ack(c, *channel, "zhou_hao"));
  CHECK(c.read_by_peer);
  c.read_by_peer = false;
  CHECK_FALSE(apply_channel_ack(c, *channel, "liu_yang"));  // not the viewer's message
  c.time = from_unix_ms(1718590400001);
  CHECK_FALSE(apply_channel_ack(c, *channel, "zhou_hao"));  // written after the ack
  CHECK_FALSE(c.read_by_peer);

  // A recall names the recalled message by its server id; the body stays.
  auto recall = decode<recall_event>(
      R"({"id":"1286533349917329600","from":"zhou_hao","to":"liu_yang","mid":"1286533349917329511","onlineState":1,"ext":""})");
  REQUIRE(recall);
  chat_message r = m;
  CHECK(apply_recall(r, *recall));
  CHECK(r.recalled);
  CHECK(std::get<text_content>(r.body).text == "hi");
  chat_message unrelated = m;
  unrelated.id = "1";
  CHECK_FALSE(apply_recall(unrelated, *recall));
  CHECK_FALSE(unrelated.recalled);

  auto event = to_recall_event(r, "1286533349917329600");
  REQUIRE(event);
  CHECK(wxim::encode(*event) ==
        R"({"id":"1286533349917329600","from":"zhou_hao","to":"liu_yang","mid":"1286533349917329511","ext":""})");
  CHECK(kind_of(decode_object(wxim::encode(*event)).value()) == object_kind::recall);
  chat_message again = m;
  CHECK(apply_recall(again, *event));
  CHECK(again.recalled);
  CHECK(to_recall_event(m).error().code == errc::invalid_argument);
}
