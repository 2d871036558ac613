# Third-party code comes from Debian's packages (or, for WASM, utf8proc's source that
# scripts/setup.sh fetches with `apt-get source`); nothing is vendored in the repo.

# RapidJSON: header-only. The WASM sysroot must not see all of /usr/include, so the headers
# reach every build through an include folder of their own inside the build tree.
if(NOT EXISTS "${LEDE_RAPIDJSON_HEADERS}/document.h")
  message(FATAL_ERROR "RapidJSON not found at ${LEDE_RAPIDJSON_HEADERS}: run scripts/setup.sh "
                      "or set LEDE_RAPIDJSON_HEADERS")
endif()
set(_lede_rj_include "${CMAKE_BINARY_DIR}/deps/rapidjson-include")
file(MAKE_DIRECTORY "${_lede_rj_include}")
file(CREATE_LINK "${LEDE_RAPIDJSON_HEADERS}" "${_lede_rj_include}/rapidjson" SYMBOLIC)
add_library(lede_rapidjson INTERFACE)
target_include_directories(lede_rapidjson SYSTEM INTERFACE "${_lede_rj_include}")
target_compile_definitions(lede_rapidjson INTERFACE RAPIDJSON_HAS_STDSTRING=1)

# utf8proc: Debian's library natively, its C source compiled otherwise.
if(LEDE_SYSTEM_UTF8PROC)
  find_path(LEDE_UTF8PROC_INCLUDE utf8proc.h REQUIRED)
  find_library(LEDE_UTF8PROC_LIBRARY NAMES libutf8proc.a utf8proc REQUIRED)
  add_library(lede_utf8proc INTERFACE)
  target_include_directories(lede_utf8proc SYSTEM INTERFACE "${LEDE_UTF8PROC_INCLUDE}")
  target_link_libraries(lede_utf8proc INTERFACE "${LEDE_UTF8PROC_LIBRARY}")
else()
  if(NOT EXISTS "${LEDE_UTF8PROC_SOURCE_DIR}/utf8proc.c")
    message(FATAL_ERROR "utf8proc source not found in ${LEDE_UTF8PROC_SOURCE_DIR}: run "
                        "scripts/setup.sh or set LEDE_UTF8PROC_SOURCE_DIR")
  endif()
  add_library(lede_utf8proc STATIC "${LEDE_UTF8PROC_SOURCE_DIR}/utf8proc.c")
  target_include_directories(lede_utf8proc SYSTEM PUBLIC "${LEDE_UTF8PROC_SOURCE_DIR}")
  target_compile_definitions(lede_utf8proc PUBLIC UTF8PROC_STATIC)
endif()
