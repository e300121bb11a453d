#include "newsarchive/ner/tagset.h"

namespace newsarchive::ner {

std::string tag_name(int tag) {
  if (tag == kOutside) return "O";
  static constexpr char kParts[] = {'B', 'I', 'L', 'U'};
  std::string name(1, kParts[tag_part(tag)]);
  name += '-';
  name += kLabelNames[tag_label(tag)];
  return name;
}

int label_from_name(std::string_view name) {
  for (int l = 0; l < kNumLabels; ++l) {
    if (kLabelNames[l] == name) return l;
  }
  return -1;
}

std::vector<Span> spans_from_iob1(const std::vector<std::string>& tags) {
  std::vector<Span> spans;
  int open_label = -1;
  for (std::size_t i = 0; i < tags.size(); ++i) {
    const std::string& t = tags[i];
    const int label = t.size() > 2 ? label_from_name(std::string_view(t).substr(2)) : -1;
    const bool begins = label >= 0 && (t[0] == 'B' || label != open_label);
    if (label < 0 || begins) {
      if (open_label >= 0) spans.back().last = i;
      open_label = -1;
    }
    if (begins) {
      spans.push_back({i, i + 1, label});
      open_label = label;
    }
  }
  if (open_label >= 0) spans.back().last = tags.size();
  return spans;
}

std::vector<std::uint8_t> bilou_from_spans(const std::vector<Span>& spans, std::size_t length) {
  std::vector<std::uint8_t> tags(length, kOutside);
  for (const Span& s : spans) {
    if (s.last - s.first == 1) {
      tags[s.first] = make_tag(s.label, kUnit);
      continue;
    }
    tags[s.first] = make_tag(s.label, kBegin);
    for (std::size_t i = s.first + 1; i + 1 < s.last; ++i) tags[i] = make_tag(s.label, kInside);
    tags[s.last - 1] = make_tag(s.label, kLast);
  }
  return tags;
}

void spans_from_bilou(const std::uint8_t* tags, std::size_t length, std::size_t base,
                      std::vector<Span>& out) {
  std::size_t start = 0;
  for (std::size_t i = 0; i < length; ++i) {
    if (tags[i] == kOutside) continue;
    const Part part = tag_part(tags[i]);
    if (part == kBegin) start = i;
    if (part == kUnit) out.push_back({base + i, base + i + 1, tag_label(tags[i])});
    if (part == kLast) out.push_back({base + start, base + i + 1, tag_label(tags[i])});
  }
}

bool transition_allowed(int from, int to) {
  const bool from_open = from != kNumTags && from != kOutside &&
                         (tag_part(from) == kBegin || tag_part(from) == kInside);
  if (to == kNumTags) return !from_open;
  if (to == kOutside) return !from_open;
  const Part part = tag_part(to);
  if (part == kBegin || part == kUnit) return !from_open;
  // I-x and L-x continue an open entity of the same label.
  return from_open && tag_label(from) == tag_label(to);
}

}  // namespace newsarchive::ner
