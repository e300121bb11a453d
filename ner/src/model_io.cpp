// The model file format (all integers and floats little-endian, as on x86-64/arm64):
//
//   "NEWSNER\0"                      magic
//   u32 version (3), u32 tag count (17), u32 stage count (1 or 2)
//   per stage:
//     f32 transitions[(tags + 1) * tags]
//     u64 F, u64 keys[F], u32 row_offsets[F + 1]
//     u64 E, u8 entry_tags[E], f32 entry_weights[E]
//   u64 L, u64 lexicon_keys[L], u32 lexicon_values[L]
//   u64 G, u64 gazetteer_keys[G], u32 gazetteer_values[G]   (version 3: gazetteer.h)
//   u64 checksum                     FNV-1a of every byte before it
//   "NEWSNEND"                       end marker, so truncation is recognised as such
//
// Every count is checked against the bytes left before anything is allocated, so a
// damaged file produces a ModelError, never a crash or a huge allocation.
#include <algorithm>
#include <bit>
#include <cmath>
#include <cstring>
#include <fstream>
#include <sstream>

#include "newsarchive/ner/model.h"
#include "newsarchive/text/text.h"

namespace newsarchive::ner {
namespace {

static_assert(std::endian::native == std::endian::little, "model files are little-endian");

constexpr char kMagic[8] = {'N', 'E', 'W', 'S', 'N', 'E', 'R', '\0'};
constexpr char kEndMagic[8] = {'N', 'E', 'W', 'S', 'N', 'E', 'N', 'D'};
constexpr std::uint32_t kVersion = 3;  // 3 added the gazetteer

std::uint64_t fnv1a(const char* data, std::size_t size) {
  return text::fnv1a64(std::string_view(data, size));
}

class Writer {
 public:
  template <typename T>
  void put(const T& value) {
    buffer_.append(reinterpret_cast<const char*>(&value), sizeof value);
  }
  template <typename T>
  void put_array(const std::vector<T>& values) {
    buffer_.append(reinterpret_cast<const char*>(values.data()), values.size() * sizeof(T));
  }
  void put_raw(const char* data, std::size_t size) { buffer_.append(data, size); }
  std::string& buffer() { return buffer_; }

 private:
  std::string buffer_;
};

class Reader {
 public:
  Reader(const std::string& data, std::size_t end, const std::string& path)
      : data_(data), end_(end), path_(path) {}

  [[noreturn]] void fail(const std::string& what) const {
    throw ModelError("NER model '" + path_ + "': " + what);
  }

  template <typename T>
  T get(const char* what) {
    T value;
    need(sizeof value, what);
    std::memcpy(&value, data_.data() + pos_, sizeof value);
    pos_ += sizeof value;
    return value;
  }

  template <typename T>
  std::vector<T> get_array(std::uint64_t count, const char* what) {
    if (count > (end_ - pos_) / sizeof(T)) {
      fail(std::string("truncated or corrupt: ") + what + " claims " + std::to_string(count) +
           " entries but only " + std::to_string(end_ - pos_) + " bytes remain");
    }
    std::vector<T> values(count);
    if (count == 0) return values;  // an empty vector's data() may be null, memcpy's may not
    std::memcpy(values.data(), data_.data() + pos_, count * sizeof(T));
    pos_ += count * sizeof(T);
    return values;
  }

  std::size_t position() const { return pos_; }

 private:
  void need(std::size_t size, const char* what) const {
    if (end_ - pos_ < size) {
      fail(std::string("truncated: file ends inside ") + what + " at byte " + std::to_string(pos_));
    }
  }

  const std::string& data_;
  std::size_t end_;
  std::size_t pos_ = 0;
  const std::string& path_;
};

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw ModelError("NER model '" + path + "': cannot open file");
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) throw ModelError("NER model '" + path + "': read error");
  return std::move(ss).str();
}

HashIndex build_index(const std::vector<std::uint64_t>& keys,
                      const std::vector<std::uint32_t>& values, const Reader& reader,
                      const char* what) {
  HashIndex index;
  index.reserve(keys.size());
  for (std::size_t i = 0; i < keys.size(); ++i) {
    if (keys[i] == 0) reader.fail(std::string("corrupt: zero key in ") + what);
    index.insert(keys[i], values[i]);
  }
  if (index.size() != keys.size()) reader.fail(std::string("corrupt: duplicate keys in ") + what);
  return index;
}

void read_weights(Reader& r, Model& m) {
  m.transitions = r.get_array<float>((kNumTags + 1) * kNumTags, "transitions");

  const auto feature_count = r.get<std::uint64_t>("feature count");
  if (feature_count >= (1ULL << 32)) r.fail("corrupt: feature count out of range");
  const auto keys = r.get_array<std::uint64_t>(feature_count, "feature keys");
  m.row_offsets = r.get_array<std::uint32_t>(feature_count + 1, "row offsets");
  const auto entry_count = r.get<std::uint64_t>("weight count");
  m.entry_tags = r.get_array<std::uint8_t>(entry_count, "weight tags");
  m.entry_weights = r.get_array<float>(entry_count, "weights");
  if (m.row_offsets.front() != 0 || m.row_offsets.back() != entry_count) {
    r.fail("corrupt: feature rows do not cover the weights");
  }
  for (std::size_t i = 1; i < m.row_offsets.size(); ++i) {
    if (m.row_offsets[i] < m.row_offsets[i - 1]) r.fail("corrupt: feature rows out of order");
  }
  for (const std::uint8_t t : m.entry_tags) {
    if (t >= kNumTags) r.fail("corrupt: weight for unknown tag " + std::to_string(t));
  }
  for (const float x : m.entry_weights) {
    if (!std::isfinite(x)) r.fail("corrupt: non-finite weight");
  }
  for (const float x : m.transitions) {
    if (!std::isfinite(x)) r.fail("corrupt: non-finite transition weight");
  }
  std::vector<std::uint32_t> rows(feature_count);
  for (std::size_t i = 0; i < rows.size(); ++i) rows[i] = static_cast<std::uint32_t>(i);
  m.features = build_index(keys, rows, r, "features");
}

void write_weights(Writer& w, const Model& model) {
  w.put_array(model.transitions);
  std::vector<std::uint64_t> keys(model.feature_count(), 0);
  model.features.for_each([&](std::uint64_t key, std::uint32_t row) { keys[row] = key; });
  w.put(static_cast<std::uint64_t>(keys.size()));
  w.put_array(keys);
  w.put_array(model.row_offsets);
  w.put(static_cast<std::uint64_t>(model.entry_tags.size()));
  w.put_array(model.entry_tags);
  w.put_array(model.entry_weights);
}

// Written sorted by key so the same model always gives the same bytes.
void write_index(Writer& w, const HashIndex& index) {
  std::vector<std::pair<std::uint64_t, std::uint32_t>> entries;
  index.for_each([&](std::uint64_t k, std::uint32_t v) { entries.emplace_back(k, v); });
  std::sort(entries.begin(), entries.end());
  w.put(static_cast<std::uint64_t>(entries.size()));
  for (const auto& [k, v] : entries) w.put(k);
  for (const auto& [k, v] : entries) w.put(v);
}

HashIndex read_index(Reader& r, const char* what) {
  const auto count = r.get<std::uint64_t>(what);
  const auto keys = r.get_array<std::uint64_t>(count, what);
  const auto values = r.get_array<std::uint32_t>(count, what);
  return build_index(keys, values, r, what);
}

}  // namespace

void save_model(const Model& model, const std::string& path) {
  Writer w;
  w.put_raw(kMagic, sizeof kMagic);
  w.put(kVersion);
  w.put(static_cast<std::uint32_t>(kNumTags));
  w.put(static_cast<std::uint32_t>(model.second_stage ? 2 : 1));
  write_weights(w, model);
  if (model.second_stage) write_weights(w, *model.second_stage);

  write_index(w, model.lexicon);
  write_index(w, model.gazetteer);

  const std::uint64_t checksum = fnv1a(w.buffer().data(), w.buffer().size());
  w.put(checksum);
  w.put_raw(kEndMagic, sizeof kEndMagic);

  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(w.buffer().data(), static_cast<std::streamsize>(w.buffer().size()));
  out.close();
  if (!out) throw ModelError("NER model '" + path + "': cannot write file");
}

Model load_model(const std::string& path) {
  const std::string data = read_file(path);
  const auto fail = [&](const std::string& what) -> void {
    throw ModelError("NER model '" + path + "': " + what);
  };
  if (data.empty()) fail("file is empty");
  if (data.size() < sizeof kMagic || std::memcmp(data.data(), kMagic, sizeof kMagic) != 0) {
    fail("not an NER model file (wrong magic number)");
  }
  constexpr std::size_t kTrailer = sizeof(std::uint64_t) + sizeof kEndMagic;
  if (data.size() < sizeof kMagic + kTrailer ||
      std::memcmp(data.data() + data.size() - sizeof kEndMagic, kEndMagic, sizeof kEndMagic) != 0) {
    fail("truncated: end marker missing (file has " + std::to_string(data.size()) + " bytes)");
  }
  const std::size_t payload_end = data.size() - kTrailer;
  std::uint64_t stored_checksum;
  std::memcpy(&stored_checksum, data.data() + payload_end, sizeof stored_checksum);
  if (stored_checksum != fnv1a(data.data(), payload_end)) fail("corrupt: checksum mismatch");

  Reader r(data, payload_end, path);
  r.get_array<char>(sizeof kMagic, "magic");
  const auto version = r.get<std::uint32_t>("version");
  if (version != kVersion) {
    fail("unsupported format version " + std::to_string(version) + " (this build reads " +
         std::to_string(kVersion) + ")");
  }
  const auto tags = r.get<std::uint32_t>("tag count");
  if (tags != kNumTags) {
    fail("model has " + std::to_string(tags) + " tags, expected " + std::to_string(kNumTags));
  }
  const auto stages = r.get<std::uint32_t>("stage count");
  if (stages != 1 && stages != 2) fail("corrupt: " + std::to_string(stages) + " stages");
  Model m;
  read_weights(r, m);
  if (stages == 2) {
    auto second = std::make_shared<Model>();
    read_weights(r, *second);
    second->compile();
    m.second_stage = std::move(second);
  }

  m.lexicon = read_index(r, "lexicon");
  m.gazetteer = read_index(r, "gazetteer");
  if (r.position() != payload_end) fail("corrupt: unexpected bytes after the gazetteer");
  m.compile();
  return m;
}

}  // namespace newsarchive::ner
