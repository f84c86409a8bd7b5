// SPDX-License-Identifier: MIT
// wxim/dialect/easemob.hpp: the Easemob dialect, every header of it.
#pragma once

#include "wxim/dialect/easemob/acks.hpp"
#include "wxim/dialect/easemob/any_message.hpp"
#include "wxim/dialect/easemob/body.hpp"
#include "wxim/dialect/easemob/connection.hpp"
#include "wxim/dialect/easemob/conversation.hpp"
#include "wxim/dialect/easemob/events.hpp"
#include "wxim/dialect/easemob/legacy.hpp"
#include "wxim/dialect/easemob/mapping.hpp"
#include "wxim/dialect/easemob/messages.hpp"
#include "wxim/dialect/easemob/object.hpp"
#include "wxim/dialect/easemob/stored.hpp"
#include "wxim/dialect/easemob/values.hpp"
