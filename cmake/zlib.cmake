# zlib for the engine (share links are raw DEFLATE): defines the target riposte_zlib.
# Natively it is Debian's zlib1g-dev. Under Emscripten it is compiled here as a static library from the
# sources of Debian's source package, which scripts/setup extracts into third_party/ (Emscripten's own
# zlib port would download at build time, which the build must never do).
set(RIPOSTE_ZLIB_DIR "${CMAKE_SOURCE_DIR}/third_party/zlib-1.3.1" CACHE PATH "zlib sources (scripts/setup fetches them)")
if(RIPOSTE_WASM)
  if(NOT EXISTS "${RIPOSTE_ZLIB_DIR}/zlib.h")
    message(FATAL_ERROR "${RIPOSTE_ZLIB_DIR}/zlib.h is missing: run scripts/setup")
  endif()
  enable_language(C)
  # Only what raw deflate/inflate and crc32 need (no gz* file functions).
  add_library(riposte_zlib STATIC
    "${RIPOSTE_ZLIB_DIR}/adler32.c" "${RIPOSTE_ZLIB_DIR}/crc32.c" "${RIPOSTE_ZLIB_DIR}/deflate.c"
    "${RIPOSTE_ZLIB_DIR}/inffast.c" "${RIPOSTE_ZLIB_DIR}/inflate.c" "${RIPOSTE_ZLIB_DIR}/inftrees.c"
    "${RIPOSTE_ZLIB_DIR}/trees.c" "${RIPOSTE_ZLIB_DIR}/zutil.c")
  target_include_directories(riposte_zlib SYSTEM PUBLIC "${RIPOSTE_ZLIB_DIR}")
  set_target_properties(riposte_zlib PROPERTIES C_STANDARD 99)
else()
  find_package(ZLIB REQUIRED)
  add_library(riposte_zlib INTERFACE)
  target_link_libraries(riposte_zlib INTERFACE ZLIB::ZLIB)
endif()
