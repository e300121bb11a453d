#include "database_failure.h"

#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>

#include "newsarchive/indexer/index_writer.h"

namespace newsarchive::indexer {
namespace {

namespace fs = std::filesystem;

bool mentions(const std::string& text, const char* what) {
  return text.find(what) != std::string::npos;
}

}  // namespace

std::string what_to_do(const Xapian::Error& e) {
  const std::string said = e.get_msg() + " " + (e.get_error_string() ? e.get_error_string() : "");
  if (mentions(said, std::strerror(ENOSPC)) || mentions(said, std::strerror(EDQUOT)))
    return "the disk is full: free some space and run news-index again; the archive keeps its "
           "last commit and the re-run indexes what is missing";
  if (mentions(said, std::strerror(EMFILE)) || mentions(said, std::strerror(ENFILE)))
    return "too many open files: use fewer --shards, or raise the limit (ulimit -n)";
  if (mentions(said, std::strerror(EROFS)))
    return "the file system is read-only: index into a --db on a writable file system";
  if (mentions(said, std::strerror(EACCES)) || mentions(said, std::strerror(EPERM)))
    return "permission denied: index as a user who may write there, or into another --db";
  if (std::string(e.get_type()) == "DatabaseCorruptError")
    return "the database is damaged: check it with xapian-check, and rebuild it into a new --db "
           "if it is not repairable";
  return "the archive keeps its last commit; run news-index again once the cause is fixed";
}

DatabaseFailure database_failure(const std::string& path, const Xapian::Error& e) {
  return DatabaseFailure("database '" + path + "' failed: " + e.get_description() + "; " +
                         what_to_do(e));
}

void record_lock_holder(const std::string& path) {
  std::ofstream(fs::path(path) / kLockHolderFile, std::ios::trunc) << ::getpid() << "\n";
}

void forget_lock_holder(const std::string& path) {
  std::error_code ignored;
  fs::remove(fs::path(path) / kLockHolderFile, ignored);
}

std::string lock_failure_message(const std::string& path, const Xapian::DatabaseLockError& e) {
  // Xapian says "already locked" only when another process holds the lock; any other reason
  // (a read-only file system, no permission, too many open files) is the file system's.
  if (!mentions(e.get_msg(), "already locked"))
    return database_failure(path, e).what() + std::string(" (cannot take the write lock)");
  std::string holder;
  std::ifstream(fs::path(path) / kLockHolderFile) >> holder;
  return "database is locked: '" + path + "' is being written by another news-index" +
         (holder.empty() ? std::string() : " (process " + holder + ")") +
         " (wait for it to finish)";
}

}  // namespace newsarchive::indexer
