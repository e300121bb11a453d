// One spelling for text in the Arabic script, applied to an article's text before it is indexed
// and to a query before it is parsed, so that a query typed on any keyboard (Arabic or Persian,
// with or without vowel marks) finds the article however it was written.
#pragma once

#include <string>
#include <string_view>

namespace newsarchive {

// Alef with hamza or madda, and alef wasla -> alef; alef maksura and Persian yeh -> yeh; teh
// marbuta -> heh; Persian keheh -> Arabic kaf; tatweel and the vowel marks (harakat, shadda,
// sukun, superscript alef) removed; Eastern Arabic and Persian digits -> ASCII digits. Text with
// no Arabic-script character is returned unchanged.
std::string normalise_arabic_script(std::string_view text);

}  // namespace newsarchive
