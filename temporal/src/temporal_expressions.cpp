#include "newsarchive/temporal/temporal_expressions.h"

#include <algorithm>
#include <chrono>
#include <utility>

#include "foreign_dates.h"
#include "matcher.h"
#include "resolver.h"
#include "tense.h"
#include "tokenizer.h"

namespace newsarchive::temporal {
namespace {

std::vector<TemporalExpression> find_in(std::string_view utf8_text,
                                        std::optional<Timestamp> published, detail::TextRole role) {
  // Reused across calls on the same thread: tokenising a body allocates nothing after warm-up.
  thread_local std::vector<detail::Token> tokens;
  detail::tokenize(utf8_text, tokens);

  std::optional<std::chrono::sys_days> pub_day;
  if (published) pub_day = std::chrono::floor<std::chrono::days>(*published);

  std::vector<TemporalExpression> found;
  const detail::Matcher matcher(tokens);
  for (std::size_t i = 0; i < tokens.size();) {
    if (!matcher.is_trigger(i)) {
      ++i;
      continue;
    }
    const auto m = matcher.match_at(i);
    if (!m) {
      ++i;
      continue;
    }
    const bool future = detail::speaks_of_future(tokens, m->first, m->last, role);
    if (const auto r = detail::resolve(m->spec, pub_day, future)) {
      const std::size_t begin = tokens[m->first].begin;
      const std::size_t end = tokens[m->last - 1].end;
      found.push_back(
          TemporalExpression{begin, end,
                             MentionedDate{r->first_day, r->granularity,
                                           std::string(utf8_text.substr(begin, end - begin))}});
    }
    // The words of an expression that does not resolve (no publication date) are not retried
    // as something smaller: "Oct. 7" must not turn into nothing-but-"7".
    i = m->last;
  }
  return found;
}

// The same for a language with its own forms (foreign_dates.h).
std::vector<TemporalExpression> find_in_language(std::string_view utf8_text,
                                                 std::optional<Timestamp> published,
                                                 const detail::ForeignLexicon& lexicon) {
  std::optional<std::chrono::sys_days> pub_day;
  if (published) pub_day = std::chrono::floor<std::chrono::days>(*published);
  std::vector<TemporalExpression> found;
  for (const auto& d : detail::find_foreign_dates(utf8_text, lexicon)) {
    if (const auto r = detail::resolve(d.spec, pub_day, d.future))
      found.push_back(TemporalExpression{
          d.begin, d.end,
          MentionedDate{r->first_day, r->granularity,
                        std::string(utf8_text.substr(d.begin, d.end - d.begin))}});
  }
  return found;
}

std::vector<TemporalExpression> find_as(std::string_view utf8_text,
                                        std::optional<Timestamp> published, detail::TextRole role,
                                        std::string_view language) {
  if (const auto* lexicon = detail::foreign_lexicon(language))
    return find_in_language(utf8_text, published, *lexicon);
  return find_in(utf8_text, published, role);
}

}  // namespace

std::vector<TemporalExpression> find_temporal_expressions(std::string_view utf8_text,
                                                          std::optional<Timestamp> published) {
  return find_in(utf8_text, published, detail::TextRole::kBody);
}

std::vector<TemporalExpression> find_temporal_expressions(std::string_view utf8_text,
                                                          std::optional<Timestamp> published,
                                                          std::string_view language) {
  return find_as(utf8_text, published, detail::TextRole::kBody, language);
}

bool reads_dates_in(std::string_view language) {
  return detail::foreign_lexicon(language) != nullptr;
}

std::vector<MentionedDate> mentioned_dates(std::string_view title, std::string_view body,
                                           std::optional<Timestamp> published) {
  return mentioned_dates(title, body, published, "en");
}

std::vector<MentionedDate> mentioned_dates(std::string_view title, std::string_view body,
                                           std::optional<Timestamp> published,
                                           std::string_view language) {
  std::vector<MentionedDate> dates;
  for (const auto& [text, role] :
       {std::pair{title, detail::TextRole::kHeadline}, std::pair{body, detail::TextRole::kBody}}) {
    for (TemporalExpression& e : find_as(text, published, role, language)) {
      const bool seen = std::any_of(dates.begin(), dates.end(), [&e](const MentionedDate& d) {
        return d.first_day == e.date.first_day && d.granularity == e.date.granularity;
      });
      if (!seen) dates.push_back(std::move(e.date));
    }
  }
  return dates;
}

}  // namespace newsarchive::temporal
