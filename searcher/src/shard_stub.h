// Reading a Xapian stub database file: one shard per line, local or remote. The searcher reads
// the stub itself, instead of letting Xapian open it, so that each shard is opened on its own:
// with timeouts for remote ones, and an error (or, when allowed, a warning) that names the shard.
//
// The format is Xapian's own (docs/scaling.md): blank lines and `#` comments are ignored;
//   auto PATH | glass PATH | chert PATH   a local database, relative to the stub's directory
//   remote HOST:PORT | remote [IPV6]:PORT   a database served by xapian-tcpsrv
//   remote :PROGRAM ARGS...               a database served by a program over stdin/stdout
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace newsarchive::searcher {

struct ShardAddress {
  enum class Kind { kLocal, kTcp, kProgram };
  Kind kind = Kind::kLocal;
  std::size_t number = 0;  // 1-based position among the stub's shards
  std::string path;        // kLocal: resolved against the stub's directory
  std::string host;        // kTcp (IPv6 without brackets)
  unsigned port = 0;       // kTcp
  std::string program;     // kProgram
  std::string args;        // kProgram: space-separated, as Xapian passes them

  // What a user recognises in a message: "shard 2 (10.0.0.3:33333)".
  std::string name() const;
};

// The stub file behind `path`: `path` itself when it is a regular file, `path/XAPIANDB` when
// `path` is a directory holding one (what `news-index --shards` writes), else nothing.
std::optional<std::string> stub_file_of(const std::string& path);

// The shards a stub names, in order. Throws DatabaseError "STUB:LINE: reason" for a line it
// cannot read, and for a stub naming no shard.
std::vector<ShardAddress> read_stub(const std::string& stub_file);

}  // namespace newsarchive::searcher
