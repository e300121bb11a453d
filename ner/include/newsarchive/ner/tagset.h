// The BILOU tag set over the four CoNLL-2003 entity labels, the conversions between
// token tags and entity spans, and which tag sequences are well formed.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace newsarchive::ner {

// CoNLL-2003 labels, in this order everywhere (files, arrays, reports).
enum Label : std::uint8_t { kPer = 0, kOrg = 1, kLoc = 2, kMisc = 3 };
inline constexpr int kNumLabels = 4;
inline constexpr std::string_view kLabelNames[kNumLabels] = {"PER", "ORG", "LOC", "MISC"};

// Tag 0 is O; tag 1 + 4 * label + part, part in B, I, L, U order.
enum Part : std::uint8_t { kBegin = 0, kInside = 1, kLast = 2, kUnit = 3 };
inline constexpr int kNumTags = 1 + 4 * kNumLabels;
inline constexpr std::uint8_t kOutside = 0;

constexpr std::uint8_t make_tag(int label, Part part) {
  return static_cast<std::uint8_t>(1 + 4 * label + part);
}
constexpr int tag_label(int tag) {
  return (tag - 1) / 4;
}
constexpr Part tag_part(int tag) {
  return static_cast<Part>((tag - 1) % 4);
}

std::string tag_name(int tag);

// Returns the label for "PER", "ORG", "LOC" or "MISC", or -1.
int label_from_name(std::string_view name);

// An entity over tokens [first, last) of a document.
struct Span {
  std::size_t first = 0;
  std::size_t last = 0;
  int label = 0;
  bool operator==(const Span&) const = default;
};

// CoNLL-2003's IOB1 tags ("I-PER", "B-PER", "O") to spans. Unknown tags count as O.
std::vector<Span> spans_from_iob1(const std::vector<std::string>& tags);

std::vector<std::uint8_t> bilou_from_spans(const std::vector<Span>& spans, std::size_t length);

// Well-formed BILOU (as Viterbi produces) to spans, offset by `base` token indices.
void spans_from_bilou(const std::uint8_t* tags, std::size_t length, std::size_t base,
                      std::vector<Span>& out);

// Whether `to` may follow `from`; from == kNumTags means the sentence start, to == kNumTags
// the sentence end.
bool transition_allowed(int from, int to);

}  // namespace newsarchive::ner
