// The limits that keep one hostile input from costing the run its memory or its time. An input
// past one is skipped with a reason that names the limit; docs/reliability.md explains each.
#pragma once

#include <cstddef>
#include <cstdint>

namespace newsarchive::indexer::limits {

// An article's title and body text. Indexing takes about fifty times an article's text in
// memory (positions, terms, stored data), so this bounds a worker's memory to about 100 MiB;
// news articles are a few KiB (Reuters-21578's longest is 13 KiB).
inline constexpr std::size_t kMaxArticleBytes = std::size_t{2} << 20;

// One record as read: a line of JSON Lines, a plain-text file, a CSV field (larger, a quote was
// never closed). The rest of an over-long line is read and dropped, never held.
inline constexpr std::size_t kMaxRecordBytes = std::size_t{16} << 20;

// One TREC or Reuters-21578 <DOC>/<REUTERS> record: larger means its end tag is missing, not a
// long article.
inline constexpr std::size_t kMaxSgmlRecordBytes = std::size_t{32} << 20;

// One WARC record, passed over unread when larger: no article page is that big.
inline constexpr std::size_t kMaxWarcRecordBytes = std::size_t{64} << 20;

// One document parsed as a whole: an XML feed or NITF file, an HTML page.
inline constexpr std::size_t kMaxDocumentBytes = std::size_t{256} << 20;

// Arrays and objects inside one another in a JSON record; elements in XML and HTML (libxml2
// stops at 256 levels on its own).
inline constexpr std::size_t kMaxNestingDepth = 100;

// A gzip file is checked whole before it is read (libarchive checks no CRC); one that
// decompresses to more than this many times its size is a bomb, not a news archive: text
// compresses three to ten times, Reuters-21578's files about 3.4 times.
inline constexpr std::uint64_t kMaxCompressionRatio = 100;

// Other compressed inputs (bzip2, xz, zstd, zip and tar members) are checked as they are read:
// past this many bytes given out, an archive over the ratio above stops there. It is twice a
// record, so that a member of one over-long record is skipped by the record limit first rather
// than cut into a truncated article.
inline constexpr std::uint64_t kRatioCheckedAfterBytes = 2 * std::uint64_t{kMaxRecordBytes};

}  // namespace newsarchive::indexer::limits
