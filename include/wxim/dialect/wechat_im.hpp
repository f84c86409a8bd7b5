// SPDX-License-Identifier: MIT
// wxim/dialect/wechat_im.hpp: the wechat-im dialect, every header of it.
#pragma once

#include "wxim/dialect/wechat_im/builders.hpp"
#include "wxim/dialect/wechat_im/chat_item.hpp"
#include "wxim/dialect/wechat_im/client_frames.hpp"
#include "wxim/dialect/wechat_im/frame.hpp"
#include "wxim/dialect/wechat_im/mapping.hpp"
#include "wxim/dialect/wechat_im/server_frames.hpp"
#include "wxim/dialect/wechat_im/values.hpp"
