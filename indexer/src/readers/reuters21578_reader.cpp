#include "newsarchive/indexer/readers/reuters21578_reader.h"

#include <algorithm>

#include "markup_text.h"
#include "newsarchive/common/publication_date.h"
#include "newsarchive/text/text.h"
#include "sgml_reading.h"

namespace newsarchive::indexer {
namespace {

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

// The part of a DATE element that the collection's converter reads: "D-MMM-YYYY H:MM:SS" at the
// start, after optional space. Dates with anything else there (an hour of "101") stay undated
// in both, and the desk codes and comments that follow the time are ignored in both.
std::optional<std::string> converter_date(std::string_view s) {
  std::size_t i = 0;
  const auto digits = [&](std::size_t min, std::size_t max) {
    std::size_t n = 0;
    while (i < s.size() && is_digit(s[i]) && n < max) ++i, ++n;
    return n >= min;
  };
  const auto literal = [&](char c) { return i < s.size() && s[i] == c ? (++i, true) : false; };
  while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r')) ++i;
  const std::size_t start = i;
  if (!digits(1, 2) || !literal('-')) return std::nullopt;
  for (int k = 0; k < 3; ++k, ++i)
    if (i >= s.size() || s[i] < 'A' || s[i] > 'Z') return std::nullopt;
  if (!literal('-') || !digits(4, 4)) return std::nullopt;
  const std::size_t day_end = i;
  if (i >= s.size() || (s[i] != ' ' && s[i] != '\t')) return std::nullopt;
  while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
  const std::size_t time_start = i;
  if (!digits(1, 2) || !literal(':') || !digits(2, 2) || !literal(':') || !digits(2, 2))
    return std::nullopt;
  return std::string(s.substr(start, day_end - start)) + " " +
         std::string(s.substr(time_start, i - time_start));
}

std::string clean(std::string_view raw) {
  return std::string(text::trim(markup::drop_controls(markup::decode_entities(raw))));
}

}  // namespace

bool parse_reuters21578_record(std::string_view record_latin1, Article& a, std::string& error) {
  const std::string record = text::latin1_to_utf8(record_latin1);
  const std::string_view view = record;
  const std::string newid = markup::attribute(view.substr(0, view.find('>')), "NEWID");
  if (newid.empty()) {
    error = "record has no NEWID";
    return false;
  }
  a.id = "reuters21578-" + newid;
  a.source = "Reuters";
  if (auto t = markup::element(view, "TITLE")) a.title = clean(*t);

  if (auto d = markup::element(view, "DATE")) {
    const std::string written = markup::decode_entities(*d);
    if (auto usable = converter_date(written)) set_publication_date(a, *usable);
    if (!a.published) error = "unrecognised date '" + clean(written) + "' (article kept, undated)";
  }

  if (auto body = markup::element(view, "BODY")) {
    a.body = clean(*body);
  } else if (auto whole = markup::element(view, "TEXT")) {
    // Brief and unprocessed stories have no BODY: their text is what TEXT holds besides the
    // title and dateline, which are stored apart.
    std::string rest = markup::without_element(*whole, "TITLE");
    rest = markup::without_element(rest, "DATELINE");
    a.body = clean(markup::strip_tags(rest));
    // Brief stories mark the headline with a row of asterisks, which is no text.
    a.body = std::string(
        text::trim(a.body.substr(std::min(a.body.find_first_not_of('*'), a.body.size()))));
  }

  static constexpr std::pair<const char*, const char*> kLabelKinds[] = {{"topics", "TOPICS"},
                                                                        {"places", "PLACES"},
                                                                        {"people", "PEOPLE"},
                                                                        {"orgs", "ORGS"},
                                                                        {"exchanges", "EXCHANGES"}};
  for (const auto& [kind, tag] : kLabelKinds) {
    if (auto list = markup::element(view, tag))
      for (auto value : markup::elements(*list, "D"))
        if (auto v = clean(value); !v.empty()) a.labels.emplace_back(kind, std::move(v));
  }

  if (a.title.empty() && a.body.empty()) {
    error = "no title or body";
    return false;
  }
  if (a.title.empty()) a.title = text::first_sentence(a.body);
  return true;
}

int Reuters21578Reader::confidence(std::string_view origin, std::string_view head) const {
  if (head.find("<REUTERS ") != std::string_view::npos &&
      head.find("NEWID=") != std::string_view::npos)
    return 95;
  if (head.find("lewis.dtd") != std::string_view::npos) return 90;
  return origin.find(".sgm") != std::string_view::npos ? 5 : 0;
}

void Reuters21578Reader::read(std::istream& in, const std::string& origin,
                              ArticleSink& sink) const {
  markup::read_sgml_records(in, origin, "REUTERS", sink, parse_reuters21578_record);
}

}  // namespace newsarchive::indexer
