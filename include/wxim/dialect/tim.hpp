// SPDX-License-Identifier: MIT
// wxim/dialect/tim.hpp: the Tencent Cloud IM (TIM) dialect, every header of it.
#pragma once

#include "wxim/dialect/tim/conversation.hpp"
#include "wxim/dialect/tim/enums.hpp"
#include "wxim/dialect/tim/events.hpp"
#include "wxim/dialect/tim/ids.hpp"
#include "wxim/dialect/tim/mapping.hpp"
#include "wxim/dialect/tim/message.hpp"
#include "wxim/dialect/tim/object.hpp"
#include "wxim/dialect/tim/payloads.hpp"
#include "wxim/dialect/tim/values.hpp"
