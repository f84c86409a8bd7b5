// SPDX-License-Identifier: MIT
// wxim/schema.hpp: declaring wire shapes.
#pragma once

#include "wxim/schema/embedded_json.hpp"
#include "wxim/schema/equal.hpp"
#include "wxim/schema/field.hpp"
#include "wxim/schema/nullable.hpp"
#include "wxim/schema/raw_json.hpp"
