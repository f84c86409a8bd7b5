// SPDX-License-Identifier: MIT
#include "wxim/dialect/tim/mapping.hpp"

#include <catch2/catch.hpp>

#include "support/vectors.hpp"
#include "wxim/codec/decode.hpp"
#include "wxim/dialect/easemob/mapping.hpp"
#include "wxim/dialect/tim/object.hpp"
#include "wxim/dialect/wechat_im/mapping.hpp"

using namespace wxim;
using namespace wxim::tim;

namespace {

template <class T>
T must_decode(const std::string& text, const decode_options& options = {}) {
  auto r = decode<T>(text, options);
  if (!r) FAIL(r.error().describe());
  return std::move(*r);
}

message text_message(const std::string& from, const std::string& to, const std::string& flow_name,
                     const std::string& status = "success") {
  return must_decode<message>(
      R"({"ID":"144115212300000042-1718590398-90123411","type":"TIMTextElem","payload":{"text":"好的"},"conversationID":"C2C)" +
      (flow_name == "out" ? to : from) + R"(","conversationType":"C2C","to":")" + to + R"(","from":")" + from +
      R"(","flow":")" + flow_name + R"(","time":1718590399,"status":")" + status + R"("})");
}

const std::vector<std::string>& message_vectors() {
  static const auto lines = wxim_test::read_lines(wxim_test::vectors_dir() / "accept" / "tim" / "message.jsonl");
  return lines;
}

}  // namespace

TEST_CASE("an incoming text: seconds become the instant in ms, author, recipient, content", "[tim]") {
  const message m = text_message("wang_lei", "chen_yu", "in");
  const chat_message c = to_message(m);
  CHECK(c.id == "144115212300000042-1718590398-90123411");
  CHECK(c.chat == chat_type::direct);
  CHECK(c.author == "wang_lei");
  CHECK(c.recipient == "chen_yu");
  CHECK(to_unix_ms(c.time) == 1718590399000);
  CHECK(c.body == content(text_content{"好的"}));
  CHECK(c.status == send_status::success);
  // "mine": the flow (as the logged-in user sees it) and the viewer agree.
  CHECK_FALSE(tim::is_mine(m));
  CHECK_FALSE(tim::is_mine(m, "chen_yu"));
  CHECK_FALSE(wxim::is_mine(c, "chen_yu"));
  CHECK(wxim::is_mine(c, "wang_lei"));
  CHECK(conversation_peer(c, "chen_yu") == "wang_lei");
}

TEST_CASE("outgoing: flow out is mine, status maps to send status", "[tim]") {
  const message m = text_message("chen_yu", "wang_lei", "out", "unSend");
  CHECK(tim::is_mine(m));
  CHECK(tim::is_mine(m, "chen_yu"));
  CHECK(wxim::is_mine(to_message(m), "chen_yu"));
  CHECK(to_message(m).status == send_status::sending);
  CHECK(to_message(text_message("chen_yu", "wang_lei", "out", "sending")).status == send_status::sending);
  CHECK(to_message(text_message("chen_yu", "wang_lei", "out", "fail")).status == send_status::failed);
  CHECK(to_send_status(message_status::unknown) == send_status::unknown);
  CHECK(to_message_status(send_status::sending) == message_status::un_send);
  CHECK(to_message_status(send_status::failed) == message_status::fail);
}

TEST_CASE("chat type from conversationType", "[tim]") {
  CHECK(to_chat_type(conversation_type::c2c) == chat_type::direct);
  CHECK(to_chat_type(conversation_type::group) == chat_type::group);
  CHECK(to_chat_type(conversation_type::topic) == chat_type::group);
  CHECK(to_chat_type(conversation_type::system) == chat_type::unknown);
  CHECK(to_conversation_type(chat_type::room) == conversation_type::group);
  CHECK(to_conversation_type(chat_type::unknown) == conversation_type::system);
}

TEST_CASE("content of every element type", "[tim]") {
  const auto body = [](const char* type, const char* payload) {
    return to_content(type, *decode_payload(parse_element_type(type), payload));
  };
  CHECK(
      body(
          "TIMImageElem",
          R"({"imageInfoArray":[{"type":1,"width":198,"height":148,"url":"t"},{"type":0,"size":9,"width":640,"height":480,"url":"proxy","imageUrl":"https://e/0.gif"}]})") ==
      content(image_content{"https://e/0.gif", 640, 480, 9}));
  // No original: the largest; no imageUrl: the url.
  CHECK(
      body(
          "TIMImageElem",
          R"({"imageInfoArray":[{"type":1,"width":198,"height":148,"url":"t"},{"type":2,"width":720,"height":540,"url":"l"}]})") ==
      content(image_content{"l", 720, 540, std::nullopt}));
  CHECK(body("TIMImageElem", R"({"imageInfoArray":[]})") == content(image_content{}));
  CHECK(body("TIMSoundElem", R"({"url":"u","remoteAudioUrl":"https://e/s.m4a","second":7,"size":11264})") ==
        content(voice_content{"https://e/s.m4a", 7, audio_kind::voice}));
  CHECK(body("TIMSoundElem", R"({"url":"wxfile://a.mp3","remoteAudioUrl":"","second":3})") ==
        content(voice_content{"wxfile://a.mp3", 3, audio_kind::voice}));
  CHECK(body("TIMVideoFileElem", R"({"videoUrl":"v","videoSecond":15,"videoSize":2,"snapshotUrl":"s"})") ==
        content(video_content{"v", "s", 15, 2}));
  CHECK(body("TIMFileElem", R"({"fileUrl":"f","fileName":"n.pdf","fileSize":3})") ==
        content(file_content{"f", "n.pdf", 3}));
  CHECK(body("TIMLocationElem", R"({"description":"d","longitude":116.397128,"latitude":39.916527})") ==
        content(location_content{39.916527, 116.397128, "d"}));
  CHECK(body("TIMFaceElem", R"({"index":3,"data":"tt00"})") == content(face_content{3, "tt00"}));
  CHECK(body("TIMCustomElem", R"({"data":"{\"k\":1}","description":"Order card","extension":"e"})") ==
        content(custom_content{"", R"({"k":1})", "Order card", "e"}));
  CHECK(body("TIMCustomElem", R"({})") == content(custom_content{}));
  CHECK(body("TIMRelayElem", R"({"title":"History","messageList":[]})") ==
        content(custom_content{"merged", R"({"title":"History","messageList":[]})", "History", ""}));
  CHECK(body("TIMGroupTipElem",
             R"({"operationType":1,"operatorID":"a","userIDList":["b"],"groupProfile":{"groupID":"g"}})") ==
        content(custom_content{
            "group_tip", R"({"operationType":1,"operatorID":"a","userIDList":["b"],"groupProfile":{"groupID":"g"}})",
            "", ""}));
  CHECK(body("TIMGroupSystemNoticeElem", R"({"operationType":255,"groupProfile":{"groupID":"g"}})") ==
        content(
            custom_content{"group_system_notice", R"({"operationType":255,"groupProfile":{"groupID":"g"}})", "", ""}));
  CHECK(body("TIMNewElem", R"({"a":[1,2.50]})") == content(unknown_content{"TIMNewElem", R"({"a":[1,2.50]})"}));
}

TEST_CASE("every message vector goes TIM -> model -> TIM keeping time, parties, flow and conversation", "[tim]") {
  for (const auto& line : message_vectors()) {
    INFO(line);
    const auto m = must_decode<message>(line);
    const chat_message c = to_message(m);
    CHECK(to_unix_ms(c.time) == m.time * 1000);
    if (m.flow == flow::unset) {  // created before login: the SDK has not named the sender yet
      CHECK(c.author == m.sender());
      continue;
    }
    // The viewer: the sender of an outgoing message, someone else for an incoming one.
    const std::string viewer =
        m.flow == flow::out ? m.sender() : (m.conversation_type == conversation_type::c2c ? m.to : "someone");
    auto back = to_tim_message(c, viewer);
    REQUIRE(back);
    CHECK(back->id == m.id);
    CHECK(back->time == m.time);
    CHECK(back->from == m.from);
    CHECK(back->to == m.to);
    CHECK(back->flow == m.flow);
    CHECK(back->conversation_id == m.conversation_id);
    CHECK(back->type == m.type);
    if (m.conversation_type != conversation_type::topic) CHECK(back->conversation_type == m.conversation_type);
    if (m.status != message_status::sending) CHECK(back->status == m.status);
    // These element types keep their payload whole.
    switch (m.kind()) {
      case element_type::text:
      case element_type::custom:
      case element_type::face:
      case element_type::location:
      case element_type::relay:
      case element_type::group_tip:
      case element_type::group_system_notice:
      case element_type::unknown:
        CHECK(wxim_test::json_equal(encode(back->payload), encode(m.payload)));
        break;
      default:
        CHECK(to_content(*back) == c.body);
        break;  // the model content survives
    }
  }
}

TEST_CASE("model -> TIM: what is written, and what cannot be", "[tim]") {
  chat_message c;
  c.id = "1-2-3";
  c.chat = chat_type::group;
  c.author = "me";
  c.recipient = "@TGS#1";
  c.time = from_unix_ms(1718590210001);
  c.body = image_content{"https://e/i.png", 10, 20, 30};
  c.status = send_status::sending;
  auto m = to_tim_message(c, "me");
  REQUIRE(m);
  CHECK(*m->conversation_id == "GROUP@TGS#1");
  CHECK(m->conversation_type == conversation_type::group);
  CHECK(m->flow == flow::out);
  CHECK(m->time == 1718590211);  // rounded up, as the SDK rounds
  CHECK(m->status == message_status::un_send);
  CHECK(
      encode(m->payload) ==
      R"({"imageInfoArray":[{"type":0,"size":30,"width":10,"height":20,"url":"https://e/i.png","imageUrl":"https://e/i.png","sizeType":1}]})");
  CHECK_FALSE(m->nick);
  CHECK_FALSE(m->sequence);

  c.status = send_status::unknown;
  CHECK(to_tim_message(c, "me").error().code == errc::invalid_value);
  c.status = send_status::success;
  c.body = voice_content{"u", -1, audio_kind::voice};
  CHECK(to_tim_message(c, "me").error().code == errc::invalid_value);
  c.body = custom_content{"merged", "not json", "", ""};
  CHECK(to_tim_message(c, "me").error().code == errc::invalid_value);
  c.body = custom_content{"group_tip", R"({"operationType":1})", "", ""};
  CHECK(to_tim_message(c, "me").error().code == errc::invalid_value);
  c.body = unknown_content{"TIMNewElem", "[1]"};
  CHECK(to_tim_message(c, "me").error().code == errc::invalid_value);
  c.body = unknown_content{"", "{}"};
  CHECK(to_tim_message(c, "me").error().code == errc::invalid_value);
  c.body = custom_content{"closed", "会话已关闭", "", ""};  // another dialect's sub-kind: lost
  auto custom = to_tim_message(c, "me");
  REQUIRE(custom);
  CHECK(encode(custom->payload) == R"({"data":"会话已关闭","description":"","extension":""})");
  c.recipient.clear();
  CHECK(to_tim_message(c, "me").error().code == errc::invalid_argument);
}

TEST_CASE("a system notice maps to an unknown chat and back to @TIM#SYSTEM", "[tim]") {
  const auto m = must_decode<message>(
      R"({"ID":"144115198244471703-1-2","type":"TIMGroupSystemNoticeElem","payload":{"operationType":1,"groupProfile":{"groupID":"@TGS#1"}},"conversationID":"@TIM#SYSTEM","conversationType":"@TIM#SYSTEM","to":"me","from":"@TIM#SYSTEM","flow":"in","time":5,"status":"success"})");
  const chat_message c = to_message(m);
  CHECK(c.chat == chat_type::unknown);
  CHECK(std::get<custom_content>(c.body).sub_kind == "group_system_notice");
  auto back = to_tim_message(c, "me");
  REQUIRE(back);
  CHECK(wxim_test::json_equal(encode(*back), encode(m)));
}

TEST_CASE("across dialects: a TIM text through the model to wechat-im and back", "[tim]") {
  const message original = text_message("wang_lei", "chen_yu", "in");
  const chat_message c = to_message(original);
  auto item = wechat_im::to_history_item(c, std::string("chen_yu"), "10:13");
  REQUIRE(item);
  CHECK(item->timestamp == 1718590399000);  // ms on the wechat-im wire
  CHECK(item->msg_user_id == "wang_lei");
  CHECK(item->content->text == "好的");
  chat_message via = wechat_im::to_message(*item);
  CHECK(via.id.empty());  // wechat-im has no ids
  via.id = c.id;
  CHECK(via == c);
  auto back = to_tim_message(via, "chen_yu");
  REQUIRE(back);
  CHECK(encode(*back) == encode(original));
}

TEST_CASE("across dialects: an Easemob text through the model to TIM, and what is lost", "[tim]") {
  // Received by zhou_hao: Easemob keeps milliseconds, TIM seconds.
  const auto em_text = must_decode<easemob::text_message>(
      R"({"id":"1286533349917329401","type":"txt","chatType":"singleChat","from":"liu_yang","to":"zhou_hao",)"
      R"("msg":"好的，三点见 👍","ext":{"nickname":"Liu"},"time":1718590215321,"onlineState":1,"isRead":true})");
  const chat_message c = easemob::to_message(em_text, "zhou_hao");
  auto t = to_tim_message(c, "zhou_hao");
  REQUIRE(t);
  CHECK(t->id == "1286533349917329401");
  CHECK(t->type == "TIMTextElem");
  CHECK(std::get<text_payload>(t->payload).text == "好的，三点见 👍");
  CHECK(t->flow == flow::in);
  CHECK(*t->conversation_id == "C2Cliu_yang");
  CHECK(*t->from == "liu_yang");
  CHECK(t->to == "zhou_hao");
  CHECK(t->time == 1718590216);  // rounded up to the second: the 321 ms are lost
  CHECK(t->status == message_status::success);
  // Easemob's ext, onlineState and isRead have no TIM counterpart and are not carried.
  CHECK(encode(*t).find("nickname") == std::string::npos);
  CHECK_FALSE(t->is_read);

  // And back: everything but the lost parts comes home.
  auto em_back = easemob::to_easemob(to_message(*t));
  REQUIRE(em_back);
  const auto& back = std::get<easemob::text_message>(*em_back);
  CHECK(back.msg == em_text.msg);
  CHECK(back.id == em_text.id);
  CHECK(back.from == em_text.from);
  CHECK(back.to == em_text.to);
  CHECK(back.chat_type == em_text.chat_type);
  CHECK(back.time.to_instant() == from_unix_ms(1718590216000));
  CHECK(back.unknown.empty());
}

TEST_CASE("across dialects: a TIM image to Easemob keeps the original image's url and size", "[tim]") {
  const auto m = must_decode<message>(
      R"({"ID":"144115212300000042-1718592300-7","type":"TIMImageElem","payload":{"imageFormat":1,"uuid":"u-1",)"
      R"("imageInfoArray":[{"type":0,"size":204311,"width":1080,"height":720,"url":"https://example.com/o.jpg"},)"
      R"({"type":1,"size":30011,"width":198,"height":132,"url":"https://example.com/t.jpg"}]},)"
      R"("conversationID":"GROUP@TGS#2ABC","conversationType":"GROUP","to":"@TGS#2ABC","from":"wang_lei",)"
      R"("flow":"in","time":1718592300,"status":"success"})");
  const chat_message c = to_message(m);
  auto em = easemob::to_easemob(c);
  REQUIRE(em);
  const auto& img = std::get<easemob::image_message>(*em);
  CHECK(img.chat_type == "groupChat");
  CHECK(img.url == std::optional<std::string>("https://example.com/o.jpg"));
  CHECK(img.width == std::optional<std::uint64_t>(1080));
  CHECK(img.height == std::optional<std::uint64_t>(720));
  CHECK(img.file_length == std::optional<std::uint64_t>(204311));
  CHECK(img.time.to_instant() == from_unix_ms(1718592300000));
  // The thumbnail, the uuid and the image format have no Easemob counterpart.
  CHECK_FALSE(img.thumb);
  CHECK(encode(*em).find("t.jpg") == std::string::npos);
}

TEST_CASE("message events map to their messages", "[tim]") {
  const auto e = must_decode<event>(
      R"({"name":"onMessageReceived","data":[{"ID":"a-1-2","type":"TIMFaceElem","payload":{"index":1,"data":"d"},"conversationID":"C2Ca","conversationType":"C2C","to":"me","from":"a","flow":"in","time":7,"status":"success"}]})");
  const auto ms = to_messages(e);
  REQUIRE(ms.size() == 1);
  CHECK(to_unix_ms(ms[0].time) == 7000);
  CHECK(ms[0].body == content(face_content{1, "d"}));
  CHECK(to_messages(must_decode<event>(R"({"name":"sdkStateReady"})")).empty());
}

TEST_CASE("conversations to the model and back", "[tim]") {
  const auto c = must_decode<tim::conversation>(
      R"({"conversationID":"C2Cwang_lei","type":"C2C","unreadCount":2,"lastMessage":{"lastTime":1718590400,"lastSequence":57,"fromAccount":"wang_lei","messageForShow":"[自定义消息]","payload":{"data":"{\"kind\":\"order\"}","description":"","extension":""},"type":"TIMCustomElem"},"userProfile":{"userID":"wang_lei","nick":"Lei","gender":"","avatar":""}})");
  const wxim::conversation mc = to_conversation(c, "chen_yu");
  CHECK(mc.type == chat_type::direct);
  CHECK(mc.peer == wxim::user_profile{"wang_lei", "Lei", ""});
  CHECK(mc.unread == 2);
  REQUIRE(mc.latest);
  CHECK(mc.latest->author == "wang_lei");
  CHECK(mc.latest->recipient == "chen_yu");
  CHECK(to_unix_ms(mc.latest->time) == 1718590400000);
  CHECK(mc.latest->body == content(custom_content{"", R"({"kind":"order"})", "", ""}));

  auto back = to_tim_conversation(mc);
  REQUIRE(back);
  CHECK(back->conversation_id == "C2Cwang_lei");
  CHECK(back->type == conversation_type::c2c);
  CHECK(back->unread_count == 2);
  CHECK(back->user_profile->nick == "Lei");
  CHECK_FALSE(back->user_profile->avatar);  // empty in the model: left out
  CHECK(back->last_message->last_time == blank_or<std::int64_t>(1718590400));
  CHECK(back->last_message->message_for_show == "[自定义消息]");
  CHECK(back->last_message->from_account.id == "wang_lei");
  CHECK(wxim_test::json_equal(encode(*back->last_message->payload), encode(*c.last_message->payload)));
  CHECK(to_tim_conversation(mc, show_language::english)->last_message->message_for_show == "[Custom Messages]");
}

TEST_CASE("group conversations, the placeholder, and the system conversation", "[tim]") {
  const auto g = must_decode<tim::conversation>(
      R"({"conversationID":"GROUP@TGS#1","type":"GROUP","lastMessage":{"lastTime":"","lastSequence":"","fromAccount":"","messageForShow":""},"groupProfile":{"groupID":"@TGS#1","name":"Hikers","avatar":"a.png"}})");
  const wxim::conversation mg = to_conversation(g, "me");
  CHECK(mg.type == chat_type::group);
  CHECK(mg.peer == wxim::user_profile{"@TGS#1", "Hikers", "a.png"});
  CHECK_FALSE(mg.latest);
  auto back = to_tim_conversation(mg);
  REQUIRE(back);
  CHECK(back->group_profile->name == "Hikers");
  CHECK(encode(*back->last_message) == R"({"lastTime":"","lastSequence":"","fromAccount":"","messageForShow":""})");

  const auto text = must_decode<tim::conversation>(
      R"({"conversationID":"GROUP@TGS#1","type":"GROUP","lastMessage":{"lastTime":9,"fromAccount":"me","messageForShow":"hi","type":"TIMTextElem","payload":{"text":"hi"}}})");
  const auto mt = to_conversation(text, "me");
  CHECK(mt.peer.id == "@TGS#1");  // no groupProfile: from the conversationID
  REQUIRE(mt.latest);
  CHECK(mt.latest->recipient == "@TGS#1");
  CHECK(to_tim_conversation(mt)->last_message->message_for_show == "hi");

  const auto sys =
      to_conversation(must_decode<tim::conversation>(R"({"conversationID":"@TIM#SYSTEM","type":"@TIM#SYSTEM"})"), "me");
  CHECK(sys.type == chat_type::unknown);
  CHECK(sys.peer.id == "@TIM#SYSTEM");
  CHECK(to_tim_conversation(sys)->conversation_id == "@TIM#SYSTEM");

  wxim::conversation nobody;
  CHECK(to_tim_conversation(nobody).error().code == errc::invalid_argument);
}

TEST_CASE("isRevoked and isPeerRead map to recalled and read_by_peer and back", "[tim]") {
  message m = text_message("chen_yu", "wang_lei", "out");
  chat_message c = to_message(m);
  CHECK_FALSE(c.recalled);
  CHECK_FALSE(c.read_by_peer);

  m.is_revoked = true;
  m.is_peer_read = true;
  c = to_message(m);
  CHECK(c.recalled);
  CHECK(c.read_by_peer);
  auto back = to_tim_message(c, "chen_yu");
  REQUIRE(back);
  CHECK(back->is_revoked == std::optional<bool>(true));
  CHECK(back->is_peer_read == std::optional<bool>(true));
  CHECK(to_message(*back) == c);

  // false is what the SDK writes on every fresh message: it maps to false, and the model's
  // false is left out rather than invented.
  m.is_revoked = false;
  m.is_peer_read = false;
  c = to_message(m);
  CHECK_FALSE(c.recalled);
  CHECK_FALSE(c.read_by_peer);
  back = to_tim_message(c, "chen_yu");
  REQUIRE(back);
  CHECK_FALSE(back->is_revoked);
  CHECK_FALSE(back->is_peer_read);

  // A read receipt's isPeerRead says the same.
  m.read_receipt_info.emplace().is_peer_read = true;
  CHECK(to_message(m).read_by_peer);
}

TEST_CASE("revoked and read-by-peer events mark their messages", "[tim]") {
  const std::string msg =
      R"({"ID":"a-1-2","type":"TIMTextElem","payload":{"text":"x"},"conversationID":"C2Ca","conversationType":"C2C","to":"a","from":"me","flow":"out","time":7,"status":"success"})";
  const auto revoked = to_messages(must_decode<event>(R"({"name":"onMessageRevoked","data":[)" + msg + "]}"));
  REQUIRE(revoked.size() == 1);
  CHECK(revoked[0].recalled);
  CHECK_FALSE(revoked[0].read_by_peer);
  const auto read = to_messages(must_decode<event>(R"({"name":"onMessageReadByPeer","data":[)" + msg + "]}"));
  REQUIRE(read.size() == 1);
  CHECK(read[0].read_by_peer);
  CHECK_FALSE(read[0].recalled);
  const auto got = to_messages(must_decode<event>(R"({"name":"onMessageReceived","data":[)" + msg + "]}"));
  CHECK_FALSE(got[0].recalled);
  CHECK_FALSE(got[0].read_by_peer);
}

TEST_CASE("a conversation's lastMessage carries isRevoked and isPeerRead", "[tim]") {
  const auto c = must_decode<tim::conversation>(
      R"({"conversationID":"C2Cwang_lei","type":"C2C","lastMessage":{"lastTime":1718590400,"lastSequence":57,"fromAccount":"chen_yu","messageForShow":"hi","payload":{"text":"hi"},"type":"TIMTextElem","isRevoked":true,"isPeerRead":true,"revoker":"chen_yu"}})");
  const wxim::conversation mc = to_conversation(c, "chen_yu");
  REQUIRE(mc.latest);
  CHECK(mc.latest->recalled);
  CHECK(mc.latest->read_by_peer);
  auto back = to_tim_conversation(mc);
  REQUIRE(back);
  CHECK(back->last_message->is_revoked == std::optional<bool>(true));
  CHECK(back->last_message->is_peer_read == std::optional<bool>(true));
  CHECK(to_conversation(*back, "chen_yu").latest == mc.latest);

  auto plain = mc;
  plain.latest->recalled = false;
  plain.latest->read_by_peer = false;
  back = to_tim_conversation(plain);
  REQUIRE(back);
  CHECK_FALSE(back->last_message->is_revoked);
  CHECK_FALSE(back->last_message->is_peer_read);
}
