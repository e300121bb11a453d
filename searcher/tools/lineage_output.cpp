#include "lineage_output.h"

#include <algorithm>
#include <ostream>
#include <set>

#include "lineage_json.h"
#include "result_json.h"

namespace newsarchive::cli {
namespace {

std::size_t display_width(const std::string& s) {
  std::size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

std::string padded(const std::string& s, std::size_t width) {
  return s + std::string(width - std::min(width, display_width(s)), ' ');
}

std::string two_digits(std::int64_t n) {
  return (n < 10 ? "0" : "") + std::to_string(n);
}

// An article without a source is still a copy, shown as such rather than as a blank.
std::string shown(const std::string& source) {
  return source.empty() ? "(no source)" : source;
}

std::string summary(const Lineage& l) {
  std::set<std::string> sources;
  for (const auto* list : {&l.copies, &l.undated})
    for (const auto& c : *list) sources.insert(c.source);
  const std::size_t n = l.copies.size() + l.undated.size();
  std::string out = std::to_string(n) + (n == 1 ? " copy" : " copies") + " from " +
                    std::to_string(sources.size()) + (sources.size() == 1 ? " source" : " sources");
  if (!l.undated.empty()) out += " (" + std::to_string(l.undated.size()) + " undated)";
  if (l.first_source) out += "; first published by " + shown(*l.first_source);
  return out;
}

// Columns: date (UTC, as stored), delay, source, title, id.
void print_rows(const std::vector<LineageCopy>& copies, std::ostream& out) {
  std::size_t date_w = 0, delay_w = 0, source_w = 0;
  for (const auto& c : copies) {
    date_w = std::max(date_w, c.date ? c.date->size() : 0);
    delay_w = std::max(delay_w, c.delay_seconds ? format_delay(*c.delay_seconds).size() : 0);
    source_w = std::max(source_w, display_width(shown(c.source)));
  }
  for (const auto& c : copies) {
    out << "  ";
    if (date_w) out << padded(c.date.value_or(""), date_w) << "  ";
    if (delay_w)
      out << padded(c.delay_seconds ? format_delay(*c.delay_seconds) : "", delay_w) << "  ";
    out << padded(shown(c.source), source_w) << "  " << c.title << "  (id " << c.id << ")\n";
  }
}

}  // namespace

std::string format_delay(std::int64_t seconds) {
  if (seconds <= 0) return "+0";
  const std::int64_t days = seconds / 86400, hours = seconds % 86400 / 3600,
                     minutes = seconds % 3600 / 60;
  if (days > 0) return "+" + std::to_string(days) + "d " + std::to_string(hours) + "h";
  if (hours > 0) return "+" + std::to_string(hours) + "h " + two_digits(minutes) + "m";
  if (minutes > 0) return "+" + std::to_string(minutes) + "m";
  return "+" + std::to_string(seconds) + "s";
}

void print_lineage(const Lineage& l, std::ostream& out) {
  out << "Story lineage of " << l.id << ": " << summary(l) << "\n";
  if (!l.copies.empty()) {
    out << "\nIn publication order (UTC, delay after the first copy):\n";
    print_rows(l.copies, out);
  }
  if (!l.undated.empty()) {
    out << "\nUndated:\n";
    print_rows(l.undated, out);
  }
}

void print_lineage_json(const Lineage& l, std::ostream& out) {
  out << json_out::dump_line(json_out::lineage_json(l));
}

}  // namespace newsarchive::cli
