// The recogniser's tokenizer on raw text: every token is a span of the input, in order, and the
// sentences cover the tokens in order.
#include "fuzz_input.h"
#include "newsarchive/ner/tokenizer.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace newsarchive;
  const std::string_view text = fuzz::as_text(data, size);
  for (const bool newline_ends_sentence : {true, false}) {
    const auto tokenized = ner::tokenize(text, newline_ends_sentence);
    std::size_t after = 0;
    for (const auto& token : tokenized.tokens) {
      if (token.begin < after || token.begin >= token.end || token.end > text.size()) std::abort();
      if (token.text.empty()) std::abort();
      after = token.end;
    }
    std::size_t next = 0;
    for (const auto& sentence : tokenized.sentences) {
      if (sentence.first != next || sentence.last <= sentence.first) std::abort();
      next = sentence.last;
    }
    if (next != tokenized.tokens.size()) std::abort();
  }
  return 0;
}
