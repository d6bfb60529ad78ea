// SPDX-License-Identifier: MIT
#pragma once
#include <string>

namespace certplan::test {

inline std::string dataPath(const std::string& rel) { return std::string(CERTPLAN_TEST_DATA_DIR) + "/" + rel; }
inline std::string templatePath(const std::string& rel) { return std::string(CERTPLAN_TEMPLATE_DIR) + "/" + rel; }
inline std::string schemaPath() { return CERTPLAN_SCHEMA; }
inline std::string cliPath() { return CERTPLAN_CLI; }
inline std::string benchPath() { return CERTPLAN_BENCH; }

} // namespace certplan::test
