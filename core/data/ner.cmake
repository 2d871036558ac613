# The NER model (core/data/ner/ner.bin, written by tools/train/train-ner.sh, see
# docs/model-card-ner.md) compiled into lede_core as a byte array, so no file system is
# needed at run time (WASM). A missing file compiles to an empty model (no entities).
set(_ner_src "${CMAKE_CURRENT_SOURCE_DIR}/data/ner/ner.bin")
set(_ner_out "${CMAKE_CURRENT_BINARY_DIR}/generated/ner_model_data.cpp")
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${_ner_src}")
set(_ner_hex "")
if(EXISTS "${_ner_src}")
  file(READ "${_ner_src}" _ner_hex HEX)
endif()
string(LENGTH "${_ner_hex}" _ner_hex_len)
math(EXPR _ner_size "${_ner_hex_len} / 2")
# 0x.. bytes, 32 per line.
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," _ner_bytes "${_ner_hex}")
string(REGEX REPLACE "((0x[0-9a-f][0-9a-f],){32})" "\\1\n" _ner_bytes "${_ner_bytes}")
file(WRITE "${_ner_out}.tmp"
  "// Generated from core/data/ner/ner.bin by core/data/ner.cmake.\n#include <cstddef>\n"
  "namespace lede {\nextern const unsigned char kNerModelData[] = {\n${_ner_bytes}0};\n"
  "extern const size_t kNerModelSize = ${_ner_size};\n}  // namespace lede\n")
file(COPY_FILE "${_ner_out}.tmp" "${_ner_out}" ONLY_IF_DIFFERENT)
file(REMOVE "${_ner_out}.tmp")
target_sources(lede_core PRIVATE "${_ner_out}")
