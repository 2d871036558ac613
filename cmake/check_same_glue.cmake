# Run by the baseline WASM build (bindings/wasm/CMakeLists.txt): its .wasm is loaded through the
# SIMD build's JS glue, whose minified import names go by position, so the two builds must
# produce the same glue. Fails the build when web/dist holds a different one.
#   cmake -DGLUE=<baseline lede-core.mjs> -DDIST=<web/dist> -P check_same_glue.cmake
if(EXISTS "${DIST}/lede-core.mjs")
  file(READ "${GLUE}" _ours HEX)
  file(READ "${DIST}/lede-core.mjs" _theirs HEX)
  if(NOT _ours STREQUAL _theirs)
    message(FATAL_ERROR "the baseline build's JS glue differs from web/dist/lede-core.mjs: "
                        "rebuild both presets (scripts/build.sh wasm wasm-baseline)")
  endif()
endif()
