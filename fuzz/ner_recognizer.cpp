// The named-entity recogniser with its shipped model (tokenizer, features, tagger, Viterbi):
// every mention it finds is a span of the text that holds the mention's bytes.
#include "fuzz_input.h"
#include "newsarchive/ner/recognizer.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace newsarchive;
  static const auto recognizer = ner::Recognizer::load(NEWSARCHIVE_NER_MODEL_FILE);
  const std::string_view text = fuzz::as_text(data, size);
  for (const auto& mention : recognizer.recognize(text)) {
    if (mention.begin >= mention.end || mention.end > text.size()) std::abort();
    if (mention.text != text.substr(mention.begin, mention.end - mention.begin)) std::abort();
  }
  return 0;
}
