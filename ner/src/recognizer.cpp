#include "newsarchive/ner/recognizer.h"

#include "newsarchive/ner/tagger.h"
#include "newsarchive/ner/tokenizer.h"

namespace newsarchive::ner {

EntityType entity_type_for_label(int label) {
  switch (label) {
    case kPer:
      return EntityType::kPerson;
    case kOrg:
      return EntityType::kOrganisation;
    case kLoc:
      return EntityType::kPlace;
    default:
      return EntityType::kMisc;
  }
}

Recognizer Recognizer::load(const std::string& model_path) {
  return Recognizer(load_model(model_path));
}

Recognizer::Recognizer(Model model) {
  model.compile();
  model_ = std::make_shared<const Model>(std::move(model));
}

std::vector<Mention> Recognizer::recognize(std::string_view utf8_text,
                                           bool skip_unreachable) const {
  const TokenizedText t = tokenize(utf8_text);
  std::vector<std::string_view> words;
  words.reserve(t.tokens.size());
  for (const Token& token : t.tokens) words.emplace_back(token.text);
  std::vector<Mention> mentions;
  for (const Span& span : tag_document(*model_, words, t.sentences, skip_unreachable)) {
    const std::size_t begin = t.tokens[span.first].begin;
    const std::size_t end = t.tokens[span.last - 1].end;
    mentions.push_back({entity_type_for_label(span.label), begin, end,
                        std::string(utf8_text.substr(begin, end - begin))});
  }
  return mentions;
}

}  // namespace newsarchive::ner
