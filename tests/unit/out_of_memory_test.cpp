// Memory running out is an error value, not an abort, and the analyzer works on after it: a
// batch job under a memory limit loses the one input that did not fit, not the process.
// Run in a child process (GoogleTest's death-test fork) whose address space is capped a little
// above what it already uses, so that a 30 MB input cannot fit while a short one does.
#include <gtest/gtest.h>
#include <sys/resource.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>

#include "lede/lede.h"

namespace lede {
namespace {

// The process's virtual size in bytes (VmSize in /proc/self/status), or 0 if unknown.
size_t VirtualSize() {
  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line)) {
    if (line.rfind("VmSize:", 0) == 0) return std::strtoull(line.c_str() + 7, nullptr, 10) * 1024;
  }
  return 0;
}

// Exits 0 when each step behaves; a failing step exits with its own code.
[[noreturn]] void AnalyseUnderLimit(const Analyzer& analyzer) {
  const std::string small = "The European Union imposed sanctions on Russia on Monday.";
  const std::string large = std::string("The European Union imposed sanctions on Russia. ")
                                .append(30 << 20, 'x');
  Result<Analysis> before = analyzer.Analyze(small);
  if (!before.ok()) std::_Exit(10);
  const size_t used = VirtualSize();
  if (used == 0) std::_Exit(11);
  // Room for the short input's analysis, far from the large one's (several times its size).
  const rlimit limit{used + (96 << 20), used + (96 << 20)};
  if (setrlimit(RLIMIT_AS, &limit) != 0) std::_Exit(12);
  Result<Analysis> r = analyzer.Analyze(large);
  if (r.ok()) std::_Exit(13);
  if (r.status().code() != StatusCode::kOutOfMemory) std::_Exit(14);
  if (r.status().message().find("out of memory") == std::string::npos) std::_Exit(15);
  // The analyzer, and this thread's caches, are as before: the short input gives the same.
  Result<Analysis> again = analyzer.Analyze(small);
  if (!again.ok() || ToJson(again.value()) != ToJson(before.value())) std::_Exit(16);
  if (again.value().actors.empty()) std::_Exit(17);
  std::_Exit(0);
}

// AddressSanitizer's allocator reports memory running out and aborts instead of throwing.
#if defined(__SANITIZE_ADDRESS__)
#define LEDE_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define LEDE_ASAN 1
#endif
#endif

TEST(OutOfMemory, IsAnErrorAndTheAnalyzerWorksOn) {
#if defined(LEDE_ASAN)
  GTEST_SKIP() << "AddressSanitizer aborts where memory runs out instead of throwing";
#else
  Analyzer analyzer;
  EXPECT_EXIT(AnalyseUnderLimit(analyzer), testing::ExitedWithCode(0), "");
#endif
}

}  // namespace
}  // namespace lede
