// SPDX-License-Identifier: MIT
// wxim/dialect/room.hpp: the token/payLoad chatroom dialect, every header of it.
#pragma once

#include "wxim/dialect/room/builders.hpp"
#include "wxim/dialect/room/client_frames.hpp"
#include "wxim/dialect/room/frame.hpp"
#include "wxim/dialect/room/mapping.hpp"
#include "wxim/dialect/room/record.hpp"
#include "wxim/dialect/room/server_frames.hpp"
#include "wxim/dialect/room/time.hpp"
#include "wxim/dialect/room/values.hpp"
