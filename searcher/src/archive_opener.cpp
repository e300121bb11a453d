#include "archive_opener.h"

#include <filesystem>

#include "newsarchive/common/stored_values.h"
#include "shard_stub.h"

namespace newsarchive::searcher {
namespace {

// Xapian's message plus the system's reason ("Couldn't connect: Connection refused").
std::string reason(const Xapian::Error& e) {
  std::string r = e.get_msg();
  if (const char* sys = e.get_error_string(); sys && *sys) r += std::string(": ") + sys;
  return r;
}

void check_schema(const Xapian::Database& db, const std::string& what) {
  try {
    stored::check_schema(db, what);
  } catch (const stored::SchemaMismatch& e) {
    throw SchemaError(e.what());
  }
}

Xapian::Database open_single(const std::string& path) {
  if (!std::filesystem::exists(path))
    throw DatabaseError("no index at '" + path +
                        "': create one with news-index (e.g. news-index --db " + path +
                        " sample_data/), or name another with --db");
  try {
    Xapian::Database db(path);
    check_schema(db, path);
    return db;
  } catch (const Xapian::Error& e) {
    throw DatabaseError("cannot open index '" + path + "': " + e.get_msg() +
                        " (is it a newsarchive index? news-index creates one)");
  }
}

Xapian::Database open_shard(const ShardAddress& shard, const SearcherOptions& options) {
  try {
    Xapian::Database db;
    switch (shard.kind) {
      case ShardAddress::Kind::kLocal:
        if (!std::filesystem::exists(shard.path))
          throw DatabaseError(shard.name() + ": no database there");
        db = Xapian::Database(shard.path);
        break;
      case ShardAddress::Kind::kTcp:
        db = Xapian::Remote::open(shard.host, shard.port, options.remote_timeout_ms,
                                  options.connect_timeout_ms);
        break;
      case ShardAddress::Kind::kProgram:
        db = Xapian::Remote::open(shard.program, shard.args, options.remote_timeout_ms);
        break;
    }
    check_schema(db, shard.name());
    return db;
  } catch (const Xapian::NetworkError& e) {
    // Something answers there, but not as Xapian's remote protocol of this version: a server
    // speaking another protocol gets "Unknown protocol version" or a closed connection.
    const bool refused = e.get_error_string() != nullptr && *e.get_error_string() != '\0';
    throw DatabaseError(shard.name() + ": " + reason(e) +
                        (refused || shard.kind == ShardAddress::Kind::kLocal
                             ? std::string()
                             : " (is xapian-tcpsrv of Xapian 1.4 serving a shard there?)"));
  } catch (const Xapian::Error& e) {
    throw DatabaseError(shard.name() + ": " + reason(e));
  }
}

}  // namespace

OpenedArchive open_archive(const std::string& path, const SearcherOptions& options) {
  OpenedArchive archive;
  const auto stub = stub_file_of(path);
  if (!stub) {
    archive.db = open_single(path);
    return archive;
  }
  std::optional<DatabaseError> first_failure;
  std::size_t opened = 0;
  for (const auto& shard : read_stub(*stub)) {
    try {
      archive.db.add_database(open_shard(shard, options));
      ++opened;
      archive.has_remote = archive.has_remote || shard.kind != ShardAddress::Kind::kLocal;
    } catch (const DatabaseError& e) {
      // A shard that is down is left out only when asked; a shard of another schema never is.
      if (!options.allow_partial) throw DatabaseError("archive '" + path + "': " + e.what());
      if (!first_failure) first_failure = e;
      archive.missing.push_back(e.what());
    }
  }
  if (opened == 0)
    throw DatabaseError("archive '" + path +
                        "': no shard could be opened; first: " + first_failure->what());
  return archive;
}

}  // namespace newsarchive::searcher
