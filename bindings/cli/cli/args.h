#pragma once
// Command-line arguments of `lede analyze`.

#include <string>

#include "lede/options.h"

namespace lede::cli {

struct Args {
  lede::Options options;
  std::string file = "-";
  bool jsonl = false;
  bool pretty = false;
  bool help = false;
  bool version = false;
  int threads = 1;
};

// False with *error set on bad usage.
bool ParseArgs(int argc, char** argv, Args* args, std::string* error);

}  // namespace lede::cli
