// Dates in French, Spanish, Portuguese, Italian, German and Russian text ("le 2 juin", "el 9 de
// julio", "am 4. Mai", "3 de março", "il 5 maggio", "5 мая"), found as DateSpecs for the same
// resolver as English dates. The forms are listed in temporal/README.md ("Other languages").
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "date_spec.h"
#include "foreign_lexicon.h"

namespace newsarchive::temporal::detail {

struct ForeignDate {
  std::size_t begin = 0, end = 0;  // byte span in the text
  DateSpec spec;
  bool future = false;  // the sentence speaks of what is to come
};

// Every date expression of `text`, written in the language of `lexicon`, in text order.
std::vector<ForeignDate> find_foreign_dates(std::string_view text, const ForeignLexicon& lexicon);

}  // namespace newsarchive::temporal::detail
