// SPDX-License-Identifier: MIT
// The README's first example: decode a frame, read a field, encode it back.
#include <iostream>
#include <wxim/dialect/wechat_im.hpp>

int main() {
  namespace wi = wxim::wechat_im;
  auto login = wxim::decode<wi::login_frame>(
      R"({"type":"login","userInfo":{"userId":"user_001","nickName":"柳如月","myHeadUrl":"http://x/1.jpg"},"vip":true})");
  if (!login) return std::cerr << login.error().describe() << '\n', 1;
  std::cout << login->user.nick_name << '\n';  // 柳如月
  login->user.nick_name = "Ann";
  std::cout << wxim::encode(*login) << '\n';  // "vip":true is kept
}
