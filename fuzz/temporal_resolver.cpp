// The dates a text talks about ("Oct. 7", "last month", "the 1990s", "le 2 juin"), found and put on
// the calendar relative to a publication date. The input's first line is the publication date as a
// source writes it (so every date the readers can produce is an anchor), the rest the text.
#include "fuzz_input.h"
#include "newsarchive/common/publication_date.h"
#include "newsarchive/temporal/temporal_expressions.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace newsarchive;
  const std::string_view input = fuzz::as_text(data, size);
  const auto newline = input.find('\n');
  const std::string_view date_line = input.substr(0, newline);
  const std::string_view text =
      newline == std::string_view::npos ? std::string_view{} : input.substr(newline + 1);
  const auto published = parse_publication_date(date_line);
  // English, and each language with date forms of its own.
  for (const std::string_view language : {"en", "fr", "es", "pt", "it", "de", "ru"}) {
    for (const auto& found : temporal::find_temporal_expressions(text, published, language)) {
      if (found.begin > found.end || found.end > text.size()) std::abort();
      if (found.date.text != text.substr(found.begin, found.end - found.begin)) std::abort();
      (void)temporal::to_timex_value(found.date);
    }
  }
  const auto title_end = text.find('\n');
  for (const auto& date : temporal::mentioned_dates(
           text.substr(0, title_end),
           title_end == std::string_view::npos ? std::string_view{} : text.substr(title_end + 1),
           published))
    (void)temporal::to_timex_value(date);
  return 0;
}
