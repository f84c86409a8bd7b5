// SPDX-License-Identifier: MIT
// wxim/dialect/jim.hpp: the jim dialect (J-IM 2.x), every header of it.
#pragma once

#include "wxim/dialect/jim/bodies.hpp"
#include "wxim/dialect/jim/builders.hpp"
#include "wxim/dialect/jim/chatroom.hpp"
#include "wxim/dialect/jim/client_frames.hpp"
#include "wxim/dialect/jim/command.hpp"
#include "wxim/dialect/jim/frame.hpp"
#include "wxim/dialect/jim/mapping.hpp"
#include "wxim/dialect/jim/ordered_map.hpp"
#include "wxim/dialect/jim/server_frames.hpp"
#include "wxim/dialect/jim/status.hpp"
#include "wxim/dialect/jim/validate.hpp"
