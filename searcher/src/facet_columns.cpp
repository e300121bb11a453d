#include "facet_columns.h"

#include "newsarchive/text/entity_key.h"
#include "string_table.h"

namespace newsarchive::searcher {
namespace {

// Interns lines as ordinals 0, 1, 2... in order of first appearance.
class Interner {
 public:
  explicit Interner(std::vector<std::string>& texts) : texts_(texts) {}
  std::uint32_t operator()(std::string_view line) {
    std::uint32_t& ordinal = ordinals_[line];  // stored + 1, so 0 means new
    if (ordinal == 0) {
      texts_.emplace_back(line);
      ordinal = static_cast<std::uint32_t>(texts_.size());
    }
    return ordinal - 1;
  }

 private:
  std::vector<std::string>& texts_;
  StringTable<std::uint32_t> ordinals_;
};

// Appends the ordinal of each line of `value` (one line unless `key_list`).
void add_lines(std::string_view value, bool key_list, Interner& intern,
               std::vector<std::uint32_t>& out) {
  if (value.empty()) return;
  if (!key_list) {
    out.push_back(intern(value));
    return;
  }
  // "key\tdisplay" lines, as stored::encode_facets writes them.
  while (!value.empty()) {
    const auto nl = value.find('\n');
    out.push_back(intern(value.substr(0, nl)));
    if (nl == std::string_view::npos) break;
    value.remove_prefix(nl + 1);
  }
}

// The display of a line: the text after the tab, or the whole line.
std::string_view display_of(std::string_view line) {
  const auto tab = line.find('\t');
  return tab == std::string_view::npos ? line : line.substr(tab + 1);
}

// key_of, keys, key_starts, lines_of_key and label_quality, from the column's texts.
void index_keys(FacetColumn& c) {
  Interner key_ordinals(c.keys);
  c.key_of.reserve(c.texts.size());
  c.label_quality.reserve(c.texts.size());
  for (const auto& text : c.texts) {
    const std::string_view key = std::string_view(text).substr(0, text.find('\t'));
    c.key_of.push_back(key_ordinals(key));
    c.label_quality.push_back(
        static_cast<std::uint8_t>(label_candidate(key, display_of(text), 0).quality));
  }
  // Lines grouped by key (a counting sort: starts, then each key's lines in line order).
  c.key_starts.assign(c.keys.size() + 1, 0);
  for (const std::uint32_t key : c.key_of) ++c.key_starts[key + 1];
  for (std::size_t k = 1; k < c.key_starts.size(); ++k) c.key_starts[k] += c.key_starts[k - 1];
  c.lines_of_key.resize(c.key_of.size());
  std::vector<std::uint32_t> next(c.key_starts.begin(), c.key_starts.end() - 1);
  for (std::uint32_t line = 0; line < c.key_of.size(); ++line)
    c.lines_of_key[next[c.key_of[line]]++] = line;
}

}  // namespace

std::string_view FacetColumn::display(std::uint32_t line) const {
  return display_of(texts[line]);
}

std::size_t FacetColumn::bytes() const {
  std::size_t n = (starts.capacity() + lines.capacity() + key_of.capacity() +
                   key_starts.capacity() + lines_of_key.capacity()) *
                      sizeof(std::uint32_t) +
                  label_quality.capacity() +
                  (texts.capacity() + keys.capacity()) * sizeof(std::string);
  for (const auto& t : texts) n += t.capacity() > 15 ? t.capacity() : 0;  // beyond SSO
  for (const auto& t : keys) n += t.capacity() > 15 ? t.capacity() : 0;
  return n;
}

FacetColumn build_facet_column(const Xapian::Database& shard, unsigned slot, bool key_list) {
  FacetColumn c;
  Interner intern(c.texts);
  const Xapian::docid last = shard.get_lastdocid();
  c.starts.reserve(std::size_t{last} + 2);
  c.starts.push_back(0);  // docid 0 is never used
  for (auto it = shard.valuestream_begin(slot); it != shard.valuestream_end(slot); ++it) {
    const Xapian::docid did = it.get_docid();
    // Documents without the value (or deleted) start and end where the next one starts.
    while (c.starts.size() <= did) c.starts.push_back(static_cast<std::uint32_t>(c.lines.size()));
    add_lines(*it, key_list, intern, c.lines);
    c.starts.push_back(static_cast<std::uint32_t>(c.lines.size()));
  }
  while (c.starts.size() < std::size_t{last} + 2)
    c.starts.push_back(static_cast<std::uint32_t>(c.lines.size()));
  index_keys(c);
  return c;
}

std::string archive_state(const std::vector<Xapian::Database>& shards) {
  std::string state;
  try {
    for (const auto& shard : shards)
      state += shard.get_uuid() + ":" + std::to_string(shard.get_revision()) + ";";
  } catch (const Xapian::InvalidOperationError&) {
    return {};  // not a disk database (or several in one): no revision to key a cache with
  }
  return state;
}

std::shared_ptr<const FacetColumn> FacetColumnCache::column(const Xapian::Database& shard,
                                                            unsigned slot, bool key_list) {
  const Xapian::rev revision = shard.get_revision();
  // Built under the lock: concurrent first searches wait for one build instead of each
  // holding a copy; later searches only compare the revision.
  std::lock_guard lock(mutex_);
  Entry& entry = entries_[{shard.get_uuid(), slot}];
  if (entry.revision != revision || !entry.column) {
    entry.column.reset();  // the stale column's memory goes before the new one is built
    entry.column = std::make_shared<const FacetColumn>(build_facet_column(shard, slot, key_list));
    entry.revision = revision;
  }
  return entry.column;
}

}  // namespace newsarchive::searcher
