// SPDX-License-Identifier: MIT
#include "wxim/dialect/wechat_im/server_frames.hpp"

#include <catch2/catch.hpp>

#include "wxim/codec/decode.hpp"

using namespace wxim;
using namespace wxim::wechat_im;

TEST_CASE("a login push keeps friendsId and unknown keys", "[wechat_im]") {
  const std::string text =
      R"({"type":"login","userInfo":{"userId":"u","nickName":"n","myHeadUrl":"h","vip":1},"friendsId":["a","b"],"x":null})";
  auto f = decode<login_frame>(text);
  REQUIRE(f);
  CHECK(f->user.user_id == "u");
  CHECK(f->user.unknown.find("vip")->text == "1");
  CHECK(f->friends_id->text == R"(["a","b"])");
  CHECK(f->unknown.find("x")->is_null());
  CHECK(encode(*f) == text);
}

TEST_CASE("a history item tells the requester from the author", "[wechat_im]") {
  auto f = decode<history_item_frame>(
      R"({"type":"image","content":"u.jpg","msgUserId":"user_001","userId":"user_002","friendId":"user_002","timestamp":1718590100456,"timeStr":"10:08"})");
  REQUIRE(f);
  CHECK(f->msg_user_id == "user_001");
  CHECK(*f->user_id == "user_002");
  CHECK(f->friend_id == "user_002");
  CHECK(f->timestamp == 1718590100456);
}

TEST_CASE("a forward frame built in code", "[wechat_im]") {
  forward_frame f;
  f.type = "text";
  f.content = content_value{"hi"};
  f.timestamp = 1718586425123;
  CHECK(encode(f) == R"({"type":"text","content":"hi","timestamp":1718586425123})");
}

TEST_CASE("a friend list and an empty conversation list", "[wechat_im]") {
  friend_list_frame fl;
  fl.friends.push_back(user_info{"user_001", "安", "http://x/1.jpg", {}});
  CHECK(encode(fl) ==
        R"({"type":"get-friends","friends":[{"userId":"user_001","nickName":"安","myHeadUrl":"http://x/1.jpg"}]})");
  CHECK(encode(conversation_list_frame{}) == R"({"type":"get-conversations","conversations":[]})");
}
