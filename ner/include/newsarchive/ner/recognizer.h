// The named-entity recogniser: loads a trained model once, then finds people,
// organisations, places and other names in raw UTF-8 text.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "newsarchive/common/article.h"
#include "newsarchive/ner/model.h"
#include "newsarchive/ner/model_error.h"

namespace newsarchive::ner {

// One occurrence of a name in the text, as recognised (not yet normalised).
struct Mention {
  EntityType type;
  std::size_t begin = 0;  // byte span in the text given to recognize()
  std::size_t end = 0;
  std::string text;  // the bytes of that span
};

// Immutable after construction: recognize() may run on many threads at once.
// Copies are cheap and share the model.
class Recognizer {
 public:
  // Throws ModelError naming the file and the problem.
  static Recognizer load(const std::string& model_path);

  explicit Recognizer(Model model);

  // `skip_unreachable` as in tag_document: false scores every token, to measure the gate.
  std::vector<Mention> recognize(std::string_view utf8_text, bool skip_unreachable = true) const;

  const Model& model() const { return *model_; }

 private:
  std::shared_ptr<const Model> model_;
};

EntityType entity_type_for_label(int label);

}  // namespace newsarchive::ner
