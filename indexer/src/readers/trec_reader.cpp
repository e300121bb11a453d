#include "newsarchive/indexer/readers/trec_reader.h"

#include "byline.h"
#include "markup_text.h"
#include "newsarchive/common/publication_date.h"
#include "newsarchive/text/text.h"
#include "sgml_reading.h"

namespace newsarchive::indexer {
namespace {

// Text of the first of `names` present, tags and references resolved, space collapsed.
std::string first_field(std::string_view record, std::initializer_list<std::string_view> names) {
  for (auto name : names)
    if (auto raw = markup::element(record, name))
      return text::collapse_space(text::trim(markup::decode_entities(markup::strip_tags(*raw))));
  return {};
}

// TREC collections write dates their own ways: "January 1, 1989, Sunday, Home Edition" (LA
// Times), "910514" (FT, YYMMDD), "02/12/88" (WSJ). Each is tried after the standard forms.
std::optional<PublicationDate> trec_date(std::string_view s) {
  if (auto t = read_publication_date(s)) return t;
  if (const auto second_comma = s.find(',', s.find(',') + 1);
      second_comma != std::string_view::npos)
    if (auto t = read_publication_date(s.substr(0, second_comma))) return t;
  const auto all_digits = [](std::string_view d) {
    return d.find_first_not_of("0123456789") == std::string_view::npos;
  };
  std::string iso;
  if (s.size() == 6 && all_digits(s)) {
    iso = "19" + std::string(s.substr(0, 2)) + "-" + std::string(s.substr(2, 2)) + "-" +
          std::string(s.substr(4, 2));
  } else if (s.size() == 8 && all_digits(s)) {
    iso = std::string(s.substr(0, 4)) + "-" + std::string(s.substr(4, 2)) + "-" +
          std::string(s.substr(6, 2));
  } else if (s.size() == 8 && s[2] == '/' && s[5] == '/') {
    iso = "19" + std::string(s.substr(6, 2)) + "-" + std::string(s.substr(0, 2)) + "-" +
          std::string(s.substr(3, 2));
  } else {
    return std::nullopt;
  }
  return read_publication_date(iso);
}

}  // namespace

bool parse_trec_record(std::string_view raw, Article& a, std::string& error) {
  const std::string record = markup::utf8_or_latin1(raw);
  a.id = first_field(record, {"DOCNO"});
  if (a.id.empty()) {
    error = "record has no DOCNO";
    return false;
  }
  a.title = first_field(record, {"HEADLINE", "HL", "HEAD", "TITLE"});
  const std::string byline = first_field(record, {"BYLINE", "BY", "AUTHOR"});
  if (const auto name = without_by(byline); !name.empty()) a.authors.emplace_back(name);
  a.source = first_field(record, {"SOURCE", "SO", "PUB"});
  if (const std::string date = first_field(record, {"DATE", "DATE_TIME", "DD"}); !date.empty()) {
    if (const auto d = trec_date(date)) {
      a.published = d->instant;
      a.published_has_time = d->has_time;
    } else {
      error = "unrecognised date '" + date + "' (article kept, undated)";
    }
  }
  // A document may carry its text in several TEXT parts (the AP collection does).
  for (auto part : markup::elements(record, "TEXT")) {
    const std::string t(text::trim(markup::decode_entities(markup::strip_tags(part))));
    if (t.empty()) continue;
    if (!a.body.empty()) a.body += "\n\n";
    a.body += t;
  }
  if (a.title.empty() && a.body.empty()) {
    error = "no title or text";
    return false;
  }
  if (a.title.empty()) a.title = text::first_sentence(a.body);
  return true;
}

int TrecReader::confidence(std::string_view, std::string_view head) const {
  const bool doc = head.find("<DOC>") != std::string_view::npos;
  const bool docno = head.find("<DOCNO>") != std::string_view::npos;
  return doc && docno ? 90 : 0;
}

void TrecReader::read(std::istream& in, const std::string& origin, ArticleSink& sink) const {
  markup::read_sgml_records(in, origin, "DOC", sink, parse_trec_record);
}

}  // namespace newsarchive::indexer
