// Errors are values: no exception crosses the public API or the WASM boundary.
//
//   lede::Result<lede::Analysis> r = analyzer.Analyze(input);
//   if (!r.ok()) std::cerr << r.status().message();
#pragma once

#include <string>
#include <utility>

namespace lede {

enum class StatusCode {
  kOk = 0,
  kInvalidArgument,  // an option or a field the caller gave is malformed
  kInputTooLarge,    // over Options::max_input_bytes; nothing partial is returned
  kIoError,          // CLI only: a file could not be read
  kOutOfMemory,      // memory ran out during the analysis; nothing partial is returned, and
                     // the analyzer stays usable (native builds; in WASM the JS resets the module)
  kInternal,         // a bug: reported, never aborted on
};

// The stable, lower-case name of a code ("input_too_large"): what JSON and JS errors carry.
const char* StatusCodeName(StatusCode code);

class Status {
 public:
  Status() = default;
  Status(StatusCode code, std::string message) : code_(code), message_(std::move(message)) {}
  static Status Ok() { return Status(); }

  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }

 private:
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
};

// A value or the reason there is none.
template <typename T>
class Result {
 public:
  Result(T value) : value_(std::move(value)) {}  // NOLINT: implicit by design
  Result(Status status) : status_(std::move(status)) {}  // NOLINT
  bool ok() const { return status_.ok(); }
  const Status& status() const { return status_; }
  const T& value() const& { return value_; }
  T& value() & { return value_; }
  T&& value() && { return std::move(value_); }

 private:
  Status status_;
  T value_{};
};

}  // namespace lede
