// How company names are written: the legal forms that end them (`Corp`, `AG`, `Plc`) and
// the lower-case words that may stand inside them (`&`, `of`, `de`). Shared by the
// gazetteer builder (company_names.cpp) and the tagger's features.
#pragma once

#include <string_view>

namespace newsarchive::ner {

// Words that may stand inside a company name between capitalised words.
bool is_connector(std::string_view w);

// A capitalised word or one starting with a digit.
bool is_name_word(std::string_view w);

// `Corp`, `Inc.`, `AG`, `Plc`, `Group`, `Holdings`, ... as written (case matters: `co` is not).
bool is_legal_form(std::string_view w);

}  // namespace newsarchive::ner
