// SPDX-License-Identifier: MIT
// Decodes a login frame and writes it back: proof that a consumer can build.
#include <iostream>
#include <wxim/dialect/wechat_im.hpp>

int main() {
  const auto f = wxim::wechat_im::decode_frame(
      R"({"type":"login","userInfo":{"userId":"user_001","nickName":"Ann","myHeadUrl":"http://x/1.jpg"}})");
  if (!f) return 1;
  const auto& login = std::get<wxim::wechat_im::login_frame>(*f);
  std::cout << login.user.nick_name << ' ' << wxim::wechat_im::encode(*f) << '\n';
  return login.user.user_id == "user_001" ? 0 : 1;
}
