// SPDX-License-Identifier: MIT
// wxim/model.hpp: the canonical model, every header of it.
#pragma once

#include "wxim/model/content.hpp"
#include "wxim/model/conversation.hpp"
#include "wxim/model/instant.hpp"
#include "wxim/model/message.hpp"
#include "wxim/model/user.hpp"
