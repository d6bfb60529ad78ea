// SPDX-License-Identifier: MIT
// Catch2's main, alone in its translation unit: it takes ~25 s to compile and
// should only be rebuilt when Catch2 changes.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
