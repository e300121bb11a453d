#include "facet_columns.h"

#include <algorithm>

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

// The key ordinal of each text, the keys numbered in byte order.
std::vector<std::uint32_t> sorted_keys_of(const std::vector<std::string>& texts,
                                          std::vector<std::string>& keys) {
  std::vector<std::uint32_t> key_of_text;
  key_of_text.reserve(texts.size());
  std::vector<std::string> first_seen;
  Interner key_ordinals(first_seen);
  for (const auto& text : texts)
    key_of_text.push_back(key_ordinals(std::string_view(text).substr(0, text.find('\t'))));
  std::vector<std::uint32_t> order(first_seen.size());
  for (std::uint32_t k = 0; k < order.size(); ++k) order[k] = k;
  std::sort(order.begin(), order.end(),
            [&](std::uint32_t a, std::uint32_t b) { return first_seen[a] < first_seen[b]; });
  std::vector<std::uint32_t> rank(order.size());
  keys.clear();
  keys.reserve(order.size());
  for (std::uint32_t r = 0; r < order.size(); ++r) {
    rank[order[r]] = r;
    keys.push_back(std::move(first_seen[order[r]]));
  }
  for (auto& key : key_of_text) key = rank[key];
  return key_of_text;
}

// Renumbers the lines so that each key's lines are consecutive ordinals, keys in byte order (a
// key's lines in order of first appearance), and fills key_of, keys, key_starts and
// label_quality: ranking keys then reads the line counts in order, a key's count the sum of one
// short run, ties are broken by ordinal, and days come in date order.
void group_lines_by_key(FacetColumn& c) {
  const std::vector<std::uint32_t> key_of_text = sorted_keys_of(c.texts, c.keys);
  // A counting sort of the lines by key: where each key's run starts, then each line's place.
  c.key_starts.assign(c.keys.size() + 1, 0);
  for (const std::uint32_t key : key_of_text) ++c.key_starts[key + 1];
  for (std::size_t k = 1; k < c.key_starts.size(); ++k) c.key_starts[k] += c.key_starts[k - 1];
  std::vector<std::uint32_t> next(c.key_starts.begin(), c.key_starts.end() - 1);
  std::vector<std::uint32_t> new_ordinal(c.texts.size());
  std::vector<std::string> texts(c.texts.size());
  c.key_of.resize(c.texts.size());
  for (std::uint32_t line = 0; line < c.texts.size(); ++line) {
    const std::uint32_t key = key_of_text[line], to = next[key]++;
    new_ordinal[line] = to;
    c.key_of[to] = key;
    texts[to] = std::move(c.texts[line]);
  }
  c.texts = std::move(texts);
  for (auto& line : c.lines) line = new_ordinal[line];
  c.label_quality.reserve(c.texts.size());
  for (std::uint32_t line = 0; line < c.texts.size(); ++line)
    c.label_quality.push_back(static_cast<std::uint8_t>(
        label_candidate(c.keys[c.key_of[line]], display_of(c.texts[line]), 0).quality));
}

}  // namespace

std::string_view FacetColumn::display(std::uint32_t line) const {
  return display_of(texts[line]);
}

std::size_t FacetColumn::bytes() const {
  std::size_t n =
      (starts.capacity() + lines.capacity() + key_of.capacity() + key_starts.capacity()) *
          sizeof(std::uint32_t) +
      label_quality.capacity() + (texts.capacity() + keys.capacity()) * sizeof(std::string);
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
  group_lines_by_key(c);
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
