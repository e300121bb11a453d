#include "shard_stub.h"

#include <charconv>
#include <filesystem>
#include <fstream>

#include "newsarchive/common/schema.h"
#include "newsarchive/searcher.h"

namespace newsarchive::searcher {
namespace {

namespace fs = std::filesystem;

std::string trimmed(const std::string& s) {
  const auto first = s.find_first_not_of(" \t\r");
  if (first == std::string::npos) return {};
  return s.substr(first, s.find_last_not_of(" \t\r") - first + 1);
}

// "HOST:PORT" or "[IPV6]:PORT"; the port is after the last colon, as Xapian reads it.
void parse_tcp(const std::string& where, const std::string& text, ShardAddress& shard) {
  const auto colon = text.rfind(':');
  if (colon == std::string::npos || colon == 0 || colon + 1 == text.size())
    throw DatabaseError(where + ": expected 'remote HOST:PORT', got 'remote " + text + "'");
  const std::string port = text.substr(colon + 1);
  unsigned value = 0;
  const auto [end, ec] = std::from_chars(port.data(), port.data() + port.size(), value);
  if (ec != std::errc() || end != port.data() + port.size() || value == 0 || value > 65535)
    throw DatabaseError(where + ": '" + port + "' is not a TCP port (1-65535)");
  shard.host = text.substr(0, colon);
  if (shard.host.size() > 2 && shard.host.front() == '[' && shard.host.back() == ']')
    shard.host = shard.host.substr(1, shard.host.size() - 2);
  shard.port = value;
  shard.kind = ShardAddress::Kind::kTcp;
}

}  // namespace

std::string ShardAddress::name() const {
  std::string where;
  switch (kind) {
    case Kind::kLocal:
      where = path;
      break;
    case Kind::kTcp:
      where = (host.find(':') == std::string::npos ? host : "[" + host + "]") + ":" +
              std::to_string(port);
      break;
    case Kind::kProgram:
      where = program + (args.empty() ? "" : " " + args);
      break;
  }
  return "shard " + std::to_string(number) + " (" + where + ")";
}

std::optional<std::string> stub_file_of(const std::string& path) {
  std::error_code ec;
  if (fs::is_regular_file(path, ec)) return path;
  const fs::path inside = fs::path(path) / schema::kStubFileName;
  if (fs::is_directory(path, ec) && fs::is_regular_file(inside, ec)) return inside.string();
  return std::nullopt;
}

std::vector<ShardAddress> read_stub(const std::string& stub_file) {
  std::ifstream in(stub_file);
  if (!in) throw DatabaseError("cannot read the stub file '" + stub_file + "'");
  const fs::path base = fs::path(stub_file).parent_path();
  std::vector<ShardAddress> shards;
  std::string line;
  for (std::size_t line_number = 1; std::getline(in, line); ++line_number) {
    line = trimmed(line);
    if (line.empty() || line.front() == '#') continue;
    const std::string where = stub_file + ":" + std::to_string(line_number);
    const auto space = line.find_first_of(" \t");
    const std::string type = line.substr(0, space);
    const std::string rest = space == std::string::npos ? "" : trimmed(line.substr(space));
    ShardAddress shard;
    shard.number = shards.size() + 1;
    if (type == "auto" || type == "glass" || type == "chert") {
      if (rest.empty()) throw DatabaseError(where + ": '" + type + "' needs a database path");
      shard.path = fs::path(rest).is_absolute() ? rest : (base / rest).lexically_normal().string();
    } else if (type == "remote" && !rest.empty() && rest.front() == ':') {
      const auto gap = rest.find_first_of(" \t");
      shard.kind = ShardAddress::Kind::kProgram;
      shard.program = rest.substr(1, gap == std::string::npos ? gap : gap - 1);
      shard.args = gap == std::string::npos ? "" : trimmed(rest.substr(gap));
      if (shard.program.empty()) throw DatabaseError(where + ": 'remote :' needs a program");
    } else if (type == "remote") {
      parse_tcp(where, rest, shard);
    } else {
      throw DatabaseError(where + ": unknown database type '" + type +
                          "' (expected auto, glass, chert or remote)");
    }
    shards.push_back(std::move(shard));
  }
  if (shards.empty()) throw DatabaseError("the stub file '" + stub_file + "' names no database");
  return shards;
}

}  // namespace newsarchive::searcher
