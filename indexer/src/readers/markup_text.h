// Helpers for the SGML-like formats (TREC, Reuters-21578): character references, encodings and
// element lookup in a record that is already in memory. The XML formats go through libxml2.
#pragma once

#include <istream>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace newsarchive::indexer::markup {

// `in` as is when it is valid UTF-8, else read as Latin-1 (what older SGML collections use).
std::string utf8_or_latin1(std::string_view in);

// Decodes &lt; &gt; &amp; &quot; &apos; &nbsp; and numeric references. Control characters given
// as references (&#2; &#5; in Reuters-21578) are dropped, as Python's html.unescape drops them,
// so that our reading matches the collection's converter.
std::string decode_entities(std::string_view in);
// Every tag replaced by a space.
std::string strip_tags(std::string_view in);
// Control characters other than tab and newline removed.
std::string drop_controls(std::string_view in);

// The content of the first <NAME>...</NAME> (or <NAME attr=...>) in `record`, raw.
std::optional<std::string_view> element(std::string_view record, std::string_view name);
// Every <NAME>...</NAME>, raw.
std::vector<std::string_view> elements(std::string_view record, std::string_view name);
// `record` with every <NAME>...</NAME> removed.
std::string without_element(std::string_view record, std::string_view name);
// The value of NAME="..." inside a start tag.
std::string attribute(std::string_view start_tag, std::string_view name);

// Splits a stream into records <NAME ...>...</NAME> (NAME is "DOC" in TREC, "REUTERS" in
// Reuters-21578), holding one record at a time. A record whose end never comes (a truncated
// file, or a new start tag before the end tag) is reported by next(), and reading goes on.
class SgmlRecords {
 public:
  SgmlRecords(std::istream& in, std::string name);
  enum class Result { kRecord, kTruncated, kEnd };
  // On kRecord, `record` holds the text from the start tag to the end tag inclusive. `number`
  // counts records from 1, truncated ones included.
  Result next(std::string& record);
  std::size_t number() const { return number_; }

 private:
  bool fill();
  std::istream& in_;
  std::string name_, open_, close_, buffer_;
  std::size_t number_ = 0;
  bool eof_ = false;
};

}  // namespace newsarchive::indexer::markup
