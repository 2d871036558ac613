#include "pipeline/release_memory.h"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace lede {

void ReleaseFreedMemory(size_t text_bytes) {
  constexpr size_t kMinBytes = 1 << 20;
  if (text_bytes < kMinBytes) return;
#if defined(__GLIBC__)
  malloc_trim(0);
#endif
}

}  // namespace lede
