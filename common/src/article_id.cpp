#include "newsarchive/common/article_id.h"

#include "newsarchive/common/publication_date.h"
#include "newsarchive/text/text.h"

namespace newsarchive {
namespace {

// Xapian terms are limited to 245 bytes; the id term also carries its prefix.
constexpr std::size_t kMaxIdBytes = 200;

std::string hash_of(std::string_view a, std::string_view b) {
  // Two independent 64-bit hashes make accidental collisions negligible for any archive size.
  const auto h1 = text::fnv1a64(b, text::fnv1a64(a));
  const auto h2 = text::fnv1a64(b, text::fnv1a64(a, 0x84222325cbf29ce4ull) ^ 0x9e3779b97f4a7c15ull);
  return text::hex64(h1) + text::hex64(h2);
}

// Who published the text and when: two outlets printing one wire story verbatim, or one outlet
// re-running it on another day, are different articles (and a near-duplicate cluster).
std::string publication_of(const Article& a) {
  std::string who = text::collapse_space(a.source);
  who += '\x1f';
  if (a.published) who += format_iso8601(*a.published);
  return who;
}

}  // namespace

std::string derive_article_id(const Article& a) {
  std::string id(text::trim(a.id));
  if (id.empty()) id = std::string(text::trim(a.url));
  if (id.empty())
    return "h" + hash_of(text::collapse_space(a.title),
                         text::collapse_space(a.body) + '\x1f' + publication_of(a));
  if (id.size() > kMaxIdBytes) return "h" + hash_of(id, "");
  return id;
}

std::string content_fingerprint(const Article& a) {
  std::string all;
  all.reserve(a.title.size() + a.body.size() + 256);
  for (const std::string* part : {&a.title, &a.body, &a.url, &a.source, &a.language}) {
    all += *part;
    all += '\x1f';
  }
  for (const auto& author : a.authors) all += author + '\x1e';
  if (a.published) all += format_iso8601(*a.published);
  for (const auto& [kind, value] : a.labels) all += kind + '=' + value + '\x1e';
  return text::hex64(text::fnv1a64(all));
}

}  // namespace newsarchive
