// What news-index says when a database fails, and who holds its lock: the writer records its
// process id next to Xapian's lock, so a second writer can name the first.
#pragma once

#include <xapian.h>

#include <string>

namespace newsarchive::indexer {

// What the user can do about `e`, by the cause Xapian reports (its message and the system's
// error): free space, use a writable file system, fewer shards, xapian-check...
std::string what_to_do(const Xapian::Error& e);

// Written by the process that holds the write lock of the database at `path`; removed when it
// lets go. A leftover from a killed run is harmless: it is read only while the lock is held.
inline constexpr const char* kLockHolderFile = "news-index.pid";
void record_lock_holder(const std::string& path);
void forget_lock_holder(const std::string& path);

// Why `path` could not be locked for writing: held by another news-index (named by its pid when
// known), or the file system refused (read-only, permissions), which is no lock at all.
std::string lock_failure_message(const std::string& path, const Xapian::DatabaseLockError& e);

}  // namespace newsarchive::indexer
