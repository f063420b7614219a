#include "engine/formats/compression.h"

#include <zlib.h>

#include <limits>

namespace riposte {
namespace {

constexpr int kRawWindowBits = -15;  // negative: raw DEFLATE without zlib header or trailer

Bytef* bytes_in(std::string_view s) { return reinterpret_cast<Bytef*>(const_cast<char*>(s.data())); }

}  // namespace

Result<std::string> deflate_raw(std::string_view data) {
  if (data.size() > std::numeric_limits<uInt>::max() / 2)
    return Result<std::string>::failure("data too large to compress");
  z_stream z{};
  if (deflateInit2(&z, Z_BEST_COMPRESSION, Z_DEFLATED, kRawWindowBits, 9, Z_DEFAULT_STRATEGY) != Z_OK)
    return Result<std::string>::failure("cannot start compression (out of memory?)");
  std::string out(deflateBound(&z, static_cast<uLong>(data.size())), '\0');
  z.next_in = bytes_in(data);
  z.avail_in = static_cast<uInt>(data.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  const int rc = deflate(&z, Z_FINISH);  // deflateBound guarantees one call suffices
  const uLong produced = z.total_out;
  deflateEnd(&z);
  if (rc != Z_STREAM_END) return Result<std::string>::failure("compression failed");
  out.resize(produced);
  return Result<std::string>::success(std::move(out));
}

Result<std::string> inflate_raw(std::string_view compressed, size_t expected_size) {
  if (compressed.size() > std::numeric_limits<uInt>::max() || expected_size >= std::numeric_limits<uInt>::max())
    return Result<std::string>::failure("corrupt: sizes out of range");
  z_stream z{};
  if (inflateInit2(&z, kRawWindowBits) != Z_OK)
    return Result<std::string>::failure("cannot start decompression (out of memory?)");
  // One spare byte: a stream that would produce more than expected fills it and is caught.
  std::string out(expected_size + 1, '\0');
  z.next_in = bytes_in(compressed);
  z.avail_in = static_cast<uInt>(compressed.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  const int rc = inflate(&z, Z_FINISH);
  const uLong produced = z.total_out;
  const uInt left_in = z.avail_in;
  inflateEnd(&z);
  if (rc == Z_STREAM_END) {
    if (produced != expected_size) return Result<std::string>::failure("corrupt: the data is not the declared size");
    if (left_in != 0) return Result<std::string>::failure("corrupt: unexpected bytes after the data");
    out.resize(expected_size);
    return Result<std::string>::success(std::move(out));
  }
  if ((rc == Z_BUF_ERROR || rc == Z_OK) && produced <= expected_size && left_in == 0)
    return Result<std::string>::failure("truncated: the data ends early");
  if (rc == Z_MEM_ERROR) return Result<std::string>::failure("out of memory");
  return Result<std::string>::failure("corrupt: invalid compressed data");
}

uint32_t crc32_of(std::string_view data) {
  return static_cast<uint32_t>(crc32_z(crc32(0L, Z_NULL, 0), reinterpret_cast<const Bytef*>(data.data()), data.size()));
}

}  // namespace riposte
