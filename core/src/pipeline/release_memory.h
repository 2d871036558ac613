#pragma once
// Hands memory a stage freed back to the system between stages of a large analysis.

#include <cstddef>

namespace lede {

// On a large text (`text_bytes` of at least 1 MB), returns the pages of freed heap memory to the
// system. glibc keeps freed small blocks resident inside its heap: the clean stage's many small
// strings (lines, words, blocks) stayed in the process's resident size for the whole analysis,
// so peak RSS was the sum of the stages' working sets rather than the largest of them. A no-op
// elsewhere (WebAssembly memory never shrinks) and on small texts, where it would cost more
// than it returns.
void ReleaseFreedMemory(size_t text_bytes);

}  // namespace lede
