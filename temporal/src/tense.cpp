#include "tense.h"

namespace newsarchive::temporal::detail {
namespace {

// "The board will on Friday vote" is as far back as a cue reliably governs the date.
constexpr std::size_t kLookBackTokens = 8;

bool next_is_to(const std::vector<Token>& tokens, std::size_t k) {
  return k + 1 < tokens.size() && tokens[k + 1].kind == TokenKind::kWord &&
         tokens[k + 1].lex.is(Keyword::kEnded) && tokens[k + 1].end - tokens[k + 1].begin == 2;
}

}  // namespace

bool speaks_of_future(const std::vector<Token>& tokens, std::size_t first, std::size_t last,
                      TextRole role) {
  for (std::size_t k = first, seen = 0; k > 0 && seen < kLookBackTokens; ++seen) {
    if (tokens[k].sentence_start) break;
    --k;
    const Token& t = tokens[k];
    if (t.kind != TokenKind::kWord) continue;
    // The nearest cue wins: "said on Friday it will" has "said" nearer to "Friday".
    if (t.lex.has(kFutureCue)) return true;
    if (t.lex.has(kPastCue)) return false;
    if (t.lex.has(kFutureBeforeTo) && next_is_to(tokens, k)) return true;
    if (t.lex.has(kPresentCue)) return role == TextRole::kBody;
  }
  // "Friday will see ...": the verb right after the date.
  if (last < tokens.size() && tokens[last].kind == TokenKind::kWord &&
      tokens[last].lex.has(kWill)) {
    return true;
  }
  return false;
}

}  // namespace newsarchive::temporal::detail
