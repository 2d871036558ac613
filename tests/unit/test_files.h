#pragma once
// Reading test inputs: the shared corpora (../shared, passed in as LEDE_SHARED_DIR) and the
// repo's golden files. An unreadable file reads as "" so a test can GTEST_SKIP on it.

#include <fstream>
#include <sstream>
#include <string>

namespace lede {

inline std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace lede
