#pragma once
// JSON lines batch mode: one result line per input line, in order, each carrying the input's id.

#include <string>

#include "cli/args.h"
#include "lede/lede.h"

namespace lede::cli {

int RunJsonl(const lede::Analyzer& analyzer, const Args& args);

// One input line -> one output line (no newline). Bad lines give {"id":..., "error":{...}}.
// Takes the line by value: it is parsed in place and freed before the result is written.
std::string AnalyzeJsonLine(const lede::Analyzer& analyzer, const lede::Options& options,
                            std::string line);

// The same line in two pieces to write one after the other, `head` then `body`: joining them
// into one string copied a 10 MB article's 25 MB of JSON once more at the end of the run.
struct JsonLineOutput {
  std::string head;
  std::string body;
  // Memory ran out, even for an error line: `head` is then the line's id as JSON (empty if it
  // was not read), and the writer spells out an out_of_memory error line around it.
  bool out_of_memory = false;
};
JsonLineOutput AnalyzeJsonLineParts(const lede::Analyzer& analyzer, const lede::Options& options,
                                    std::string line);

}  // namespace lede::cli
