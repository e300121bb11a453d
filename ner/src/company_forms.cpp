#include "newsarchive/ner/company_forms.h"

#include <algorithm>
#include <array>
#include <cctype>

#include "newsarchive/ner/features.h"

namespace newsarchive::ner {

// Words that may stand inside a company name between capitalised words.
bool is_connector(std::string_view w) {
  static constexpr std::array<std::string_view, 11> kConnectors = {
      "&", "and", "of", "de", "'s", "du", "des", "la", "der", "von", "van"};
  return std::find(kConnectors.begin(), kConnectors.end(), w) != kConnectors.end();
}

bool is_name_word(std::string_view w) {
  const unsigned char c = static_cast<unsigned char>(w[0]);
  if (std::isdigit(c)) return true;
  const CapClass cap = cap_class(w);
  return cap == CapClass::kInitialCap || cap == CapClass::kAllCaps;
}

bool is_legal_form(std::string_view w) {
  static constexpr std::array<std::string_view, 36> kForms = {
      "Corp",     "Corp.",   "Corporation", "Inc", "Inc.", "Incorporated", "Ltd",  "Ltd.",
      "Limited",  "Co",      "Co.",         "Cos", "AG",   "SA",           "S.A.", "NV",
      "N.V.",     "Plc",     "PLC",         "plc", "LLC",  "LP",           "L.P.", "AB",
      "ASA",      "SpA",     "SE",          "Bhd", "Oyj",  "BV",           "GmbH", "Group",
      "Holdings", "Holding", "Company",     "Cos."};
  return std::find(kForms.begin(), kForms.end(), w) != kForms.end();
}

}  // namespace newsarchive::ner
