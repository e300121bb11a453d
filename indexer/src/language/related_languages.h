// Languages so close that CLD2 confuses them: Indonesian with Malay (it answers Malay for much
// Indonesian news), Swedish, Norwegian and Danish, Bosnian, Croatian and Serbian. The words and
// letters each spells its own way decide between the first two families.
#pragma once

#include <string>
#include <string_view>

namespace newsarchive::indexer {

// Whether CLD2 splitting a text between `a` and `b` is one language read two ways rather than a
// mix of two (ISO 639-1 codes).
bool related_languages(std::string_view a, std::string_view b);

// The member of `language`'s family whose own spellings `text` uses most ("bahwa", "karena"
// against "bahawa", "kerana"; "och" and ä/ö against "og" and æ/ø; "af", "efter" against "av",
// "etter"), or `language` itself when no member leads or it has no family to choose from.
std::string likeliest_relative(std::string_view text, const std::string& language);

}  // namespace newsarchive::indexer
